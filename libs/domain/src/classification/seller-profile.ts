// What the rules need to know about a seller, read once from its Company Info text: its services (see
// services.ts), target industries, countries and company size. Nothing here is specific to one seller.
import { detectLanguage, type LeadLanguage } from '../enrichment/language';
import { normalizeBuyerAreas } from '../enrichment/contact-profile';
import { countriesNamedIn, countryCode, type CountryCode } from '../enrichment/location';
import { compilePolicy } from '../policy/compiled-policy';
import type { ClassificationPolicy } from '../policy/policy';
import { normalizeText } from '../text/normalize';
import { stemWords } from '../text/stem';
import { addSectorParts, sectorsOf, type ANY_PART } from './sectors';
import { equivalentWords, isActivityUnit, needUnitsOf, serviceOf, type NeedUnit, type SellerService } from './services';
import type { CompanyProfile } from './types';

export type { NeedUnit, SellerService } from './services';

export interface SizeRange {
  min: number;
  max: number | null;
  /** How the range was read, for reasons ("50-2,000 employees (target audience)"). */
  source: string;
}

export interface SellerProfile {
  services: SellerService[];
  /** Unit -> the services it points to, with weights. */
  unitIndex: Map<NeedUnit, { service: number; weight: number }[]>;
  /** Specific words (not in the thesaurus) that some service is recognised by. */
  serviceWords: Set<string>;
  /** Target sectors, each with the parts of it the seller names ("Hospitals": health, hospitals), or any part. */
  targetSectors: Map<string, Set<string> | typeof ANY_PART>;
  /** Words of target industries the thesaurus does not know ("Dental clinics"). */
  targetIndustryWords: Set<string>;
  excludedSectors: Map<string, Set<string> | typeof ANY_PART>;
  excludedIndustryWords: Set<string>;
  /** ISO codes, or null when the seller sells anywhere. */
  targetCountries: Set<CountryCode> | null;
  /** Target country names that are not known countries, matched as text. */
  targetCountryNames: string[];
  size: SizeRange;
  competitorDomains: Set<string>;
  /** Whether its own words say it sells goods ("Suministro de…", "Venda de…"): then asking whether it sells a thing asks for what it offers. */
  sellsGoods: boolean;
  /** Normalised buyer areas (policy.md section 1): a MANAGER in one of them is a business decision maker. */
  buyerAreas: string[];
  /** The seller's own language, for leads whose language cannot be told. */
  language: LeadLanguage;
  /**
   * Every stem of the seller's services and description: words a buyer uses to ask for them ("SEO" to a marketing
   * agency, "choferes" to a staffing firm) say nothing of who writes, so the learned non-buyer reading leaves them out.
   */
  ownStems: Set<string>;
}

/** Industries from the structured list when sales ops gave one, else from the target audience text. */
function industriesOf(names: readonly string[] | undefined, audience: string): { sectors: Map<string, Set<string> | typeof ANY_PART>; words: Set<string> } {
  const sectors = new Map<string, Set<string> | typeof ANY_PART>();
  const words = new Set<string>();
  // "Logistics / warehouses", "Hotels, resorts": each piece is a target of its own, so the sector named as a whole in one
  // piece still takes any part of it, whatever part the next piece names.
  const listed = (names ?? []).flatMap((n) => (n ?? '').split(/[/,;]/)).filter((n) => n.trim());
  for (const name of listed) {
    const read = sectorsOf(name);
    addSectorParts(sectors, read);
    // A target the thesaurus does not know is compared word by word.
    if (!read.sectors.size) read.otherWords.forEach((w) => words.add(w));
  }
  if (!listed.length) addSectorParts(sectors, sectorsOf(audience));
  return { sectors, words };
}

const EMPLOYEES = '(?:empleados|employees|colaboradores|trabajadores|funcionarios|empregados|trabalhadores|personas|pessoas|people|staff|workers)';
// "100 empleados o más", "50 funcionários ou mais", "20 employees or more": the minimum said after the number.
const OR_MORE = '(?:o mas|y mas|en adelante|o superior|or more|and more|and above|or above|or over|ou mais|e acima|ou superior)';

/** The company size the seller sells to, from its target audience ("Empresas de 50 a 2,000 empleados", "medianas y grandes"). */
export function sizeRangeOf(audience: string, policy: ClassificationPolicy): SizeRange {
  const text = normalizeText(audience);
  const { microMax, midMarketMin, enterpriseMin } = policy.companySize;
  const between = new RegExp(`(\\d+) (?:a|to|hasta|y|and|e|-)? ?(\\d+) ${EMPLOYEES}`).exec(text);
  if (between) return { min: Number(between[1]), max: Number(between[2]), source: `${between[1]}-${between[2]} employees in the target audience` };
  const atLeast =
    new RegExp(`(?:mas de|more than|over|at least|minimo|minimo de|al menos|pelo menos|no minimo|como minimo|minimum of|desde|a partir de|acima de|\\+) ?(\\d+) ${EMPLOYEES}`).exec(text) ??
    new RegExp(`(\\d+) ${EMPLOYEES} ${OR_MORE}\\b`).exec(text) ??
    // "10 or more employees", "20 ou mais funcionários", and "50+ employees" (the plus sign is gone once normalised).
    new RegExp(`(\\d+) ${OR_MORE} ${EMPLOYEES}`).exec(text) ??
    new RegExp(`(\\d+) ormore ${EMPLOYEES}`).exec(normalizeText(audience.replace(/(\d)\s*\+/g, '$1 ormore')));
  if (atLeast) return { min: Number(atLeast[1]), max: null, source: `${atLeast[1]}+ employees in the target audience` };
  if (/\b(?:pymes?|smbs?|smes?|pequenas y medianas|small and medium|small and mid|pequenas e medias)\b/.test(text)) {
    return { min: microMax + 1, max: null, source: 'small and medium businesses in the target audience' };
  }
  if (/\b(?:grandes (?:empresas|corporativos)|large (?:enterprises|companies)|enterprise clients)\b/.test(text) && !/\bmedian|\bmedium|\bmid\b|\bmedias\b/.test(text)) {
    return { min: enterpriseMin, max: null, source: 'large enterprises in the target audience' };
  }
  return { min: midMarketMin, max: null, source: `${midMarketMin}+ employees (medium and large companies)` };
}

