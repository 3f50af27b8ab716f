import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { cleanName, languageCode, parseDate, readingOrder } from '../metadata';
import type { InterviewMeta } from '../types';

const MAX_SIDECAR_BYTES = 4 * 1024 * 1024;

/**
 * Catalogue metadata for a file from a `metadata.json` beside it (a list of records keyed by
 * `objectid`, as the Idaho collection ships it). Missing or malformed sidecars give nothing.
 */
export async function sidecarMeta(absPath: string): Promise<Partial<InterviewMeta> & { originalLanguage?: string; mediaRef?: string }> {
  const file = path.join(path.dirname(absPath), 'metadata.json');
  try {
    if ((await stat(file)).size > MAX_SIDECAR_BYTES) return {};
    const records: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (!Array.isArray(records)) return {};
    const id = path.basename(absPath, path.extname(absPath));
    const record = records.find((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && (r as Record<string, unknown>).objectid === id);
    if (!record) return {};
    const text = (key: string): string | undefined => (typeof record[key] === 'string' && record[key] ? (record[key] as string) : undefined);
    return {
      title: text('title'),
      interviewee: readingOrder(cleanName(text('interviewee'))),
      interviewer: readingOrder(cleanName(text('interviewer'))),
      date: parseDate(text('date') ?? text('archival_date')),
      place: text('location'),
      originalLanguage: languageCode(text('language')),
      mediaRef: text('media') ?? text('audio') ?? text('recording'),
    };
  } catch {
    return {};
  }
}
