import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUserLanguage, isValidTimeZone, USER_LANGUAGES, type UserLanguage } from '@leadops/domain';
import { UserStore, type DateRange, type RepChanges, type RepRow, type TeamScope, type WorkingHours } from '@leadops/persistence';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/auth.service';
import type { AuthUser } from '../auth/auth.types';
import type { UserModel, UserRoleEnum } from '../auth/users.service';
import { LeadOpsError } from '../core/errors';
import { FieldErrors, isUuid } from '../input-checks/field-errors';
import { isIsoDate, toOpeningHours, toWeekHours } from '../sla/opening-hours';
import type { RepInput } from './dto/rep.input';
import type { TeamInput } from './dto/team.input';
import type { UserInput } from './dto/user.input';
import { RepReroutes } from './rep-reroutes';
import type { RepModel, TeamModel } from './routing.model';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

/** en, es or pt-BR; anything else is an error on the language field. */
function userLanguage(value: unknown, errors: FieldErrors): UserLanguage {
  if (isUserLanguage(value)) return value;
  errors.add('language', `must be one of ${USER_LANGUAGES.join(', ')} (got "${String(value).slice(0, 20)}")`);
  return 'en';
}

function toRep(row: RepRow): RepModel {
  return { ...row, workingHours: toOpeningHours(row.workingHours), outOfOffice: row.outOfOffice ?? [] };
}

/** The people routing assigns to, their teams and accounts: sales ops manage them, managers see their own team. */
@Injectable()
export class RepsService {
  constructor(
    private readonly people: UserStore,
    private readonly audit: AuditService,
    private readonly reroutes: RepReroutes,
  ) {}

  /** A manager sees their own team only; sales ops see everyone. */
  private scope(user: AuthUser): TeamScope {
    return user.role === 'SALES_OPS' ? 'everyone' : { teamId: user.teamId };
  }

  async reps(user: AuthUser): Promise<RepModel[]> {
    return (await this.people.reps(this.scope(user))).map(toRep);
  }

  async users(user: AuthUser, role: UserRoleEnum | null): Promise<UserModel[]> {
    return (await this.people.users(this.scope(user), role)) as UserModel[];
  }

  teams(user: AuthUser): Promise<TeamModel[]> {
    return this.people.teams(this.scope(user));
  }

  private async rep(id: string, manager: EntityManager): Promise<RepModel> {
    const row = isUuid(id) ? await this.people.rep(id, manager) : null;
    if (!row) throw new LeadOpsError('NOT_FOUND', `id: no rep with id ${String(id).slice(0, 64)}`, 'id');
    return toRep(row);
  }

  async updateRep(user: AuthUser, id: string, input: RepInput): Promise<RepModel> {
    const errors = new FieldErrors();
    const changes: RepChanges = {};
    if (input.active !== undefined && input.active !== null) changes.active = input.active;
    if (input.capacity !== undefined && input.capacity !== null) changes.capacity = errors.int('capacity', input.capacity, 0, 10_000) as number;
    if (input.routingWeight !== undefined && input.routingWeight !== null) changes.routingWeight = errors.int('routingWeight', input.routingWeight, 0, 1000) as number;
    for (const field of ['skills', 'languages', 'territories'] as const) {
      if (input[field] !== undefined && input[field] !== null) changes[field] = errors.list(field, input[field], { max: 50, itemMax: 100 });
    }
    if (input.timeZone !== undefined && input.timeZone !== null) {
      const tz = errors.text('timeZone', input.timeZone, { required: true, max: 64, singleLine: true });
      if (tz !== null && !isValidTimeZone(tz)) errors.add('timeZone', `"${tz}" is not an IANA time zone like America/Mexico_City`);
      changes.timeZone = tz as string;
    }
    if (input.language !== undefined && input.language !== null) changes.language = userLanguage(input.language, errors);
    if (input.workingHours === null) changes.workingHours = null;
    else if (input.workingHours !== undefined) changes.workingHours = toWeekHours('workingHours', input.workingHours, errors) satisfies WorkingHours;
    if (input.outOfOffice !== undefined && input.outOfOffice !== null) {
      if (input.outOfOffice.length > 100) errors.add('outOfOffice', 'at most 100 periods');
      const ranges: DateRange[] = input.outOfOffice.slice(0, 100).map((r, i) => {
        if (!isIsoDate(r.from)) errors.add(`outOfOffice[${i}].from`, 'must be a date YYYY-MM-DD');
        if (!isIsoDate(r.to)) errors.add(`outOfOffice[${i}].to`, 'must be a date YYYY-MM-DD');
        else if (isIsoDate(r.from) && r.to < r.from) errors.add(`outOfOffice[${i}].to`, 'must not be before from');
        return { from: r.from, to: r.to };
      });
      changes.outOfOffice = ranges;
    }
    if (input.teamId !== undefined) {
      if (input.teamId !== null) {
        const exists = isUuid(input.teamId) && (await this.people.teamExists(input.teamId));
        if (!exists) errors.add('teamId', `no team with id ${String(input.teamId).slice(0, 64)}`);
      }
      changes.teamId = input.teamId;
    }
    errors.throwIfAny();
    const saved = await this.people.transaction(async (tx) => {
      const before = await this.rep(id, tx);
      if (!(await this.people.updateRep(before.id, changes, tx))) return before;
      const after = await this.rep(id, tx);
      await this.audit.record({ actorId: user.id, entity: 'rep', entityId: before.id, action: 'UPDATE', before, after }, tx);
      return after;
    });
    // Deactivated or away for long: their uncontacted leads go back to routing (after the commit, so the re-route reads it).
    const stored = await this.people.rep(saved.id);
    if (stored) await this.reroutes.afterChange(stored, user.id);
    return saved;
  }

