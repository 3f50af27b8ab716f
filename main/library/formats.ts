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
};

/**
 * The format a file is read as, judged by its extension; undefined for files that are not
 * interviews. `.xml` is only a candidate: `isOhmsXml` confirms it from the content.
 */
export function formatOf(filePath: string): InterviewFormat | undefined {
  return byExtension[path.extname(filePath).toLowerCase()];
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
