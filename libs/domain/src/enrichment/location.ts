// Which country a lead is in, from "City, Country" text in any order or language ("USA, Miami", "CDMX",
// "Monterrey, México"), else from an international phone prefix or a country-code email domain.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { memoize } from '../text/memo';
import { normalizeText } from '../text/normalize';
import { found, PhraseIndex } from '../text/phrases';
import countries from './data/countries.json';

export type CountryCode = string;

interface Place {
  country: CountryCode;
  isCountryName: boolean;
}

const PLACES = new Map<string, Place>();
for (const [code, entry] of Object.entries(countries)) {
  if (code.startsWith('_') || typeof entry === 'string' || !('names' in entry)) continue;
  for (const name of entry.names) PLACES.set(normalizeText(name), { country: code, isCountryName: true });
  for (const place of entry.places) {
    const key = normalizeText(place);
    if (!PLACES.has(key)) PLACES.set(key, { country: code, isCountryName: false });
  }
}
const PLACE_INDEX = new PhraseIndex({ place: [...PLACES.keys()] });

// State and province codes ("Monterrey, N.L.", "Austin, TX"): too short to trust anywhere but at the end.
const REGION_CODES = new Map<string, CountryCode>();
for (const [code, entry] of Object.entries(countries)) {
  if (code.startsWith('_') || typeof entry === 'string' || !('regionCodes' in entry)) continue;
  for (const region of entry.regionCodes as string[]) REGION_CODES.set(normalizeText(region), code);
}

function readLocation(location: string): CountryCode | null {
  let country: CountryCode | null = null;
  let fromPlace: CountryCode | null = null;
  // A country name wins over a city; the last one wins ("Miami, Florida, USA"), as addresses end with the country. So
  // does the last city: "Marcos Juárez, Córdoba, Argentina" is in Córdoba, Argentina, not in Ciudad Juárez.
  for (const hit of found(PLACE_INDEX.scan(normalizeText(location)), 'place')) {
    const place = PLACES.get(hit.text);
    if (!place) continue;
    if (place.isCountryName) country = place.country;
    else fromPlace = place.country;
  }
  if (country ?? fromPlace) return country ?? fromPlace;
  const parts = location.split(',');
  return parts.length > 1 ? (REGION_CODES.get(normalizeText(parts[parts.length - 1])) ?? null) : null;
}

const readLocationOnce = memoize(readLocation);

/** ISO country code named or implied by a free-text location, or null when it names no known place. */
export function countryFromLocation(location: string | null | undefined): CountryCode | null {
  return location ? readLocationOnce(location) : null;
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
    if (place?.isCountryName && hit.text.length > 3) codes.add(place.country);
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
  if (place?.isCountryName) return place.country;
  const upper = name.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) && upper in countries ? upper : null;
}