  async createTeam(user: AuthUser, input: TeamInput): Promise<TeamModel> {
    const errors = new FieldErrors();
    const name = errors.text('name', input.name, { required: true, max: 200, singleLine: true });
    const timeZone = errors.text('timeZone', input.timeZone ?? 'America/Mexico_City', { required: true, max: 64, singleLine: true });
    if (timeZone !== null && !isValidTimeZone(timeZone)) errors.add('timeZone', `"${timeZone}" is not an IANA time zone like America/Mexico_City`);
    errors.throwIfAny();
    return this.people.transaction(async (tx) => {
      const team = await this.people.createTeam(name as string, timeZone as string, tx);
      if (!team) throw new LeadOpsError('CONFLICT', `name: a team called "${name}" exists already`, 'name');
      await this.audit.record({ actorId: user.id, entity: 'team', entityId: team.id, action: 'CREATE', after: team }, tx);
      return team;
    });
  }

  async createUser(user: AuthUser, input: UserInput): Promise<UserModel> {
    const errors = new FieldErrors();
    const email = errors.text('email', input.email, { required: true, max: 320, singleLine: true })?.toLowerCase() ?? null;
    if (email !== null && !EMAIL.test(email)) errors.add('email', 'is not an e-mail address');
    const displayName = errors.text('displayName', input.displayName, { required: true, max: 200, singleLine: true });
    if (typeof input.password !== 'string' || input.password.length < 10) errors.add('password', 'at least 10 characters');
    else if (input.password.length > 200) errors.add('password', 'at most 200 characters');
    const language = input.language === undefined || input.language === null ? 'en' : userLanguage(input.language, errors);
    const teamId = input.teamId ?? null;
    if (teamId === null && input.role !== 'SALES_OPS') errors.add('teamId', `a ${input.role === 'MANAGER' ? 'manager' : 'rep'} needs a team`);
    if (teamId !== null) {
      const exists = isUuid(teamId) && (await this.people.teamExists(teamId));
      if (!exists) errors.add('teamId', `no team with id ${teamId.slice(0, 64)}`);
    }
    errors.throwIfAny();
    const hash = await hashPassword(input.password);
    return this.people.transaction(async (tx) => {
      const id = await this.people.createUser({ email: email as string, displayName: displayName as string, passwordHash: hash, role: input.role, teamId, language }, tx);
      if (!id) throw new LeadOpsError('CONFLICT', 'email: a user with this e-mail exists already', 'email');
      const created = (await this.people.user(id, tx)) as UserModel;
      await this.audit.record({ actorId: user.id, entity: 'user', entityId: created.id, action: 'CREATE', after: created }, tx);
      return created;
    });
  }
}
