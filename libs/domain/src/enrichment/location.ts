// Which country a lead is in, from "City, Country" text in any order or language ("USA, Miami", "CDMX",
// "Monterrey, México"), else from an international phone prefix or a country-code email domain.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { memoize } from '../text/memo';
import { normalizeText } from '../text/normalize';
import { found, PhraseIndex } from '../text/phrases';
import countries from './data/countries.json';

export type CountryCode = string;

interface Place {
  /** One country, or several for a name they share ("Santiago": Chile or the Dominican Republic). */
  countries: readonly CountryCode[];
  isCountryName: boolean;
}

const PLACES = new Map<string, Place>();
const NO_COUNTRIES: readonly CountryCode[] = Object.freeze([]);
for (const [code, entry] of Object.entries(countries)) {
  if (code.startsWith('_') || typeof entry === 'string' || !('names' in entry) || !('places' in entry)) continue;
  for (const name of entry.names) PLACES.set(normalizeText(name), { countries: [code], isCountryName: true });
  for (const place of entry.places) {
    const key = normalizeText(place);
    if (!PLACES.has(key)) PLACES.set(key, { countries: [code], isCountryName: false });
  }
}
for (const [name, codes] of Object.entries(countries._sharedPlaces)) {
  if (!name.startsWith('_') && Array.isArray(codes)) PLACES.set(normalizeText(name), { countries: codes, isCountryName: false });
}
// Read as a place so that its words are taken ("zona franca" is not "França"), and counted as none.
for (const name of countries._notPlaces.names) PLACES.set(normalizeText(name), { countries: NO_COUNTRIES, isCountryName: false });
const PLACE_INDEX = new PhraseIndex({ place: [...PLACES.keys()] });

// State and province codes ("Monterrey, N.L.", "Austin, TX"): too short to trust anywhere but at the end. Some are
// shared ("SC" is South Carolina and Santa Catarina, "PE" Pernambuco and Prince Edward Island): all their countries.
const REGION_CODES = new Map<string, CountryCode[]>();
for (const [code, entry] of Object.entries(countries)) {
  if (code.startsWith('_') || typeof entry === 'string' || !('regionCodes' in entry)) continue;
  for (const region of entry.regionCodes as string[]) {
    const key = normalizeText(region);
    const known = REGION_CODES.get(key) ?? [];
    if (!known.includes(code)) REGION_CODES.set(key, [...known, code]);
  }
}

const NOWHERE: readonly CountryCode[] = Object.freeze([]);

function readLocation(location: string): readonly CountryCode[] {
  let country: readonly CountryCode[] | null = null;
  let fromPlace: readonly CountryCode[] | null = null;
  // A country name wins over a city; the last one wins ("Miami, Florida, USA"), as addresses end with the country. So
  // does the last city: "Marcos Juárez, Córdoba, Argentina" is in Córdoba, Argentina, not in Ciudad Juárez.
  for (const hit of found(PLACE_INDEX.scan(normalizeText(location)), 'place')) {
    const place = PLACES.get(hit.text);
    if (!place || place.countries === NO_COUNTRIES) continue;
    if (place.isCountryName) country = place.countries;
    else fromPlace = place.countries;
  }
  if (country) return country;
  const parts = location.split(',');
  const region = parts.length > 1 ? REGION_CODES.get(normalizeText(parts[parts.length - 1])) : undefined;
  // A state code that ends the address names the country better than a city its first words look like: "San Francisco
  // del Rincón, Gto." is in Guanajuato, Mexico, not in California.
  if (fromPlace && region && !fromPlace.some((code) => region.includes(code))) return region;
  return fromPlace ?? region ?? NOWHERE;
}

const readLocationOnce = memoize(readLocation);

/**
 * The countries a free-text location may be in: none when it names no known place, one, or several when it names
 * only a city or state code that several countries share ("Santiago", "Canoinhas, SC").
 */
export function countriesFromLocation(location: string | null | undefined): readonly CountryCode[] {
  return location ? readLocationOnce(location) : NOWHERE;
}

