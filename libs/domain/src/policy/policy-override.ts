// Sales ops store only what they changed (the "classificationPolicy" setting, a draft, a published version): this
// lays it over the default policy. Objects merge key by key, lists replace, so `{ fit: { A: 80 } }` keeps B and C.
import { DEFAULT_POLICY, type ClassificationPolicy } from './policy';

/** What sales ops may store over the default policy; `publishedVersion` names the published version it came from. */
export type PolicyOverride = Record<string, unknown> & { publishedVersion?: number };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function merged(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = merged(base[key], value);
  return out;
}

/** The default policy with `override` laid over it, named `version`. */
export function applyPolicyOverride(override: PolicyOverride | null | undefined, version: string): ClassificationPolicy {
  if (!override || Object.keys(override).length === 0) return version === DEFAULT_POLICY.version ? DEFAULT_POLICY : { ...DEFAULT_POLICY, version };
  const { publishedVersion: _published, version: _version, ...changes } = override;
  return { ...(merged(DEFAULT_POLICY, changes) as ClassificationPolicy), version };
}

/** The version string a lead records for a published version: the policy contract (v1) and the published number. */
export function publishedPolicyVersion(published: number): string {
  return `${DEFAULT_POLICY.version}+r${published}`;
}
