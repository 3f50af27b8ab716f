import path from 'node:path';
import type { InterviewFormat } from './types';

const byExtension: Record<string, InterviewFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
  '.vtt': 'vtt',
  '.srt': 'srt',
  '.xml': 'ohms',
  '.csv': 'csv',
  '.textgrid': 'textgrid',
  '.eaf': 'eaf',
  '.trs': 'trs',
  '.otr': 'otr',
};

/**
 * Files that are no one's interview and need no word: Testimony's own sidecars and alias list,
 * catalogue sidecars, and what file managers and editors leave behind.
 */
const QUIET_NAMES = /^(?:metadata\.json|testimony-aliases\.json|thumbs\.db|desktop\.ini|icon\r)$|\.testimony\.json$|~$|\.(?:bak|tmp|swp|part|crdownload)$/i;

/**
 * The format a file is read as, judged by its extension; undefined for files that are not
 * interviews. `.xml` is only a candidate: `isOhmsXml` confirms it from the content.
 */
export function formatOf(filePath: string): InterviewFormat | undefined {
  return byExtension[path.extname(filePath).toLowerCase()];
}

/** Why a file of another type is listed under "Archive problems"; undefined for the quiet ones. */
export function notReadReason(filePath: string): string | undefined {
  const name = path.basename(filePath);
  if (QUIET_NAMES.test(name)) return undefined;
  const extension = path.extname(name).toLowerCase();
  return extension.length > 1 ? `not an interview format Testimony reads (${extension})` : 'not an interview format Testimony reads (a file without an extension)';
}

/** True when the head of an XML file shows an OHMS record (`<ohms>` or `<ROOT>` with `<record>`). */
export function isOhmsXml(head: string): boolean {
  const withoutProlog = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '').trimStart();
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(withoutProlog)?.[1]?.toLowerCase();
  if (root === 'ohms') return true;
  return root === 'root' && /<record[\s>]/.test(withoutProlog);
}

/**
 * Why an `.xml` file is not read as an interview, judged from its head: the researcher sees it
 * under "Archive problems" instead of the file vanishing. Undefined when it is OHMS.
 */
export function notOhmsReason(head: string): string | undefined {
  if (!head.trim()) return 'an empty XML file: nothing to read';
  if (/<!DOCTYPE[^>]*\[|<!ENTITY/i.test(head)) return 'the XML declares entities in a DOCTYPE: refused, entities are never expanded (XML entity attacks)';
  if (isOhmsXml(head)) return undefined;
  return 'an XML file that is not an OHMS record: Testimony reads only OHMS XML (save other transcripts as .txt)';
}
