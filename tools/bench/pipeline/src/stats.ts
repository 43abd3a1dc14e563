// Small number helpers shared by the pipeline bench and its comparison table.

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** Field by field median of several runs of the same measurement (nested objects too). */
export function medianOf<T>(runs: T[]): T {
  const first = runs[0] as any;
  if (typeof first === 'number') return median(runs as number[]) as T;
  if (first === null || typeof first !== 'object') return first;
  const out: any = Array.isArray(first) ? [] : {};
  for (const key of Object.keys(first)) out[key] = medianOf(runs.map((r: any) => r[key]));
  return out;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A positive number from the environment; anything else stops the bench naming the variable. */
export function envNumber(name: string, fallback: number, opts: { min?: number; integer?: boolean } = {}): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < (opts.min ?? 0) || (opts.integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be ${opts.integer ? 'an integer' : 'a number'} ≥ ${opts.min ?? 0}, got "${raw}"`);
  }
  return value;
}

/** A comma-separated list of positive integers from the environment (rates, worker counts). */
export function envIntegers(name: string, raw: string | undefined, fallback: number[]): number[] {
  if (raw === undefined || raw === '') return fallback;
  const values = raw.split(',').map((s) => Number(s.trim()));
  if (values.some((v) => !Number.isInteger(v) || v < 1)) throw new Error(`${name} must be positive integers separated by commas, got "${raw}"`);
  return values;
}
