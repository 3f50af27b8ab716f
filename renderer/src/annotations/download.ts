import { request } from '../api/client';
import { saveBlob } from '../shared/saveBlob';

/** Exports every annotation (W3C JSON-LD, CSV or Markdown) and saves it as a file. */
export async function exportAnnotations(format: 'w3c' | 'csv' | 'md'): Promise<string> {
  const { text, fileName } = await request('annotations.export', { format });
  const type = format === 'csv' ? 'text/csv' : format === 'md' ? 'text/markdown' : 'application/ld+json';
  saveBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
  return fileName;
}
