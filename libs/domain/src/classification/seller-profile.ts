// What the rules need to know about a seller, read once from its Company Info text: the words of each
// service (expanded with the thesaurus, so leads can say the same thing differently), target industries,
// countries and company size. Nothing here is specific to one seller.
import { detectLanguage, type LeadLanguage } from '../enrichment/language';
import { countriesNamedIn, countryCode, type CountryCode } from '../enrichment/location';
import type { ClassificationPolicy } from '../policy/policy';
import { ConceptIndex } from '../text/concepts';
import { memoize } from '../text/memo';
import { normalizeText } from '../text/normalize';
import { stem, stemWords } from '../text/stem';
import type { CompanyProfile } from './types';
import industries from './data/industries.json';
import thesaurus from './data/service-concepts.json';

export const SERVICE_CONCEPTS = new ConceptIndex(thesaurus.concepts);
export const INDUSTRY_SECTORS = new ConceptIndex(industries.sectors);
const MODIFIER_CONCEPTS = new Set(thesaurus.modifierConcepts);
export const GENERIC_STEMS = new Set(thesaurus.genericWords.map((w) => stem(normalizeText(w))));

/** A unit of meaning a service is recognised by: a thesaurus concept ("c:backup") or a specific word ("w:cfdi"). */
export type NeedUnit = string;

export interface SellerService {
  /** The service's name as the seller wrote it ("Respaldo de datos"). */
  name: string;
  /** How strongly each unit points to this service: 2 identifies it alone, 1 needs a second unit. */
  units: Map<NeedUnit, number>;
}

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
  targetSectors: Set<string>;
  /** Words of target industries the thesaurus does not know ("Dental clinics"). */
  targetIndustryWords: Set<string>;
  excludedSectors: Set<string>;
  excludedIndustryWords: Set<string>;
  /** ISO codes, or null when the seller sells anywhere. */
  targetCountries: Set<CountryCode> | null;
  /** Target country names that are not known countries, matched as text. */
  targetCountryNames: string[];
  size: SizeRange;
  competitorDomains: Set<string>;
  /** The seller's own language, for leads whose language cannot be told. */
  language: LeadLanguage;
}

const PREPOSITIONS = new Set('de del en para con por sin a al of for in on with by to without da do das dos em no na com sem pelo pela'.split(' '));
// Separators between the parts of a service name: "Expediente digital y portal del empleado", "(REPSE, NOM-035)".
const NAME_PARTS = /[,;/()&+]|\s(?:y|e|and|o|or|u)\s/i;
// Codes a service names itself by: CFDI, IMSS, NOM-035, ISO27001 (specific enough to identify it).
const JARGON = /\b(?:[A-Z][A-Z0-9]{2,}|[A-Z]{2,}-?\d+)\b/g;

function splitService(text: string): { name: string; detail: string } {
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 100) return { name: text.slice(0, colon).trim(), detail: text.slice(colon + 1) };
  const stop = text.search(/[.;](?:\s|$)/);
  return stop > 0 ? { name: text.slice(0, stop).trim(), detail: text.slice(stop + 1) } : { name: text.trim(), detail: '' };
}

function addUnit(units: Map<NeedUnit, number>, unit: NeedUnit, weight: number): void {
  units.set(unit, Math.max(units.get(unit) ?? 0, weight));
}

function isSpecificWord(s: string): boolean {
  return s.length >= 3 && !GENERIC_STEMS.has(s) && !/^\d+$/.test(s);
}

/** Units of one piece of text: concepts, plus the specific words no concept covers (those `keepWord` accepts). */
export function needUnitsOf(stems: readonly string[], keepWord: (stem: string) => boolean = isSpecificWord): { unit: NeedUnit; at: number; concept: boolean }[] {
  const found: { unit: NeedUnit; at: number; concept: boolean }[] = [];
  const covered = new Array<boolean>(stems.length).fill(false);
  for (const hit of SERVICE_CONCEPTS.find(stems)) {
    for (const concept of hit.concepts) found.push({ unit: `c:${concept}`, at: hit.start, concept: true });
    for (let i = hit.start; i < hit.end; i++) covered[i] = true;
  }
  stems.forEach((s, i) => {
    if (!covered[i] && keepWord(s)) found.push({ unit: `w:${s}`, at: i, concept: false });
  });
  return found;
}

/** The units of a service's name: its head words weigh 2 ("Respaldo" in "Respaldo de datos"), the rest 1. */
function nameUnits(name: string, units: Map<NeedUnit, number>): void {
  for (const part of name.split(NAME_PARTS)) {
    const words = normalizeText(part).split(' ').filter(Boolean);
    const joiner = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
    const headStemCount = stemWords((joiner > 0 ? words.slice(0, joiner) : words).join(' ')).length;
    const found = needUnitsOf(stemWords(words.join(' ')));
    const head = found.filter((u) => u.at < headStemCount);
    const headHasCore = head.some((u) => !u.concept || !MODIFIER_CONCEPTS.has(u.unit.slice(2)));
    for (const u of found) {
      const isModifier = u.concept && MODIFIER_CONCEPTS.has(u.unit.slice(2));
      const strong = u.at < headStemCount && (!isModifier || !headHasCore);
      addUnit(units, u.unit, strong ? 2 : 1);
    }
  }
}

