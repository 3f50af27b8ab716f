/**
 * A Unicode-property test per code point, answered from a table after the first time: the loops
 * over a text's code units that count words and scripts stay within a few nanoseconds a unit,
 * where a regex match per word or run allocated a string each (a quarter of a file's read time).
 */
export function codePointTest(pattern: RegExp): (cp: number) => boolean {
  // 0 not asked yet, 1 matches, 2 does not; code points past the BMP are rare and asked each time.
  const known = new Uint8Array(0x10000);
  return (cp) => {
    if (cp > 0xffff) return pattern.test(String.fromCodePoint(cp));
    let k = known[cp];
    if (k === 0) known[cp] = k = pattern.test(String.fromCharCode(cp)) ? 1 : 2;
    return k === 1;
  };
}
