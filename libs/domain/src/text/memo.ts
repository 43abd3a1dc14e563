// A bounded cache for pure functions of a string: job titles, locations and industries repeat a lot
// across leads, so each distinct value is read once.

export function memoize<T>(fn: (text: string) => T, limit = 10_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      value = fn(text);
      // Clearing is cheaper than LRU bookkeeping, and refills fast with the values that matter.
      if (cache.size >= limit) cache.clear();
      cache.set(text, value);
    }
    return value as T;
  };
}