function serviceOf(text: string): SellerService {
  const { name, detail } = splitService(text);
  const units = new Map<NeedUnit, number>();
  nameUnits(name, units);
  for (const u of needUnitsOf(stemWords(normalizeText(detail)))) addUnit(units, u.unit, 1);
  for (const code of text.match(JARGON) ?? []) {
    const words = stemWords(normalizeText(code));
    for (const u of needUnitsOf(words)) addUnit(units, u.unit, 2);
  }
  return { name: name.replace(/[.\s]+$/, ''), units };
}

function readSectors(text: string): { sectors: Set<string>; otherWords: Set<string> } {
  const stems = stemWords(normalizeText(text));
  const sectors = new Set<string>();
  const covered = new Array<boolean>(stems.length).fill(false);
  for (const hit of INDUSTRY_SECTORS.find(stems)) {
    hit.concepts.forEach((c) => sectors.add(c));
    for (let i = hit.start; i < hit.end; i++) covered[i] = true;
  }
  const otherWords = new Set(stems.filter((s, i) => !covered[i] && isSpecificWord(s)));
  return { sectors, otherWords };
}

const readSectorsOnce = memoize(readSectors);
const NO_SECTORS = { sectors: new Set<string>(), otherWords: new Set<string>() };

/** Sectors named in free text ("manufactura, finanzas y retail"), and the words no sector explains. */
export function sectorsOf(text: string | null | undefined): { sectors: ReadonlySet<string>; otherWords: ReadonlySet<string> } {
  return text ? readSectorsOnce(text) : NO_SECTORS;
}

/** Industries from the structured list when sales ops gave one, else from the target audience text. */
function industriesOf(names: readonly string[] | undefined, audience: string): { sectors: Set<string>; words: Set<string> } {
  const sectors = new Set<string>();
  const words = new Set<string>();
  const listed = (names ?? []).filter((n) => n && n.trim());
  for (const name of listed) {
    const read = sectorsOf(name);
    read.sectors.forEach((s) => sectors.add(s));
    // A target the thesaurus does not know is compared word by word.
    if (!read.sectors.size) read.otherWords.forEach((w) => words.add(w));
  }
  if (!listed.length) sectorsOf(audience).sectors.forEach((s) => sectors.add(s));
  return { sectors, words };
}

const EMPLOYEES = '(?:empleados|employees|colaboradores|trabajadores|funcionarios|personas|people|staff|workers)';

/** The company size the seller sells to, from its target audience ("Empresas de 50 a 2,000 empleados", "medianas y grandes"). */
export function sizeRangeOf(audience: string, policy: ClassificationPolicy): SizeRange {
  const text = normalizeText(audience);
  const { microMax, midMarketMin, enterpriseMin } = policy.companySize;
  const between = new RegExp(`(\\d+) (?:a|to|hasta|y|and|e|-)? ?(\\d+) ${EMPLOYEES}`).exec(text);
  if (between) return { min: Number(between[1]), max: Number(between[2]), source: `${between[1]}-${between[2]} employees in the target audience` };
  const atLeast = new RegExp(`(?:mas de|more than|over|at least|minimo|desde|a partir de|acima de|\\+) ?(\\d+) ${EMPLOYEES}`).exec(text);
  if (atLeast) return { min: Number(atLeast[1]), max: null, source: `${atLeast[1]}+ employees in the target audience` };
  if (/\b(?:pymes?|smbs?|smes?|pequenas y medianas|small and medium|small and mid|pequenas e medias)\b/.test(text)) {
    return { min: microMax + 1, max: null, source: 'small and medium businesses in the target audience' };
  }
  if (/\b(?:grandes (?:empresas|corporativos)|large (?:enterprises|companies)|enterprise clients)\b/.test(text) && !/\bmedian|\bmedium|\bmid\b|\bmedias\b/.test(text)) {
    return { min: enterpriseMin, max: null, source: 'large enterprises in the target audience' };
  }
  return { min: midMarketMin, max: null, source: `${midMarketMin}+ employees (medium and large companies)` };
}

function compile(profile: CompanyProfile, policy: ClassificationPolicy): SellerProfile {
  const services = (profile.mainServices ?? []).filter((s) => s && s.trim()).map(serviceOf);
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
    language: detectLanguage(profile.shortDescription ?? '', normalizeText(profile.shortDescription)) ?? 'en',
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
