// Seller profiles by name from a directory of <name>.json files, each read and checked once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCompanyProfile, type CompanyProfile, type FieldError } from '@leadops/domain';

export type ProfileLookup = { ok: true; profile: CompanyProfile } | { ok: false; error: FieldError };

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function profileDirectory(dir: string): (name: unknown) => ProfileLookup {
  const cache = new Map<string, ProfileLookup>();
  return (name) => {
    if (typeof name !== 'string' || !SAFE_NAME.test(name) || name.includes('..')) {
      return { ok: false, error: { field: 'profile', message: 'must be a profile name (letters, digits, "." "_" "-")' } };
    }
    let found = cache.get(name);
    if (!found) {
      found = load(join(dir, `${name}.json`), name);
      cache.set(name, found);
    }
    return found;
  };
}

function load(file: string, name: string): ProfileLookup {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? `unknown profile "${name}" (no ${file})` : `profile "${name}" cannot be read: ${(error as Error).message}`;
    return { ok: false, error: { field: 'profile', message } };
  }
  const checked = validateCompanyProfile(raw);
  if (!checked.ok) return { ok: false, error: { field: 'profile', message: `profile "${name}": ${checked.errors.map((e) => `${e.field} ${e.message}`).join('; ')}` } };
  return { ok: true, profile: checked.profile };
}
