import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBody, encodeBody } from '../../../main/library/storedBody';
import type { Passage } from '../../../main/library/types';

const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const passages: Passage[] = [
  { start: 0, end: 9, speaker: 'Q' },
  { start: 11, end: 60, speaker: 'A', time: 12.5, endTime: 30, keywords: ['camp', 'فیروزمند'] },
  { start: 61, end: 70 },
];

describe('stored bodies', () => {
  it('give back a text of any script and its passages exactly, field for field', () => {
    const texts = ['Plain ASCII text.', 'Latin-1 only: café, Müller, ½.', 'فیروزمند‌ها in Łódź, 👩🏽‍🏫, İstanbul', 'a lone \ud800 surrogate'];
    for (const text of texts) {
      const body = decodeBody(encodeBody(text, passages), sha(text));
      expect(body?.text).toBe(text);
      expect(body?.passages()).toEqual(passages);
    }
    expect(decodeBody(encodeBody('', []), sha(''))?.passages()).toEqual([]);
  });

  it('store a text whose characters all fit in a byte with one byte each, any other with two', () => {
    const header = (text: string) => encodeBody(text, []).toString('latin1').split('\n')[0];
    expect(header('café Müller')).toMatch(/^TX2 latin1 /);
    expect(header('Łódź')).toMatch(/^TX2 utf16le /);
    const text = 'x'.repeat(1000);
    expect(encodeBody(text, []).length).toBeLessThan(1100);
    expect(encodeBody(`${text}ł`, []).length).toBeGreaterThan(2000);
  });

  it('find any changed, cut or damaged byte after the header', () => {
    const bytes = encodeBody('Q: Where were you?\n\nA: In the camp at Tabriz.', passages);
    const headerEnd = bytes.indexOf(0x0a) + 1;
    for (let i = headerEnd; i < bytes.length; i++) {
      const changed = Buffer.from(bytes);
      changed[i] = changed[i]! ^ 0x20;
      expect(decodeBody(changed, '')).toBeNull();
    }
    for (const length of [0, 3, headerEnd - 1, headerEnd, bytes.length - 1]) expect(decodeBody(bytes.subarray(0, length), '')).toBeNull();
    expect(decodeBody(Buffer.concat([bytes, Buffer.from('x')]), '')).toBeNull();
  });

  it('refuse passages that are not columns of one length, though their checksum holds', () => {
    const forged = (columns: string) => {
      const body = Buffer.from(`${columns}text`, 'latin1');
      return Buffer.concat([Buffer.from(`TX2 latin1 ${columns.length} ${crc32(body)}\n`, 'latin1'), body]);
    };
    expect(decodeBody(forged('{"start":[0],"end":[4]}'), '')?.passages()).toEqual([{ start: 0, end: 4 }]);
    expect(() => decodeBody(forged('{"start":[0,5],"end":[4]}'), '')?.passages()).toThrow(/damaged/);
    expect(() => decodeBody(forged('{"start":["0"],"end":[4]}'), '')?.passages()).toThrow(/damaged/);
  });

  it('read the first layout by the text hash, and refuse it when the text does not match', () => {
    const text = 'Q: Where?\n\nA: فیروزمند';
    const first = Buffer.from(`${JSON.stringify(passages)}\n${text}`, 'utf8');
    expect(decodeBody(first, sha(text))?.text).toBe(text);
    expect(decodeBody(first, sha(text))?.passages()).toEqual(passages);
    expect(decodeBody(first, sha('something else'))).toBeNull();
  });
});
