import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../main/library/decode';
import { ArchiveReadError } from '../../../main/library/errors';
import { readTextFile } from '../../../main/library/readText';
import { tempDir } from './helpers';
import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';

describe('decodeText', () => {
  it('honours BOMs for UTF-8, UTF-16LE and UTF-16BE', () => {
    const text = 'Zażółć — «سلام»';
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])).text).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])).text).toBe(text);
  });
  it('recognises UTF-16 without a BOM and says so', () => {
    const decoded = decodeText(Buffer.from('Plain English words here.', 'utf16le').swap16());
    expect(decoded.text).toBe('Plain English words here.');
    expect(decoded.notes.join()).toMatch(/UTF-16BE/);
  });
  it('falls back to Windows-1252 for smart quotes and keeps mostly-valid UTF-8 as UTF-8', () => {
    const legacy = decodeText(iconv.encode('\u201cIt\u2019s mine,\u201d she said \u2014 twice. It\u2019s mine.', 'windows-1252'));
    expect(legacy.text).toBe('\u201cIt\u2019s mine,\u201d she said \u2014 twice. It\u2019s mine.');
    expect(legacy.notes.join()).toMatch(/windows-1252/);
    const mostly = decodeText(Buffer.concat([Buffer.from('déjà vu, naïve café '), Buffer.from([0xc3, 0x28])]));
    expect(mostly.text).toBe('déjà vu, naïve café \uFFFD(');
    expect(mostly.notes.join()).toMatch(/invalid UTF-8/);
  });
  it('removes NUL bytes, normalises CR and CRLF line ends', () => {
    const decoded = decodeText(Buffer.from('a\u0000b\rc\r\nd'));
    expect(decoded.text).toBe('ab\nc\nd');
    expect(decoded.notes.join()).toMatch(/NUL/);
  });
  it('refuses binaries by signature and by control characters', () => {
    expect(() => decodeText(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 1, 1]))).toThrow(/ELF/);
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toThrow(ArchiveReadError);
    expect(() => decodeText(Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 9)))).toThrow(/control characters/);
  });
  it('drops a UTF-8 sequence cut in half at the end', () => {
    const bytes = Buffer.from('abc€');
    expect(decodeText(bytes.subarray(0, bytes.length - 1)).text).toBe('abc');
  });
});

describe('readTextFile', () => {
  it('reads only the head of a 600 MiB file and reports the truncation', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const file = path.join(dir, 'huge.txt');
      await writeFile(file, 'Line of testimony.\n'.repeat(60_000));
      await truncate(file, 600 * 1024 * 1024);
      const decoded = await readTextFile(file, 4 * 1024 * 1024);
      expect(decoded.text.startsWith('Line of testimony.\n')).toBe(true);
      expect(decoded.text.length).toBeLessThanOrEqual(4 * 1024 * 1024);
      expect(decoded.notes.join()).toMatch(/truncated to 4 MB/);
      // The sparse tail inside the cap is NUL bytes: removed and reported, never indexed.
      expect(decoded.text).not.toContain('\u0000');
    } finally {
      await cleanup();
    }
  });
});
