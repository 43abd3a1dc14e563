import { Injectable } from '@nestjs/common';
import { validateCompanyProfile as checkProfileShape, type CompanyProfile } from '@leadops/domain';
import { DEFAULT_PROFILE_ID, ProfileStore } from '@leadops/persistence';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth.types';
import { LeadOpsError } from '../core/errors';
import { FieldErrors } from '../input-checks/field-errors';
import type { CompanyProfileInput } from './dto/company-profile.input';
import type { CompanyProfileModel } from './company-profile.model';

const TEXT_MAX = 2000;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function toModel(row: { version: number; profile: CompanyProfile; created_at: Date; created_by: string | null }, id: string): CompanyProfileModel {
  const p = row.profile;
  return {
    id, version: row.version, companyName: p.companyName, shortDescription: p.shortDescription, mainServices: p.mainServices ?? [],
    targetAudience: p.targetAudience, targetIndustries: p.targetIndustries ?? [], targetCountries: p.targetCountries ?? [],
    excludedIndustries: p.excludedIndustries ?? [], competitorDomains: p.competitorDomains ?? [], buyerAreas: p.buyerAreas ?? [], createdById: row.created_by, createdAt: row.created_at,
  };
}

/** The profile every lead is judged against; each save is a new version, so a classification can name the one it used. */
export function validateCompanyProfile(input: CompanyProfileInput): CompanyProfile {
  // The domain's rule first (what the classifier needs), then the screen's limits.
  const shape = checkProfileShape(input);
  if (!shape.ok) throw LeadOpsError.badInput(shape.errors);
  const errors = new FieldErrors();
  const profile: CompanyProfile = {
    companyName: errors.text('companyName', input.companyName, { required: true, max: TEXT_MAX, singleLine: true }) ?? '',
    shortDescription: errors.text('shortDescription', input.shortDescription, { required: true, max: TEXT_MAX }) ?? '',
    mainServices: errors.list('mainServices', input.mainServices, { min: 1, max: 20, itemMax: TEXT_MAX }),
    targetAudience: errors.text('targetAudience', input.targetAudience, { required: true, max: TEXT_MAX }) ?? '',
    targetIndustries: errors.list('targetIndustries', input.targetIndustries, { max: 100, itemMax: 200 }),
    targetCountries: errors.list('targetCountries', input.targetCountries, { max: 250, itemMax: 100 }),
    excludedIndustries: errors.list('excludedIndustries', input.excludedIndustries, { max: 100, itemMax: 200 }),
    competitorDomains: errors.list('competitorDomains', input.competitorDomains, { max: 200, itemMax: 253 }).map((d) => d.toLowerCase()),
    buyerAreas: errors.list('buyerAreas', input.buyerAreas, { max: 50, itemMax: 100 }),
  };
  profile.competitorDomains!.forEach((d, i) => {
    if (!DOMAIN.test(d)) errors.add(`competitorDomains[${i}]`, `"${d}" is not a domain like competitor.com`);
  });
  errors.throwIfAny();
  return profile;
}

@Injectable()
export class CompanyProfileService {
  constructor(
    private readonly profiles: ProfileStore,
    private readonly audit: AuditService,
  ) {}

  async current(id = DEFAULT_PROFILE_ID): Promise<CompanyProfileModel> {
    const [row] = await this.profiles.versionRows(id, { first: 1 });
    if (!row) throw new LeadOpsError('NOT_FOUND', 'No company profile yet: sales ops fill in "Company Info" first');
    return toModel(row, id);
  }

  async history(id = DEFAULT_PROFILE_ID, first = 50): Promise<CompanyProfileModel[]> {
    if (!Number.isInteger(first) || first < 1 || first > 500) throw new LeadOpsError('BAD_USER_INPUT', 'first: must be between 1 and 500', 'first');
    const rows = await this.profiles.versionRows(id, { first });
    return rows.map((r) => toModel(r, id));
  }

  async update(user: AuthUser, input: CompanyProfileInput, id = DEFAULT_PROFILE_ID): Promise<CompanyProfileModel> {
    const profile = validateCompanyProfile(input);
    const version = await this.profiles.transaction(async (tx) => {
      const before = await this.profiles.current(id, tx);
      const saved = await this.profiles.save(id, profile, user.id, tx);
      await this.audit.record({ actorId: user.id, entity: 'company_profile', entityId: id, action: before ? 'UPDATE' : 'CREATE', before, after: saved }, tx);
      return saved.version!;
    });
    const [row] = await this.profiles.versionRows(id, { version });
    return toModel(row!, id);
  }
}
