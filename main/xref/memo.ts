/**
 * A pure function of a string, remembered per argument: names and runs repeat across an
 * archive far more than they differ. Forgets everything at `limit` entries, so a long-running
 * worker's memory stays bounded.
 */
export function memoised<T>(fn: (key: string) => T, limit = 200_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    // One look-up for a key met before (most): `has` only tells a remembered undefined from none.
    const held = known.get(key);
    if (held !== undefined || known.has(key)) return held as T;
    if (known.size >= limit) known.clear();
    const value = fn(key);
    known.set(key, value);
    return value;
  };
}
