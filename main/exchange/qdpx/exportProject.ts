/** `.qdpx` (the whole project) and `.qdc` (the codebook alone) from an open archive. */
import type { Workspace } from '../../workspace';
import { projectFromWorkspace } from './fromWorkspace';
import type { ExchangeProject } from './model';
import { codeTree, writeProject } from './writeProject';
import { el, serialize } from './xml';
import { zipFiles } from './zip';
import { ExchangeError } from '../errors';

export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

export interface ExportCounts {
  sources: number;
  codes: number;
  codings: number;
  notes: number;
}

export function countsOf(project: ExchangeProject): ExportCounts {
  return {
    sources: project.sources.length,
    codes: project.codes.length,
    codings: project.sources.reduce((n, s) => n + s.selections.reduce((m, sel) => m + sel.codes.length, 0), 0),
    notes: project.notes.length + project.sources.reduce((n, s) => n + s.selections.filter((sel) => sel.description).length, 0),
  };
}

export function qdpxFromProject(project: ExchangeProject): Promise<Buffer> {
  const { xml, files } = writeProject(project);
  return zipFiles(new Map<string, string>([['project.qde', xml], ...files]));
}

export function qdcFromProject(project: ExchangeProject): string {
  return serialize(el('CodeBook', { origin: project.origin }, [el('Codes', {}, codeTree(project.codes))]), { xmlns: CODEBOOK_NS });
}

export async function exportQdpx(ws: Workspace): Promise<{ data: Buffer; counts: ExportCounts; fileName: string }> {
  const project = await projectFromWorkspace(ws);
  return { data: await qdpxFromProject(project), counts: countsOf(project), fileName: `${project.name}.qdpx` };
}

export async function exportQdc(ws: Workspace): Promise<{ text: string; counts: ExportCounts; fileName: string }> {
  const project = await projectFromWorkspace(ws);
  if (project.codes.length === 0) throw new ExchangeError('The codebook is empty: there are no codes to export yet.');
  const counts = { sources: 0, codes: project.codes.length, codings: 0, notes: 0 };
  return { text: qdcFromProject(project), counts, fileName: `${project.name}-codebook.qdc` };
}
