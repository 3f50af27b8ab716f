/**
 * Printed quotes never start or end inside a word: random excerpt ranges over every interview of
 * the sample archive (English and Persian), each checked against the source text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excerptBlock, snapToWords } from '../../../main/dossier/fromArchive/excerpts';
import type { Interview } from '../../../main/library/types';

const sample = resolve(__dirname, '../../../archive');
const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);
const cutsWord = (text: string, at: number): boolean => isWord(text[at - 1]) && isWord(text[at]);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (printed: string): string => printed.split(' ').map(escape).join('\\s+');

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function interviewOf(path: string, text: string): Interview {
  // Paragraphs as passages, as the readers make them.
  const passages = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { id: path, path, title: path, format: 'txt', text, passages, hash: '', words: 0 };
}

describe.skipIf(!existsSync(sample))('quotes snapped to whole words (archive/ missing: skipped)', () => {
  const interviews = readdirSync(sample)
    .filter((f) => /\.(txt|md|srt|vtt)$/.test(f) && f !== 'README.md')
    .map((f) => interviewOf(f, readFileSync(join(sample, f), 'utf8')));

  it('reads English and Persian interviews', () => {
    expect(interviews.length).toBeGreaterThan(5);
    expect(interviews.some((i) => /[\u0600-\u06FF]/.test(i.text))).toBe(true);
  });

  it('no quote or context starts or ends inside a word, for 3,000 random ranges', () => {
    const next = random(20081);
    let checked = 0;
    for (let n = 0; n < 3000; n++) {
      const interview = interviews[Math.floor(next() * interviews.length)] as Interview;
      const { text } = interview;
      const start = Math.floor(next() * text.length);
      const end = Math.min(text.length, start + 1 + Math.floor(next() * 300));
      const { start: s, end: e } = snapToWords(text, start, end);
      expect(s).toBeLessThanOrEqual(start);
      expect(e).toBeGreaterThanOrEqual(end);
      expect(cutsWord(text, s), `${interview.path} ${start}`).toBe(false);
      expect(cutsWord(text, e), `${interview.path} ${end}`).toBe(false);
      const block = excerptBlock('x', interview, { start, end });
      if (!block.quote) continue;
      expect(block.quote).toBe(text.slice(s, e).replace(/\s+/g, ' ').trim());
      const before = block.before?.replace(/^…/, '');
      if (before) {
        const found = new RegExp(`(${pattern(before)})\\s*$`, 'u').exec(text.slice(0, s));
        expect(found, before).not.toBeNull();
        expect(cutsWord(text, found?.index ?? 0), before).toBe(false);
      }
      const after = block.after?.replace(/…$/, '');
      if (after) {
        const found = new RegExp(`^\\s*(${pattern(after)})`, 'u').exec(text.slice(e));
        expect(found, after).not.toBeNull();
        expect(cutsWord(text, e + (found?.[0].length ?? 0)), after).toBe(false);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(2500);
  });
});
