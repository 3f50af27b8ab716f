/**
 * The query language: words, `+must`, `-not`, `field:word`, `wild*`, `fuzzy~1`, `word^2` and
 * "quoted phrases". Parsing never throws: a part that cannot be searched as written is searched as
 * plain words with a notice that says why, and a query with nothing left to look for is a
 * `QueryFailure` whose message a researcher can act on.
 */
import { analyzeTerm, foldWord, forEachWord, tokenStream } from './analysis';
import { type FieldName, QUERY_FIELDS, QUERY_FIELD_NAMES } from './fields';

export type Presence = 'optional' | 'required' | 'prohibited';

export interface TermClause {
  kind: 'term';
  presence: Presence;
  field?: FieldName;
  /** The analysed term; wildcard terms are folded but not stemmed and keep their `*`. */
  term: string;
  wildcard: boolean;
  editDistance: number;
  boost: number;
  /** True for words added by the query-expansion hook (aliases). */
  alias?: boolean;
  /** The word as typed, for "did you mean" (plain words only). */
  word?: string;
}

export interface PhraseWord {
  term: string | null;
  folded: string;
}

export interface PhraseClause {
  kind: 'phrase';
  presence: 'required' | 'prohibited';
  field?: FieldName;
  text: string;
  words: PhraseWord[];
}

export type Clause = TermClause | PhraseClause;

export interface ParsedQuery {
  ok: true;
  clauses: Clause[];
  notices: string[];
}

export type QueryErrorCode = 'empty' | 'only-common-words' | 'only-exclusions';

export interface QueryFailure {
  ok: false;
  code: QueryErrorCode;
  error: string;
}

export const LIMITS = {
  queryChars: 1000,
  terms: 64,
  wildcards: 20,
  fuzzyTerms: 3,
  editDistance: 2,
  fuzzyTermChars: 20,
  charsBeforeWildcard: 2,
  maxBoost: 10,
} as const;

export interface ParseOptions {
  /** Other spellings of a word (aliases), searched as optional words. */
  expand?: (word: string) => string[];
}

