// Which country a lead is in, from "City, Country" text in any order or language ("USA, Miami", "CDMX",
// "Monterrey, México"), else from an international phone prefix or a country-code email domain.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { memoize } from '../text/memo';
import { normalizeText } from '../text/normalize';
import { PhraseIndex } from '../text/phrases';
import countries from './data/countries.json';

export type CountryCode = string;

interface Place {
  country: CountryCode;
  isCountryName: boolean;
}

const PLACES = new Map<string, Place>();
for (const [code, entry] of Object.entries(countries)) {
  if (code.startsWith('_') || typeof entry === 'string') continue;
  for (const name of entry.names) PLACES.set(normalizeText(name), { country: code, isCountryName: true });
  for (const place of entry.places) {
    const key = normalizeText(place);
    if (!PLACES.has(key)) PLACES.set(key, { country: code, isCountryName: false });
  }
}
const PLACE_INDEX = new PhraseIndex({ place: [...PLACES.keys()] });

function readLocation(location: string): CountryCode | null {
  let country: CountryCode | null = null;
  let fromPlace: CountryCode | null = null;
  // A country name wins over a city; the last one wins ("Miami, Florida, USA"), as addresses end with the country.
  for (const hit of PLACE_INDEX.scan(normalizeText(location)).hits.place) {
    const place = PLACES.get(hit.text);
    if (!place) continue;
    if (place.isCountryName) country = place.country;
    else fromPlace ??= place.country;
  }
  return country ?? fromPlace;
}

const readLocationOnce = memoize(readLocation);

/** ISO country code named or implied by a free-text location, or null when it names no known place. */
export function countryFromLocation(location: string | null | undefined): CountryCode | null {
  return location ? readLocationOnce(location) : null;
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
