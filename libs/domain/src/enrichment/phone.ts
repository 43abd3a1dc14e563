// Phone numbers in any format to E.164 (+525512345678), reading national numbers with the lead's country.
import { parsePhoneNumberFromString, type CountryCode as PhoneCountry } from 'libphonenumber-js';
import type { CountryCode } from './location';

/** The number in E.164 form, or null when it is not a valid phone number. */
export function normalizePhone(phone: string | null | undefined, defaultCountry: CountryCode | null): string | null {
  const trimmed = phone?.trim();
  if (!trimmed || isPlaceholderPhone(trimmed)) return null;
  const international = trimmed.replace(/^00(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(international, (defaultCountry ?? undefined) as PhoneCountry | undefined);
  return parsed?.isValid() ? parsed.number : null;
}

/** "0000000000", "1234567890", "123": typed to get past a required field. */
export function isPlaceholderPhone(phone: string): boolean {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return true;
  if (/^(\d)\1+$/.test(digits)) return true;
  return '12345678901234567890'.includes(digits) || '98765432109876543210'.includes(digits);
}
