/**
 * The index of names, made from what the pages say. Every line drawn in the body, the endnotes
 * and the appendix is recorded (text/printed.ts); each name and each of its aliases is looked for
 * on every page with the same folding as search (case, accents, Arabic/Persian letter variants),
 * whole words only, overlaps allowed ("Ashraf" is printed inside "Camp Ashraf"). Case counts
 * only as a name is written: a capitalised name must be capitalised on the page and an acronym
 * in capitals, so "Den" or "NOT" (names extraction may find) never match "den" or "not". A page
 * is listed when any form of the name is printed on it; the link opens the line where it first appears.
 */
import { nameKey } from '../../xref/names';
import { forEachWordBounds } from '../../search/analysis';
import type { DossierDocument } from '../model';
import type { PrintedText } from '../text/printed';

export interface IndexPage {
  /** 1-based page number. */
  page: number;
  x: number;
  y: number;
}

export interface IndexEntry {
  name: string;
  /** The aliases printed somewhere in the dossier, in the order the archive lists them. */
  aliases: string[];
  pages: IndexPage[];
}

interface Form {
  entry: number;
  /** 0 is the name itself, then its aliases. */
  form: number;
  words: readonly string[];
  /** How the first word must be written: in capitals (an acronym), capitalised, or any case. */
  caps: Caps;
}

type Caps = 'upper' | 'initial' | 'any';

/** The case a written word asks of its occurrences (scripts without case ask nothing). */
export function capsOf(word: string): Caps {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  const first = letters[0] ?? '';
  return first !== first.toLowerCase() ? 'initial' : 'any';
}

/** Whether a printed word is written as `caps` asks. */
export function matchesCaps(printed: string, caps: Caps): boolean {
  if (caps === 'any') return true;
  // A possessive does not count: "BBC’s" is the acronym BBC.
  const letters = printed.replace(/['’]s$/u, '').replace(/[^\p{L}]/gu, '');
  if (caps === 'upper') return letters === letters.toUpperCase();
  const first = letters[0] ?? '';
  return first === first.toUpperCase();
}

/** The names to look for: the model's list, then names the excerpts carry that it lacks. */
export function indexNames(doc: DossierDocument): Array<{ name: string; aliases: string[] }> {
  const names = (doc.names ?? []).map((n) => ({ name: n.name, aliases: n.aliases ?? [] }));
  const known = new Set(names.flatMap((n) => [n.name, ...n.aliases].map((f) => nameKey(f).join(' '))));
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'excerpt') continue;
      for (const name of block.entities ?? []) {
        const key = nameKey(name).join(' ');
        if (!key || known.has(key)) continue;
        known.add(key);
        names.push({ name, aliases: [] });
      }
    }
  }
  return names;
}

export function collectIndex(names: Array<{ name: string; aliases: string[] }>, printed: PrintedText): IndexEntry[] {
  const byFirst = new Map<string, Form[]>();
  names.forEach((n, entry) => {
    [n.name, ...n.aliases].forEach((written, form) => {
      const words = nameKey(written);
      const first = words[0];
      if (!first) return;
      let firstWritten = '';
      forEachWordBounds(written, (start, end) => {
        if (!firstWritten) firstWritten = written.slice(start, end);
      });
      byFirst.set(first, [...(byFirst.get(first) ?? []), { entry, form, words, caps: capsOf(firstWritten) }]);
    });
  });
  const found = names.map(() => ({ pages: [] as IndexPage[], forms: new Set<number>() }));
  const folded = new Map<string, string>();
  const fold = (word: string): string => {
    let f = folded.get(word);
    if (f === undefined) folded.set(word, (f = nameKey(word).join(' ')));
    return f;
  };
  for (const page of printed.pageIndexes()) {
    const lines = printed.lines(page);
    // One text per page, lines joined by a space: a name broken across two lines still counts.
    const words: Array<{ word: string; raw: string; line: number }> = [];
    lines.forEach((line, i) =>
      forEachWordBounds(line.text, (start, end) => {
        const raw = line.text.slice(start, end);
        words.push({ word: fold(raw), raw, line: i });
      }),
    );
    const seen = new Set<number>();
    words.forEach((w, at) => {
      for (const form of byFirst.get(w.word) ?? []) {
        if (!matchesCaps(w.raw, form.caps) || !form.words.every((word, k) => words[at + k]?.word === word)) continue;
        const hit = found[form.entry];
        if (!hit) continue;
        hit.forms.add(form.form);
        if (seen.has(form.entry)) continue;
        seen.add(form.entry);
        const line = lines[w.line];
        hit.pages.push({ page: page + 1, x: line?.x ?? 0, y: line?.y ?? 0 });
      }
    });
  }
  return names.flatMap((n, i) => {
    const hit = found[i];
    if (!hit || hit.pages.length === 0) return [];
    return [{ name: n.name, aliases: n.aliases.filter((_, k) => hit.forms.has(k + 1)), pages: hit.pages }];
  });
}

/** Page numbers with runs of three or more as ranges: [3, 4, 5, 9] → [[3, 5], [9, 9]]. */
export function pageRanges(pages: readonly number[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const page of pages) {
    const last = ranges[ranges.length - 1];
    if (last && page === last[1] + 1) last[1] = page;
    else ranges.push([page, page]);
  }
  // A run of two prints as two pages ("3, 4"), not as a range.
  return ranges.flatMap(([a, b]) => (b === a + 1 ? [[a, a], [b, b]] as Array<[number, number]> : [[a, b] as [number, number]]));
}
