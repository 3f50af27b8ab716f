/**
 * The one plural helper of the app (engine, hosts and renderer): "1 annotation", "2 annotations",
 * "1 entry", "3 entries". Numbers are grouped as the researcher's locale writes them.
 */
export function plural(count: number, one: string, many = regularPlural(one)): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

function regularPlural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
