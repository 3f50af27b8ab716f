import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ArchiveReadError } from './errors';
import { plural } from '../../preload/contract/plural';

/** Text decoded from a file's bytes, with notes on anything the researcher should know. */
export interface DecodedText {
  text: string;
  notes: string[];
}

const magicNumbers: Array<[string, number[]]> = [
  ['a program (ELF executable)', [0x7f, 0x45, 0x4c, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a legacy Microsoft Office file', [0xd0, 0xcf, 0x11, 0xe0]],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** What a binary file looks like, by its first bytes; undefined when it has no known signature. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  return magicNumbers.find(([, magic]) => startsWith(bytes, magic))?.[0];
}

/** Guesses UTF-16 without a BOM from where the zero bytes fall in the first few kilobytes. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * True when too many of the first 64 KB are bytes that only binary files contain (controls
 * other than tab, newlines, form feed, escape). A stray NUL in a short note is not enough.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 65536);
  if (sample === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  const share = controls / sample;
  return share > 0.3 || (share > 0.1 && controls >= 32);
}

/** Drops an incomplete UTF-8 sequence at the end (left there when a large file is cut short). */
function withoutPartialUtf8Tail(bytes: Buffer): Buffer {
  let i = bytes.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && ((bytes[i] ?? 0) & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  const lead = bytes[i];
  if (lead === undefined || lead < 0xc0) return bytes;
  const needed = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
  return continuation < needed ? bytes.subarray(0, i) : bytes;
}

function countChar(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/** Invalid UTF-8: keep UTF-8 when most of it is valid, otherwise guess the legacy code page. */
function decodeNotUtf8(bytes: Buffer, notes: string[]): string {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const replaced = countChar(lenient, '\uFFFD');
  let wellFormedNonAscii = 0;
  for (const ch of lenient) if (ch.charCodeAt(0) > 0x7f && ch !== '\uFFFD') wellFormedNonAscii++;
  if (wellFormedNonAscii >= replaced) {
    notes.push(`${plural(replaced, 'invalid UTF-8 byte sequence was', 'invalid UTF-8 byte sequences were')} replaced with \uFFFD`);
    return lenient;
  }
  const guess = chardet.detect(bytes);
  const latinFamily = !guess || /^(iso-8859-1|iso-8859-15|windows-1252|ascii)$/i.test(guess);
  const encoding = latinFamily || !iconv.encodingExists(guess) ? 'windows-1252' : guess;
  notes.push(`not UTF-8: decoded as ${encoding}`);
  return iconv.decode(bytes, encoding);
}

function decodeUtf16(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  const body = bytes.subarray(skip, bytes.length - ((bytes.length - skip) % 2));
  return iconv.decode(body, encoding === 'utf-16le' ? 'utf16le' : 'utf16be');
}

function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Turns a file's bytes into text: BOMs, UTF-16 with or without a BOM, invalid UTF-8 and legacy
 * code pages, stray NUL bytes, CR-only line ends. Throws ArchiveReadError for binary files.
 */
export function decodeText(bytes: Buffer): DecodedText {
  const notes: string[] = [];
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return finish(new TextDecoder('utf-8').decode(withoutPartialUtf8Tail(bytes.subarray(3))), notes);
  }
  if (startsWith(bytes, [0xff, 0xfe])) return finish(decodeUtf16(bytes, 'utf-16le', 2), notes);
  if (startsWith(bytes, [0xfe, 0xff])) return finish(decodeUtf16(bytes, 'utf-16be', 2), notes);
  const kind = binaryKind(bytes);
  if (kind) throw new ArchiveReadError(`not a text file: it looks like ${kind}`);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    notes.push(`decoded as ${utf16.toUpperCase()} (no byte order mark)`);
    return finish(decodeUtf16(bytes, utf16, 0), notes);
  }
  if (looksBinary(bytes)) throw new ArchiveReadError('not a text file: it is mostly control characters (binary data)');
  const body = withoutPartialUtf8Tail(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = decodeNotUtf8(body, notes);
  }
  return finish(text, notes);
}

function finish(text: string, notes: string[]): DecodedText {
  const nuls = countChar(text, '\u0000');
  if (nuls > 0) {
    notes.push(`${plural(nuls, 'NUL character')} removed`);
    text = text.replaceAll('\u0000', '');
  }
  return { text: normaliseLineEnds(text), notes };
}
