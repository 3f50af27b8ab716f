import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Annotation, Code } from '../../../main/annotations/model';
import { exportCsv, exportMarkdown, formatTimecode, passageAt } from '../../../main/annotations/tabular';

const codes = new Map<string, Code>([
  ['p', { id: 'p', name: 'Work', color: '#111111' }],
  ['c', { id: 'c', name: 'Mines', color: '#222222', parentId: 'p' }],
]);
const passages = [
  { start: 0, end: 20, speaker: 'Interviewer', time: 0 },
  { start: 20, end: 80, speaker: 'Mrs. B', time: 3725 },
];
const lookup = (id: string) => (id === 'i1' ? { title: '=HYPERLINK("http://evil")', passages } : undefined);
const base = {
  target: { textHash: 'h', quote: { exact: 'in the mine', prefix: '', suffix: '' }, position: { start: 30, end: 41 } },
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
};
const hostile = `-2+3 "quoted", comma\r\nnew line \u0000 nul \u202eevil \ud800 lone`;
const annotations: Annotation[] = [
  { ...base, id: '00000000-0000-4000-8000-000000000001', interviewId: 'i1', note: hostile, codes: ['c', 'p'] },
  { ...base, id: '00000000-0000-4000-8000-000000000002', interviewId: 'gone', note: '@SUM(A1)', codes: ['deleted-code'] },
  { ...base, id: '00000000-0000-4000-8000-000000000003', interviewId: 'i1', note: 'x'.repeat(1024 * 1024 - 1), codes: [] },
];

describe('CSV and Markdown export', () => {
  it('CSV parses back (RFC 4180) to the same fields, with formula cells defused', () => {
    const csv = exportCsv(annotations, lookup, codes);
    expect(csv.startsWith('\ufeff"interview"')).toBe(true);
    expect(Buffer.from(csv, 'utf8').toString('utf8')).toBe(csv); // valid UTF-8: no lone surrogate left
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      interview: `'=HYPERLINK("http://evil")`,
      passage: '2',
      speaker: 'Mrs. B',
      timecode: '01:02:05',
      quote: 'in the mine',
      note: `'-2+3 "quoted", comma\r\nnew line \u2400 nul \u202eevil \ufffd lone`,
      codes: 'Work/Mines; Work',
    });
    expect(rows[1]).toMatchObject({ interview: 'gone', passage: '', speaker: '', note: `'@SUM(A1)`, codes: 'deleted-code' });
    expect(rows[2]!.note).toHaveLength(1024 * 1024 - 1);
  });

  it('Markdown quotes the passage, escapes markup and isolates bidi overrides', () => {
    const md = exportMarkdown(annotations.slice(0, 2), lookup, codes);
    expect(md).toContain('> in the mine');
    expect(md).toContain('*passage 2 · Mrs\\. B · 01:02:05*');
    expect(md).toContain('\u2068new line ␀ nul \u202eevil \ufffd lone\u2069');
    expect(md).not.toContain('\u0000');
    expect(md).toContain('## =HYPERLINK\\("http://evil"\\)');
    expect(md).toContain('## gone');
  });

  it('finds passages and formats timecodes', () => {
    expect(passageAt(passages, 19)?.index).toBe(0);
    expect(passageAt(passages, 20)?.index).toBe(1);
    expect(passageAt(passages, 80)).toBeUndefined();
    expect(formatTimecode(59.9)).toBe('00:00:59');
    expect(formatTimecode(36000)).toBe('10:00:00');
  });
});
