// Is the address a company mailbox, a personal one, a throw-away one, or no address at all? (policy.md section 1)
import type { EmailType } from '../classification/types';
import { memoize } from '../text/memo';
import disposableList from './data/disposable-email-domains.json';
import freeList from './data/free-email-domains.json';
import reservedList from './data/reserved-email-domains.json';

const FREE_DOMAINS = new Set(freeList.domains);
const FREE_BRANDS = new Set(freeList.brands);
const DISPOSABLE_DOMAINS = new Set(disposableList.domains);
const RESERVED_DOMAINS = new Set(reservedList.domains);
const RESERVED_SUFFIXES = new Set(reservedList.suffixes);

// Practical syntax check (what mail servers accept), not the full RFC 5322 grammar; group 1 is the domain.
// An internationalised domain ("institutolarrañaga.edu.uy") is valid in its Unicode form too (IDNA, RFC 5890).
const ADDRESS = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{2,59}))$/iu;
// What follows a consumer brand: "com", "com.mx", "co.uk", "es"...
const COUNTRY_SUFFIX = /^(?:(?:com|net|org|co)(?:\.[a-z]{2})?|[a-z]{2})$/;

/** The lower-case domain of a syntactically valid address, or null. */
export function emailDomain(email: string | null | undefined): string | null {
  if (!email) return null;
  const trimmed = email.trim();
  if (trimmed.length > 254 || trimmed.indexOf('@') > 64) return null;
  const m = ADDRESS.exec(trimmed);
  return m ? m[1].toLowerCase() : null;
}

function isOrUnder(domain: string, listed: Set<string>): boolean {
  if (listed.has(domain)) return true;
  for (let dot = domain.indexOf('.'); dot !== -1; dot = domain.indexOf('.', dot + 1)) {
    if (listed.has(domain.slice(dot + 1))) return true;
  }
  return false;
}

function isConsumerBrand(domain: string): boolean {
  const dot = domain.indexOf('.');
  return FREE_BRANDS.has(domain.slice(0, dot)) && COUNTRY_SUFFIX.test(domain.slice(dot + 1));
}

function typeOfDomain(domain: string): EmailType {
  if (isOrUnder(domain, RESERVED_DOMAINS) || RESERVED_SUFFIXES.has(domain.slice(domain.lastIndexOf('.') + 1))) return 'INVALID';
  if (isOrUnder(domain, DISPOSABLE_DOMAINS)) return 'DISPOSABLE';
  if (FREE_DOMAINS.has(domain) || isConsumerBrand(domain)) return 'FREE';
  return 'CORPORATE';
}

const typeOfDomainOnce = memoize(typeOfDomain);

/** The type of an address already parsed with emailDomain (null for an invalid address). */
export function emailTypeOfDomain(domain: string | null): EmailType {
  return domain ? typeOfDomainOnce(domain) : 'INVALID';
}

/** CORPORATE, FREE (gmail, yahoo.com.mx...), DISPOSABLE (mailinator...) or INVALID (bad syntax, example.com). */
export function emailType(email: string | null | undefined): EmailType {
  return emailTypeOfDomain(emailDomain(email));
}
