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