/**
 * A one-word buyer area with its words in the other languages ("vineyard": a "Jefe de Viñedo" runs it too), from the
 * service glossary; the areas' own families (maintenance, finance…) are normalizeBuyerAreas's.
 */
function withOtherLanguages(areas: string[]): string[] {
  const all = new Set(areas);
  for (const area of areas) if (!area.includes(' ')) for (const word of equivalentWords(area)) all.add(word);
  return all.size === areas.length ? areas : [...all];
}

const CORE_WORD_SERVICES = 3;
const LINE_WORD_SERVICES = 2;

function compile(profile: CompanyProfile, policy: ClassificationPolicy): SellerProfile {
  const services = (profile.mainServices ?? []).filter((s) => s && s.trim()).map(serviceOf);
  // A word three of the seller's services are about ("calderas" for a boiler company) is what the seller is about: it
  // identifies each of them alone, wherever it stands in their names.
  const servicesOfWord = new Map<NeedUnit, number>();
  for (const service of services) for (const unit of service.units.keys()) if (unit.startsWith('w:')) servicesOfWord.set(unit, (servicesOfWord.get(unit) ?? 0) + 1);
  for (const service of services) for (const [unit, weight] of service.units) if (weight < 2 && (servicesOfWord.get(unit) ?? 0) >= CORE_WORD_SERVICES) service.units.set(unit, 2);
  // What the seller says it does in one line ("Proteção contra descargas atmosféricas: para-raios e terras") is what it is
  // about too: a word or concept of it that no service is known by alone, and that one or two services name, identifies
  // them wherever it stands there ("Inspeção e verificação periódica de para-raios"), so "quanto custa pôr um
  // para-raios?" asks for one. A word that only says what is done ("manutenção") never does, nor one most services share
  // ("entregas" to a delivery-software seller), which would match a lead to services it did not ask for.
  const identifying = new Set<NeedUnit>();
  for (const service of services) for (const [unit, weight] of service.units) if (weight >= 2) identifying.add(unit);
  for (const { unit } of needUnitsOf(stemWords(normalizeText(profile.shortDescription ?? '')))) {
    if (identifying.has(unit) || isActivityUnit(unit)) continue;
    const naming = services.filter((service) => service.units.has(unit));
    if (naming.length <= LINE_WORD_SERVICES) for (const service of naming) service.units.set(unit, 2);
  }
  const unitIndex = new Map<NeedUnit, { service: number; weight: number }[]>();
  const serviceWords = new Set<string>();
  services.forEach((service, i) => {
    for (const [unit, weight] of service.units) {
      const list = unitIndex.get(unit) ?? [];
      list.push({ service: i, weight });
      unitIndex.set(unit, list);
      if (unit.startsWith('w:')) serviceWords.add(unit.slice(2));
    }
  });
  const audience = profile.targetAudience ?? '';
  const targets = industriesOf(profile.targetIndustries, audience);
  const excluded = industriesOf(profile.excludedIndustries, '');
  const listed = (profile.targetCountries ?? []).filter((c) => c && c.trim());
  const codes = new Set<CountryCode>();
  const names: string[] = [];
  for (const c of listed) {
    const code = countryCode(c);
    if (code) codes.add(code);
    else names.push(normalizeText(c));
  }
  // Without the structured hint, countries the audience names ("empresas en México") still bound the market.
  if (!listed.length) countriesNamedIn(audience).forEach((code) => codes.add(code));
  const bounded = listed.length > 0 || codes.size > 0;
  // The seller's own words, normalised once: its stems (ownStems) and whether they say it sells goods.
  const ownText = normalizeText([...(profile.mainServices ?? []), profile.shortDescription ?? ''].join(' '));
  return {
    services,
    unitIndex,
    serviceWords,
    targetSectors: targets.sectors,
    targetIndustryWords: targets.words,
    excludedSectors: excluded.sectors,
    excludedIndustryWords: excluded.words,
    targetCountries: bounded ? codes : null,
    targetCountryNames: names,
    size: sizeRangeOf(audience, policy),
    competitorDomains: new Set((profile.competitorDomains ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean)),
    sellsGoods: compilePolicy(policy).phrases.scan(ownText).hits.has('goodsOffer'),
    buyerAreas: withOtherLanguages(normalizeBuyerAreas(profile.buyerAreas)),
    language: detectLanguage(profile.shortDescription ?? '', normalizeText(profile.shortDescription)) ?? 'en',
    ownStems: new Set(stemWords(ownText)),
  };
}

const compiled = new WeakMap<CompanyProfile, { policy: ClassificationPolicy; seller: SellerProfile }>();

/** The seller's profile read for the rules, computed once per profile object. */
export function sellerProfileOf(profile: CompanyProfile, policy: ClassificationPolicy): SellerProfile {
  const cached = compiled.get(profile);
  if (cached && cached.policy === policy) return cached.seller;
  const seller = compile(profile, policy);
  compiled.set(profile, { policy, seller });
  return seller;
}
