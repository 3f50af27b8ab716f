import matter from 'gray-matter';
import { cleanName, languageCode, parseDate } from '../metadata';
import { readTextFile } from '../readText';
import type { InterviewMeta, ReadResult } from '../types';
import type { Reader } from './reader';
import { readPlainText } from './plainText';
import { markdownToText } from './markdownText';
import { markdownDepth } from './markdownDepth';
import { READ_LIMITS } from '../budget/limits';

function refuseCode(): never {
  throw new Error('JavaScript front matter is not run');
}

function field(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  return undefined;
}

/** Tags as a YAML list or a comma-separated string, under any of the usual keys. */
function tags(data: Record<string, unknown>): string[] | undefined {
  const out = ['tags', 'keywords', 'subjects'].flatMap((key) => {
    const value = data[key];
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;]/) : [];
    return items.filter((t): t is string | number => typeof t === 'string' || typeof t === 'number').map((t) => String(t).trim()).filter(Boolean);
  });
  return out.length > 0 ? [...new Set(out)] : undefined;
}

/** Markdown with optional front matter; front matter wins over what the text suggests. */
export const readMd: Reader = async ({ absPath, capBytes, root, noFollow }) => {
  const { text, notes } = await readTextFile(absPath, capBytes, root, noFollow);
  let data: Record<string, unknown> = {};
  let body = text;
  try {
    // Passing options keeps gray-matter from caching every file's content; the `---js` engine
    // would evaluate the front matter as code, so it is refused.
    const parsed = matter(text, { engines: { js: refuseCode, javascript: refuseCode } });
    data = parsed.data as Record<string, unknown>;
    body = parsed.content;
  } catch (error) {
    notes.push(`front matter ignored: ${error instanceof Error ? error.message.split('\n')[0] : 'invalid YAML'}`);
    body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  }
  const heading = /^ {0,3}#[ \t]+(.+)$/m.exec(body)?.[1]?.trim();
  // A first heading that repeats the front matter's title is metadata, not testimony (and a
  // title such as "Leaving Camp Ashraf: …" would otherwise read as a speaker turn).
  const titled = field(data, 'title');
  if (heading && titled && heading.replace(/[#*_`]/g, '').trim() === titled) body = body.replace(/^ {0,3}#[ \t]+.+$/m, '');
  // Deeply nested lists would take marked minutes: such a file is read as plain text instead.
  const depth = markdownDepth(body);
  const deep = depth > READ_LIMITS.markdownDepth;
  if (deep) notes.push(`lists or quotes nested ${depth} levels deep (more than ${READ_LIMITS.markdownDepth}): read as plain text, without Markdown structure`);
  const { builder, meta } = readPlainText(deep ? body : markdownToText(body), capBytes);
  const front: Partial<InterviewMeta> = {
    title: field(data, 'title'),
    interviewee: cleanName(field(data, 'interviewee')),
    interviewer: cleanName(field(data, 'interviewer')),
    date: parseDate(field(data, 'date')),
    place: field(data, 'place') ?? field(data, 'location'),
    language: languageCode(field(data, 'language') ?? field(data, 'lang')),
  };
  const merged: Omit<ReadResult, 'text' | 'passages'> = { title: front.title ?? meta.title ?? heading ?? '' };
  for (const key of ['interviewee', 'interviewer', 'date', 'place', 'language'] as const) merged[key] = front[key] ?? meta[key];
  const tagged = tags(data);
  if (tagged) merged.tags = tagged;
  const media = field(data, 'media') ?? field(data, 'audio') ?? field(data, 'video') ?? field(data, 'recording');
  if (media) merged.mediaRef = media;
  return { result: builder.result(merged), notes };
};
