/**
 * Applies metadata from outside the interview files on every read: catalogue rows (through
 * their saved mappings), then the researcher's sidecar edits, over what the readers found.
 * Runs where the archive is read (the read worker), after the catalog cache, so cached reader
 * output stays the file's own and an edit never needs the file read again.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ArchiveProblem, Interview } from '../../library/types';
import { CatalogueStore, keysFor, readCatalogueCsv, rowFields } from './catalogue';
import { FIELD_NAMES, type MetadataFields } from './fields';
import { readEdits } from './sidecar';
import { SIDECAR_SUFFIX, sidecarsIn } from './layersPresent';
import { verbatimInterview } from './verbatim';

export interface MetadataLayers {
  /** Catalogue row fields per interview path. */
  catalogue: Map<string, MetadataFields>;
  /** Paths of the CSV files used as catalogues: not interviews. */
  catalogueFiles: Set<string>;
  problems: ArchiveProblem[];
}

/** Reads every saved catalogue once and maps its rows to interview paths. */
export function loadCatalogues(root: string, dataDir: string, paths: string[]): MetadataLayers {
  const catalogue = new Map<string, MetadataFields>();
  const catalogueFiles = new Set<string>();
  const problems: ArchiveProblem[] = [];
  for (const mapping of new CatalogueStore(dataDir).list()) {
    catalogueFiles.add(mapping.csv);
    try {
      const { rows } = readCatalogueCsv(path.join(root, ...mapping.csv.split('/')));
      const byKey = new Map<string, MetadataFields>();
      for (const row of rows) {
        const { file, fields } = rowFields(row, mapping.columns);
        if (file) byKey.set(file.normalize('NFC').toLowerCase(), fields);
      }
      for (const p of paths) {
        const hit = keysFor(p, mapping.csv).map((k) => byKey.get(k)).find(Boolean);
        if (hit) catalogue.set(p, { ...catalogue.get(p), ...hit });
      }
    } catch (error) {
      problems.push({ path: mapping.csv, reason: `the catalogue could not be read (${error instanceof Error ? error.message : 'unreadable'}); its metadata is not applied`, severity: 'warning' });
    }
  }
  return { catalogue, catalogueFiles, problems };
}

/**
 * Applies `layers` of fields in order (later wins; '' clears a field) to an interview fresh from
 * a read, in place: a lazy interview keeps its text on disk and its place in the text store.
 */
export function withFields(interview: Interview, ...layers: MetadataFields[]): Interview {
  const out = interview;
  const fileTitle = interview.title;
  const record = out as unknown as Record<string, unknown>;
  for (const layer of layers) {
    for (const name of FIELD_NAMES) {
      const value = layer[name];
      if (value === undefined) continue;
      if (value === '' || (Array.isArray(value) && value.length === 0)) delete record[name];
      else record[name] = value;
    }
  }
  if (!out.title?.trim()) out.title = fileTitle || path.posix.basename(interview.path);
  const applied = layers.filter((l) => Object.keys(l).length > 0);
  if (applied.length) out.metaKey = createHash('sha1').update(JSON.stringify(applied)).digest('hex').slice(0, 16);
  else delete out.metaKey;
  return out;
}

export async function applyMetadata(
  root: string,
  dataDir: string,
  interviews: Interview[],
  problems: ArchiveProblem[],
  sidecars = sidecarsIn(root, interviews.map((i) => i.path)),
): Promise<{ interviews: Interview[]; problems: ArchiveProblem[] }> {
  const paths = interviews.map((i) => i.path);
  const layers = loadCatalogues(root, dataDir, paths);
  const out: Interview[] = [];
  const extra: ArchiveProblem[] = [...layers.problems];
  for (const interview of interviews) {
    if (layers.catalogueFiles.has(interview.path)) continue;
    const hasSidecar = sidecars.has(`${interview.path}${SIDECAR_SUFFIX}`);
    const abs = path.join(root, ...interview.path.split('/'));
    const { fields, verbatim, problem } = hasSidecar ? readEdits(abs) : { fields: {} };
    if (problem) extra.push({ path: interview.path, reason: problem, severity: 'warning' });
    const catalogue = layers.catalogue.get(interview.path);
    const base = verbatim ? await verbatimInterview(interview, abs).catch(() => interview) : interview;
    out.push(catalogue || hasSidecar ? withFields(base, catalogue ?? {}, fields) : base);
  }
  return { interviews: out, problems: [...problems.filter((p) => !layers.catalogueFiles.has(p.path)), ...extra] };
}
