/** Citations for chosen interviews, or for the sources of a dossier, in the reference managers' formats. */
import type { Workspace } from '../../workspace';
import type { Interview } from '../../library/types';
import { DefinitionStore } from '../../dossier/fromArchive/definitions';
import { ExchangeError } from '../errors';
import { toBibtex } from './bibtex';
import { cslItem } from './csl';
import { toRis } from './ris';

export type CitationFormat = 'csl-json' | 'ris' | 'bibtex';
const EXTENSION: Record<CitationFormat, string> = { 'csl-json': 'json', ris: 'ris', bibtex: 'bib' };

/** The interviews a dossier cites: whole interviews, and those its annotation, code and search sections quote. */
async function dossierInterviews(ws: Workspace, dossierId: string): Promise<string[]> {
  const def = new DefinitionStore(ws.dataDir).get(dossierId);
  if (!def) throw new ExchangeError('That dossier was not found.');
  const ids = new Set<string>();
  const store = ws.annotations.store;
  for (const { source } of def.sections) {
    if (source.kind === 'interviews') source.ids.forEach((id) => ids.add(id));
    if (source.kind === 'annotations') source.ids.forEach((id) => { const a = store.getAnnotation(id); if (a) ids.add(a.interviewId); });
    if (source.kind === 'code') store.listAnnotations({ codeId: source.codeId }).forEach((a) => ids.add(a.interviewId));
    if (source.kind === 'query') (await ws.search(source.query, { limit: source.limit ?? 500, offset: 0, filters: {} })).hits.forEach((h) => ids.add(h.id));
  }
  return [...ids];
}

export async function exportCitations(ws: Workspace, format: CitationFormat, choice: { ids?: string[]; dossierId?: string }): Promise<{ text: string; fileName: string; count: number }> {
  await ws.ready;
  const ids = choice.dossierId ? await dossierInterviews(ws, choice.dossierId) : choice.ids?.length ? choice.ids : ws.list().map((i) => i.id);
  const interviews: Interview[] = ids.map((id) => ws.interview(id)).sort((a, b) => a.title.localeCompare(b.title));
  if (interviews.length === 0) throw new ExchangeError('There are no interviews to cite.');
  const text = format === 'csl-json' ? `${JSON.stringify(interviews.map(cslItem), null, 2)}\n` : format === 'ris' ? toRis(interviews) : toBibtex(interviews);
  return { text, fileName: `citations.${EXTENSION[format]}`, count: interviews.length };
}