/** ISO country code named or implied by a free-text location, or null when it names no known place or several. */
export function countryFromLocation(location: string | null | undefined): CountryCode | null {
  const candidates = countriesFromLocation(location);
  return candidates.length === 1 ? candidates[0]! : null;
}

/**
 * The lead's country from its location, else its phone prefix, else its email domain. A location several countries
 * share ("Canoinhas, SC") gives way to the phone or the domain; without them it stays open: `country` is null and
 * `candidates` lists the countries it may be in.
 */
export function leadCountry(location: string | null | undefined, phone: string | null | undefined, emailDomain: string | null): { country: CountryCode | null; candidates: readonly CountryCode[] } {
  const candidates = countriesFromLocation(location);
  if (candidates.length === 1) return { country: candidates[0]!, candidates };
  const other = countryFromPhone(phone) ?? countryFromEmailDomain(emailDomain);
  return other ? { country: other, candidates: [other] } : { country: null, candidates };
}

const REGIONS = new Map<string, CountryCode[]>(Object.entries(countries._regions).map(([name, codes]) => [normalizeText(name), codes]));
const REGION_INDEX = new PhraseIndex({ region: [...REGIONS.keys()] });

/** Every country named in free text ("empresas en México y Centroamérica"): country names and regions, not cities. */
export function countriesNamedIn(text: string): CountryCode[] {
  const normalized = normalizeText(text);
  const codes = new Set<CountryCode>();
  for (const hit of found(PLACE_INDEX.scan(normalized), 'place')) {
    const place = PLACES.get(hit.text);
    // Two-letter codes ("es", "pe", "us") are ordinary words in prose; only full names count here.
    if (place?.isCountryName && hit.text.length > 3) codes.add(place.countries[0]!);
  }
  for (const hit of found(REGION_INDEX.scan(normalized), 'region')) for (const code of REGIONS.get(hit.text) ?? []) codes.add(code);
  return [...codes];
}

/** Country of a phone written with its international prefix (+52 ..., 0052 ...). */
export function countryFromPhone(phone: string | null | undefined): CountryCode | null {
  const trimmed = phone?.trim();
  if (!trimmed || !/^(\+|00)/.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed.replace(/^00/, '+'));
  return parsed?.country ?? null;
}

// Only country domains that companies use for their own country (".co" and ".io" are used worldwide).
const COUNTRY_DOMAINS: Record<string, CountryCode> = {
  mx: 'MX', br: 'BR', es: 'ES', ar: 'AR', cl: 'CL', pe: 'PE', ec: 'EC', ve: 'VE', uy: 'UY', py: 'PY', bo: 'BO', gt: 'GT',
  hn: 'HN', sv: 'SV', ni: 'NI', cr: 'CR', pa: 'PA', do: 'DO', pt: 'PT', uk: 'GB', ie: 'IE', fr: 'FR', de: 'DE', it: 'IT',
  ca: 'CA', us: 'US', nl: 'NL', be: 'BE', ch: 'CH', at: 'AT', pl: 'PL', jp: 'JP', kr: 'KR', in: 'IN', au: 'AU', nz: 'NZ', za: 'ZA',
};

/** Country of an email domain ending in a country code (acme.com.mx -> MX), or null. */
export function countryFromEmailDomain(domain: string | null): CountryCode | null {
  if (!domain) return null;
  const labels = domain.split('.');
  const last = labels[labels.length - 1];
  if (last === 'co') return labels[labels.length - 2] === 'com' ? 'CO' : null;
  return COUNTRY_DOMAINS[last] ?? null;
}

/** The ISO code for a country as sales ops write it in a profile ("Mexico", "USA", "Estados Unidos"), or null. */
export function countryCode(name: string): CountryCode | null {
  const place = PLACES.get(normalizeText(name));
  if (place?.isCountryName) return place.countries[0]!;
  const upper = name.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) && upper in countries ? upper : null;
}