const PHRASE = /(^|\s)([+-]?)(?:([\p{L}]+):)?"([^"]*)(?:"|$)/gu;
const quote = (s: string): string => `‘${s}’`;

class Parser {
  readonly clauses: Clause[] = [];
  readonly notices: string[] = [];
  private readonly common: string[] = [];
  private wildcards = 0;
  private fuzzy = 0;
  private dropped = 0;
  /** `+` or `-` with no word after it. */
  private readonly bareSigns: string[] = [];

  constructor(private readonly opts: ParseOptions) {}

  notice(words: string[], why: string, original: string): void {
    this.notices.push(words.length > 0
      ? `Searched for the words ${words.map(quote).join(' ')} because ${why}.`
      : `Left out ${quote(original)} because ${why}.`);
  }

  push(clause: Clause): void {
    if (this.clauses.length >= LIMITS.terms) this.dropped++;
    else this.clauses.push(clause);
  }

  /** Words of `text` as plain terms; returns the words kept. */
  plain(text: string, presence: Presence, field?: FieldName): string[] {
    const kept: string[] = [];
    forEachWord(text, (word) => {
      const term = analyzeTerm(word);
      if (term === null) this.common.push(word);
      else {
        kept.push(word);
        this.push({ kind: 'term', presence, field, term, wildcard: false, editDistance: 0, boost: 1, word });
        if (presence !== 'prohibited') this.aliases(word, field);
      }
    });
    return kept;
  }

  private aliases(word: string, field?: FieldName): void {
    for (const alias of this.opts.expand?.(word) ?? []) {
      forEachWord(alias, (w) => {
        const term = analyzeTerm(w);
        if (term !== null) this.push({ kind: 'term', presence: 'optional', field, term, wildcard: false, editDistance: 0, boost: 1, alias: true });
      });
    }
  }

  phrase(prefix: string, fieldName: string | undefined, body: string): void {
    const presence = prefix === '-' ? 'prohibited' : 'required';
    const field = this.field(fieldName, body);
    if (field === null) return;
    const words = tokenStream(body).map((t) => ({ term: t.term, folded: t.folded }));
    if (words.length === 0) return;
    if (!words.some((w) => w.term !== null)) {
      this.common.push(body);
      return;
    }
    if (words.length === 1 && presence === 'required') {
      this.plain(body, 'required', field);
      return;
    }
    this.push({ kind: 'phrase', presence, field, text: body, words });
  }

  /** The field a `name:` prefix names, undefined for none, null when the words were searched plainly. */
  private field(name: string | undefined, rest: string): FieldName | undefined | null {
    if (name === undefined) return undefined;
    const field = QUERY_FIELD_NAMES[name.toLowerCase()];
    if (field !== undefined) return field;
    const kept = this.plain(`${name} ${rest}`, 'optional');
    this.notice(kept, `${quote(name)} is not a field you can search in (fields: ${QUERY_FIELDS.join(', ')})`, `${name}:`);
    return null;
  }

  chunk(chunk: string): void {
    const sign = /^[+-]+/.exec(chunk)?.[0] ?? '';
    let rest = chunk.slice(sign.length);
    if (rest === '' && sign !== '') {
      this.bareSigns.push(sign);
      return;
    }
    let presence: Presence = sign === '+' ? 'required' : sign === '-' ? 'prohibited' : 'optional';
    if (sign.length > 1) {
      presence = 'optional';
      this.notice(this.plain(rest, presence), `${quote(sign)} mixes ‘+’ (must contain) and ‘-’ (must not contain)`, chunk);
      return;
    }
    const colon = rest.indexOf(':');
    let field: FieldName | undefined;
    if (colon >= 0) {
      const name = rest.slice(0, colon);
      const value = rest.slice(colon + 1);
      const known = QUERY_FIELD_NAMES[name.toLowerCase()];
      if (known === undefined || value === '' || value.includes(':')) {
        const why = name === '' ? 'a field name goes before the colon (title:war)'
          : known === undefined ? `${quote(name)} is not a field you can search in (fields: ${QUERY_FIELDS.join(', ')})`
            : `a word goes after ${quote(`${name}:`)}`;
        this.notice(this.plain(rest, presence), why, chunk);
        return;
      }
      field = known;
      rest = value;
    }
    this.operators(rest, presence, field);
  }

  private operators(text: string, presence: Presence, field?: FieldName): void {
    let boost = 1;
    const boostMatch = /\^(\d+(?:\.\d+)?)$/.exec(text);
    if (boostMatch) {
      boost = Math.min(LIMITS.maxBoost, Math.max(0.1, Number(boostMatch[1])));
      text = text.slice(0, boostMatch.index);
    }
    if (text.includes('^')) {
      this.notice(this.plain(text, presence, field), 'a boost is written as a word, ‘^’ and a number (miner^2)', text);
      return;
    }
    const fuzzyMatch = /~(\d*)$/.exec(text);
    if (fuzzyMatch) return this.fuzzyTerm(text.slice(0, fuzzyMatch.index), Number(fuzzyMatch[1] || '1'), presence, boost, field);
    if (text.includes('~')) {
      this.notice(this.plain(text, presence, field), 'a fuzzy search is written as a word, ‘~’ and 1 or 2 (miner~1)', text);
      return;
    }
    if (text.includes('*')) return this.wildcardTerm(text, presence, boost, field);
    const kept = this.plain(text, presence, field);
    if (boost !== 1) for (const c of this.clauses.slice(-kept.length)) if (c.kind === 'term') c.boost = boost;
  }

  private fuzzyTerm(word: string, distance: number, presence: Presence, boost: number, field?: FieldName): void {
    const folded = foldWord(word);
    const single = /^[\p{L}\p{N}\p{M}']+$/u.test(word);
    const term = single ? analyzeTerm(word) : null;
    let why: string | null = null;
    if (!single || term === null) why = 'a fuzzy search (~) applies to one word';
    else if (folded.length < 3) why = 'a fuzzy search (~) needs a word of at least 3 letters';
    else if (folded.length > LIMITS.fuzzyTermChars) why = `a fuzzy search (~) works on words of at most ${LIMITS.fuzzyTermChars} letters`;
    else if (this.fuzzy >= LIMITS.fuzzyTerms) why = `a query may have at most ${LIMITS.fuzzyTerms} fuzzy (~) words`;
    else if (word.includes('*')) why = 'a word cannot be both fuzzy (~) and a wildcard (*)';
    if (why !== null || term === null) {
      this.notice(this.plain(word.replace(/\*/g, ' '), presence, field), why ?? 'it is too common', `${word}~`);
      return;
    }
    if (distance > LIMITS.editDistance || distance < 1) {
      this.notices.push(`Searched for ${quote(word)} with up to ${LIMITS.editDistance} changed letters (~${LIMITS.editDistance}), the most a fuzzy search allows.`);
      distance = LIMITS.editDistance;
    }
    this.fuzzy++;
    this.push({ kind: 'term', presence, field, term, wildcard: false, editDistance: distance, boost });
  }

  private wildcardTerm(text: string, presence: Presence, boost: number, field?: FieldName): void {
    const pieces = text.split('*');
    const wellFormed = pieces.every((p) => /^[\p{L}\p{N}\p{M}']*$/u.test(p));
    const before = foldWord(pieces[0] ?? '');
    let why: string | null = null;
    if (!wellFormed) why = 'a wildcard (*) goes inside or at the end of one word (migra*)';
    else if (before.length < LIMITS.charsBeforeWildcard) why = `a wildcard (*) needs at least ${LIMITS.charsBeforeWildcard} letters before it (mi*)`;
    else if (this.wildcards >= LIMITS.wildcards) why = `a query may have at most ${LIMITS.wildcards} wildcards`;
    if (why !== null) {
      this.notice(this.plain(pieces.join(' '), presence, field), why, text);
      return;
    }
    this.wildcards++;
    const term = pieces.map((p) => foldWord(p)).join('*');
    this.push({ kind: 'term', presence, field, term, wildcard: true, editDistance: 0, boost });
  }

  finish(): ParsedQuery | QueryFailure {
    if (this.dropped > 0) this.notices.push(`Searched for the first ${LIMITS.terms} words only; ${this.dropped} more were left out.`);
    const positive = this.clauses.some((c) => c.presence !== 'prohibited');
    for (const sign of new Set(this.bareSigns)) this.notice([], `${quote(sign)} goes right before a word (${sign}camp)`, sign);
    if (this.common.length > 0 && positive) {
      this.notices.push(`Left out ${this.common.slice(0, 5).map(quote).join(' ')}${this.common.length > 5 ? ' …' : ''}: too common to search for.`);
    }
    if (positive) return { ok: true, clauses: this.clauses, notices: [...new Set(this.notices)] };
    if (this.clauses.length > 0) {
      return { ok: false, code: 'only-exclusions', error: 'Add a word to look for: words after ‘-’ only leave interviews out.' };
    }
    if (this.common.length > 0) {
      return { ok: false, code: 'only-common-words', error: `${this.common.slice(0, 5).map(quote).join(' ')} ${this.common.length > 1 ? 'are' : 'is'} too common to search for; add a more specific word.` };
    }
    const sign = this.bareSigns[0];
    if (sign !== undefined) {
      const example = sign === '-' ? '-camp leaves out the interviews that contain ‘camp’' : '+camp finds only the interviews that contain ‘camp’';
      return { ok: false, code: 'empty', error: `${quote(sign)} goes right before a word: ${example}.` };
    }
    return { ok: false, code: 'empty', error: 'Type a word to search for (letters or digits).' };
  }
}

export function parseQuery(input: string, opts: ParseOptions = {}): ParsedQuery | QueryFailure {
  const parser = new Parser(opts);
  let query = input;
  if (query.length > LIMITS.queryChars) {
    query = query.slice(0, LIMITS.queryChars);
    parser.notices.push(`Searched for the first ${LIMITS.queryChars.toLocaleString('en')} characters of the query only.`);
  }
  const rest = query.replace(PHRASE, (_m, lead: string, sign: string, field: string | undefined, body: string) => {
    parser.phrase(sign, field, body);
    return lead + ' ';
  });
  for (const chunk of rest.replace(/"/g, ' ').split(/\s+/)) if (chunk !== '') parser.chunk(chunk);
  return parser.finish();
}
