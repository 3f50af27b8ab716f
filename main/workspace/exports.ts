import { basename } from 'node:path';
import type { Workspace } from '../workspace';
import { exportW3C, type MediaSpan } from '../annotations/w3c';
import type { Annotation } from '../annotations/model';
import { exportCsv, exportMarkdown } from '../annotations/tabular';

export type ExportFormat = 'w3c' | 'csv' | 'md';

/** Every annotation of the archive, in a format that outlives the app. */
export async function exportAnnotations(ws: Workspace, format: ExportFormat): Promise<{ text: string; fileName: string }> {
  await ws.ready;
  const store = ws.annotations.store;
  const annotations = store.listAnnotations();
  const codesById = new Map(store.listCodes().map((c) => [c.id, c]));
  const lookup = (id: string) => {
    try {
      return ws.interview(id);
    } catch {
      return undefined;
    }
  };
  const name = `${basename(ws.root)}-annotations`;
  if (format === 'w3c') {
    // The time spans come from where each annotation sits in the current text (re-anchored).
    const spans = new Map(ws.annotations.list({}).map((v) => [v.id, v.timeSpan]));
    const mediaOf = (a: Annotation): MediaSpan | undefined => {
      const media = lookup(a.interviewId)?.media;
      const span = spans.get(a.id);
      return media && span ? { ...media, ...span } : undefined;
    };
    const text = JSON.stringify(exportW3C(annotations, lookup, codesById, { label: `Annotations of ${basename(ws.root)}`, mediaOf }), null, 2);
    return { text, fileName: `${name}.jsonld` };
  }
  if (format === 'csv') return { text: exportCsv(annotations, lookup, codesById), fileName: `${name}.csv` };
  return { text: exportMarkdown(annotations, lookup, codesById), fileName: `${name}.md` };
}
