/**
 * A copy of `s` that holds no reference to the string it was cut from. V8 keeps a slice of 13 or
 * more characters as a view of its parent, so a name or word remembered from a slice of a text
 * keeps the whole text alive: at 50,000 interviews the names workers' heaps grew to 2.7 GB that
 * way. Cutting a fresh concatenation copies the characters into a string of their own.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
