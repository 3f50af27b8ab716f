/**
 * What a new claim's form starts with, from the selected text: the figure the selection is
 * about (a count, not a year such as 2007 or ۱۳۸۶, never the full stop after "110."), its unit
 * when a count noun follows it, and the source when the sentence attributes the figure ("The
 * press office of the US forces today gives their number at 110", "according to this society",
 * "ARIA had said 208"). No source when the sentence names none ("we counted 64"): the
 * researcher says who.
 */
import { normaliseNumber } from './claims';

export interface ClaimPrefill {
  value: string;
  unit?: string;
  source?: string;
}

const NUMBER = /(?<![\p{L}\p{N}])(?:[0-9۰-۹٠-٩]{1,3}(?:[,٬][0-9۰-۹٠-٩]{3})+|[0-9۰-۹٠-٩]+)(?:[.٫][0-9۰-۹٠-٩]+)?(?![\p{L}\p{N}])/gu;
const UNIT = /^\s*(people|persons|men|women|members|dissidents|residents|individuals|families|refugees|names|prisoners|soldiers|نفر)(?![\p{L}])/iu;
const MONTHS = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند/iu;
const VERB = String.raw`(?:said|says|say|gave|gives|give|reported|reports|put|puts|counted|counts|estimated|estimates|announced|announces|told|tells|stated|states|claimed|claims|spoke of|speaks of)`;
const PRONOUN = /^(?:i|we|you|he|she|they|it|one|someone|people|nobody|everyone|this|that|these|those|who)$/iu;

/** Years (1900–2099), Jalali years (1300–1499) and day numbers next to a month are dates, not figures. */
function isDate(digits: string, before: string, after: string): boolean {
  if (/^(?:19|20)\d\d$/u.test(digits) || /^1[34]\d\d$/u.test(digits)) return true;
  return Number(digits) <= 31 && (MONTHS.test(after.slice(0, 12).trim().split(/\s+/u)[0] ?? '') || MONTHS.test(before.trim().split(/\s+/u).pop() ?? ''));
}

/** The sentence around a span: from the last full stop before it to the next one after. */
function sentenceOf(text: string, start: number, end: number): { sentence: string; offset: number } {
  const from = Math.max(0, ...['. ', '.\n', '\n', '? ', '! ', '؟ '].map((s) => text.lastIndexOf(s, start - 1) + s.length));
  const stops = ['. ', '.\n', '\n', '? ', '! ', '؟ '].map((s) => text.indexOf(s, end)).filter((i) => i >= 0);
  const to = stops.length ? Math.min(...stops) + 1 : text.length;
  return { sentence: text.slice(Math.min(from, start), Math.max(to, end)), offset: Math.min(from, start) };
}

const BOUNDARY = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'think', 'thought', 'believe', 'that', 'and', 'but', 'while', 'when', 'then', 'so', 'in', 'on', 'by', 'at']);
const AUXILIARY = new Set(['had', 'has', 'have', 'also', 'today', 'then', 'later', 'first', 'once', 'now', 'still', 'always']);

/** Who the sentence says gives the figure, if it names anyone. */
export function attribution(sentence: string): string | undefined {
  const according = /\baccording to\s+([^,.;:0-9۰-۹]+)/iu.exec(sentence);
  if (according?.[1]) return named(according[1].trim());
  const verb = new RegExp(String.raw`\s${VERB}\b`, 'iu').exec(sentence);
  if (!verb) return undefined;
  const words = sentence.slice(0, verb.index).split(/\s+/u).filter(Boolean);
  while (words.length && AUXILIARY.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const subject: string[] = [];
  for (let k = words.length - 1; k >= 0 && subject.length < 8; k--) {
    const word = words[k]!;
    const bare = word.replace(/[,;:(]+$/u, '').toLowerCase();
    // "Javad Firuzmand, the spokesman of ARIA society who … says": the person the relative clause is about.
    if (bare === 'who' || bare === 'which') {
      const before = words.slice(0, k).join(' ');
      const head = before.split(',')[0]?.trim() ?? '';
      return named(/\p{Lu}/u.test(head) ? head : (before.split(',').pop() ?? '').trim());
    }
    if (BOUNDARY.has(bare) || /[,;:(]$/u.test(word)) break;
    subject.unshift(word);
  }
  return named(subject.join(' '));
}

/** The subject as a source, or undefined for a pronoun or a pointer to someone named elsewhere ("this society"). */
function named(subject: string): string | undefined {
  const words = subject.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0 || (words.length === 1 && PRONOUN.test(words[0] ?? ''))) return undefined;
  if (/^(?:this|that|these|those|him|her|them)$/iu.test(words[0] ?? '') && words.length <= 2) return undefined;
  return words.join(' ');
}

export function claimPrefill(text: string, start: number, end: number): ClaimPrefill {
  const quote = text.slice(start, end);
  const figures = [...quote.matchAll(NUMBER)].map((m) => {
    const raw = m[0].replace(/[.٫]$/u, '');
    return { raw, digits: normaliseNumber(raw), before: quote.slice(0, m.index), after: quote.slice(m.index + m[0].length) };
  }).filter((f) => f.digits && !isDate(f.digits, f.before, f.after));
  // A figure followed by a count noun is what the selection counts; otherwise the first figure.
  const counted = figures.find((f) => UNIT.test(f.after)) ?? figures[0];
  const unit = counted ? UNIT.exec(counted.after)?.[1] : undefined;
  const { sentence } = sentenceOf(text, start, end);
  const source = attribution(sentence);
  return { value: counted?.raw ?? '', ...(unit ? { unit: unit.toLowerCase() } : {}), ...(source ? { source } : {}) };
}
