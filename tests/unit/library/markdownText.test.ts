import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { markdownToText, textOfTokens } from '../../../main/library/readers/markdownText';

/** The text marked's own lexer gives: what markdownToText must agree with, character for character. */
const byMarked = (md: string): string => textOfTokens(new Lexer({ gfm: true }).lex(md));

/** mulberry32: the same pieces in the same order on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Prose most of the time, and every kind of inline and block syntax now and then: a piece of
// syntax inside a paragraph must send that paragraph through marked's inline rules.
const PROSE = ['the', 'camp', 'Ashraf', 'we', 'left', 'in', '1986', 'café', 'Lefèvre', 'عراق', 'ایران', 'Q:', 'A:', 'said,', 'it.', 'so?', 'well;', 'no!', '!', '(then)', '"no"', "don't", '—', '-', '#', '1.', ':', '|', '$5', '%', '+', '=', '^', '{x}', '…'];
const SYNTAX = ['*', '**', '_', '__', '~', '~~', '`', '``', '\\', '\\*', '!', '[', ']', '[a link](http://x.org)', '![an image](p.png)', '<b>', '</b>', '<br>', '<!-- c -->', '&amp;', '&#233;', '&copy;', '&', 'www.example.org', 'https://example.org/a_b', 'ftp://host', 'mailto:a@b.org', 'xmpp:a@b.org', 'someone@example.org', 'a@b', '<http://x.org>'];
const BREAKS = [' ', ' ', ' ', ' ', '\n', '\n\n', '  \n', '\\\n', '\t', '\n# ', '\n## ', '\n- ', '\n* ', '\n1. ', '\n> ', '\n    ', '\n```\n', '\n---\n', '\n| a | b |\n|---|---|\n| c | d |\n', '\nTitle\n===\n', '\n[ref]: http://x.org\n'];

/** A random document, and whether a piece of inline syntax went into it. */
function document(next: () => number): { md: string; syntax: boolean } {
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)]!;
  let md = '';
  let syntax = false;
  const pieces = 5 + Math.floor(next() * 60);
  for (let i = 0; i < pieces; i++) {
    const inline = next() < 0.03;
    syntax ||= inline;
    md += (inline ? pick(SYNTAX) : pick(PROSE)) + pick(BREAKS);
  }
  return { md, syntax };
}

describe('markdownToText', () => {
  it('gives the text marked does for random documents of prose and syntax', () => {
    const next = random(7);
    let plain = 0;
    for (let i = 0; i < 3000; i++) {
      const { md, syntax } = document(next);
      if (!syntax) plain++;
      expect(markdownToText(md), md).toBe(byMarked(md));
    }
    // Both kinds were tried: documents with no inline syntax at all, and documents with some.
    expect(plain).toBeGreaterThan(300);
    expect(plain).toBeLessThan(2900);
  });

  it('keeps what inline syntax means in a paragraph of prose', () => {
    const md = 'We left *in 1986* for [Camp Ashraf](http://x.org) &amp; then `Paris`.  \nThe next line.\n\nPlain words, plain words.';
    expect(markdownToText(md)).toBe('We left in 1986 for Camp Ashraf & then Paris.\nThe next line.\n\nPlain words, plain words.');
    expect(markdownToText(md)).toBe(byMarked(md));
  });

  it('gives the text marked does for the sample archive and the shared documents', () => {
    const roots = ['archive', '../shared/data'].map((r) => path.resolve(r)).filter(existsSync);
    const files = roots.flatMap((root) => readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => path.join(root, f)));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const md = readFileSync(file, 'utf8');
      expect(markdownToText(md), file).toBe(byMarked(md));
    }
  });

  it.skipIf(!existsSync('../shared/bench/gen-corpus.mjs'))('gives the text marked does for generated interviews (../shared/bench/gen-corpus.mjs)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'md-corpus-'));
    try {
      execFileSync(process.execPath, ['../shared/bench/gen-corpus.mjs', '--docs', '40', '--seed', '3', '--out', dir]);
      const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
      expect(files).toHaveLength(40);
      for (const f of files) {
        const md = readFileSync(path.join(dir, f), 'utf8');
        expect(markdownToText(md), f).toBe(byMarked(md));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
