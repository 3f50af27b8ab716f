import { Parser } from 'htmlparser2';
import { decodeEntities } from '../entities';
import { ArchiveReadError } from '../errors';
import { readTextFile } from '../readText';
import { readPlainText } from './plainText';
import type { Reader } from './reader';

function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  const fraction = Math.round((seconds - whole) * 1000);
  const parts = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60].map((n) => String(n).padStart(2, '0'));
  return `${parts.join(':')}${fraction ? `.${String(fraction).padStart(3, '0')}` : ''}`;
}

/**
 * oTranscribe's HTML → plain transcript lines: paragraphs and line breaks end lines, and each
 * timestamp (<span class="timestamp" data-timestamp="12.5">) starts a line with "[00:00:12.500]",
 * which the plain-text reader turns into the passage's time.
 */
export function otrHtmlToText(html: string): string {
  let out = '';
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'p' || name === 'div' || name === 'br') out += '\n\n';
      const stamp = Number(attributes['data-timestamp']);
      if (name === 'span' && /\btimestamp\b/.test(attributes.class ?? '') && Number.isFinite(stamp)) out += `\n\n[${clock(stamp)}] `;
    },
    ontext(text) {
      out += text;
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  // The timestamp's own label ("00:12") follows the marker: it is the same time, not testimony.
  return out.replace(/(\[\d{2}:\d{2}:\d{2}(?:\.\d+)?\] )\s*\d{1,2}:\d{2}(?::\d{2})?\s*/g, '$1');
}

/** oTranscribe (.otr): JSON with the transcript as HTML, and the recording's file name. */
export const readOtr: Reader = async ({ absPath, capBytes, root, noFollow }) => {
  const { text, notes } = await readTextFile(absPath, capBytes, root, noFollow);
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    throw new ArchiveReadError('not an oTranscribe file: .otr files are JSON with a "text" field, and this is not valid JSON');
  }
  const record = saved && typeof saved === 'object' ? (saved as Record<string, unknown>) : {};
  if (typeof record.text !== 'string') throw new ArchiveReadError('not an oTranscribe file: there is no "text" field with the transcript');
  const { builder, meta } = readPlainText(otrHtmlToText(record.text), capBytes);
  const mediaRef = typeof record.media === 'string' && record.media.trim() ? decodeEntities(record.media.trim()) : undefined;
  return { result: builder.result({ ...meta, title: meta.title ?? '', mediaRef }), notes };
};
