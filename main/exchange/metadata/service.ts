/** Reading and saving one interview's metadata edits, and putting the result in place at once. */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Workspace } from '../../workspace';
import { readInterview } from '../../library/readInterview';
import type { Interview } from '../../library/types';
import { CatalogueStore, keysFor, readCatalogueCsv, rowFields, suggestMapping, type CatalogueMapping } from './catalogue';
import { FIELD_NAMES, type MetadataFields } from './fields';
import { loadCatalogues, withFields } from './overlay';
import { readEdits, sidecarPath, writeEdits } from './sidecar';
import { verbatimInterview } from './verbatim';
import { ExchangeError } from '../errors';

function fieldsOf(i: Interview): MetadataFields {
  const out: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) if (i[name] !== undefined) out[name] = i[name];
  return out as MetadataFields;
}

const absOf = (ws: Workspace, i: Interview): string => path.join(ws.root, ...i.path.split('/'));

/** What the file says, what a catalogue says, what the researcher changed, and the result shown everywhere. */
async function layers(ws: Workspace, interview: Interview) {
  const abs = absOf(ws, interview);
  const info = statSync(abs);
  const read = await readInterview({ path: interview.path, absPath: abs, size: info.size, mtimeMs: info.mtimeMs, format: interview.format });
  const edits = readEdits(abs);
  const base = edits.verbatim ? await verbatimInterview(read, abs) : read;
  const catalogue = loadCatalogues(ws.root, ws.dataDir, [interview.path]).catalogue.get(interview.path) ?? {};
  return { base, catalogue, edits: edits.fields };
}

export async function metadataOf(ws: Workspace, id: string) {
  const interview = ws.interview(id);
  const { base, catalogue, edits } = await layers(ws, interview);
  return { fromFile: fieldsOf(base), catalogue, edits, current: fieldsOf(interview), sidecar: path.basename(sidecarPath(absOf(ws, interview))) };
}

/** Replaces the interview's edits (undo saves the previous ones back) and shows the result at once. */
export async function saveMetadata(ws: Workspace, id: string, edits: MetadataFields): Promise<MetadataFields> {
  if (ws.annotations.store.readOnly) throw new ExchangeError('This archive is open read-only (another window holds it), so metadata cannot be changed here.');
  const interview = ws.interview(id);
  const saved = writeEdits(absOf(ws, interview), edits);
  const { base, catalogue } = await layers(ws, interview);
  await ws.replaceInterview(withFields(base, catalogue, saved));
  return fieldsOf(ws.interview(id));
}

/** A catalogue CSV of the archive: its columns, the mapping Testimony suggests (or the saved one), and how many rows name an interview. */
export function previewCatalogue(ws: Workspace, csv: string, columns?: CatalogueMapping['columns']) {
  const rel = csv.replace(/\\/g, '/').replace(/^\/+/, '');
  const abs = path.resolve(ws.root, rel);
  if (!abs.startsWith(ws.root + path.sep) || !/\.csv$/i.test(rel)) throw new ExchangeError('Choose a .csv file inside the archive folder.');
  const { headers, rows } = readCatalogueCsv(abs);
  const saved = new CatalogueStore(ws.dataDir).list().find((c) => c.csv === rel);
  const mapping = columns ?? saved?.columns ?? suggestMapping(headers);
  const keys = new Set(rows.flatMap((r) => { const f = rowFields(r, mapping).file; return f ? [f.normalize('NFC').toLowerCase()] : []; }));
  const matched = ws.list().filter((i) => keysFor(i.path, rel).some((k) => keys.has(k))).length;
  return { csv: rel, headers, columns: mapping, rows: rows.length, matched, sample: rows.slice(0, 3), saved: saved !== undefined };
}

export async function saveCatalogue(ws: Workspace, csv: string, columns: CatalogueMapping['columns']) {
  const preview = previewCatalogue(ws, csv, columns);
  if (!Object.values(columns).includes('file')) throw new ExchangeError('Say which column names the interview file: without it no row can be matched.');
  new CatalogueStore(ws.dataDir).save({ csv: preview.csv, columns, confirmed: new Date().toISOString() });
  await ws.rescan();
  return { matched: preview.matched };
}
