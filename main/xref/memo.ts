/**
 * A pure function of a string, remembered per argument: names and runs repeat across an
 * archive far more than they differ. Forgets everything at `limit` entries, so a long-running
 * worker's memory stays bounded.
 */
export function memoised<T>(fn: (key: string) => T, limit = 200_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    if (known.size >= limit) known.clear();
    const value = fn(key);
    known.set(key, value);
    return value;
  };
}
