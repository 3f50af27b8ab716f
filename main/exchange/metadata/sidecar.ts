/**
 * The researcher's metadata edits for one interview, in a sidecar beside it:
 * `<name>.<ext>.testimony.json`. The interview file itself is never touched; the sidecar
 * travels with the folder (another machine reads the same edits) and is written crash-safely:
 * a whole new file or the old one, never half of either.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../../annotations/store/snapshot';
import { compactFields, MetadataFieldsSchema, type MetadataFields } from './fields';
import { SIDECAR_SUFFIX } from './layersPresent';

export { SIDECAR_SUFFIX };

const MAX_SIDECAR_BYTES = 1024 * 1024;

const SidecarSchema = z.object({
  format: z.literal('testimony-metadata'),
  version: z.literal(1),
  /** The interview's file name, so a sidecar separated from its file still says whose it is. */
  file: z.string(),
  fields: MetadataFieldsSchema,
  /** The text is read as the file has it, not re-flowed (imported from another tool: see verbatim.ts). */
  verbatim: z.boolean().optional(),
  modified: z.string(),
});

export function sidecarPath(absPath: string): string {
  return `${absPath}${SIDECAR_SUFFIX}`;
}

/** The edits saved for a file; empty when there are none. A damaged sidecar is reported, never fatal. */
export function readEdits(absPath: string): { fields: MetadataFields; verbatim?: boolean; problem?: string } {
  const file = sidecarPath(absPath);
  if (!existsSync(file)) return { fields: {} };
  try {
    if (statSync(file).size > MAX_SIDECAR_BYTES) return { fields: {}, problem: 'its metadata sidecar is larger than 1 MB and was not read' };
    const { fields, verbatim } = SidecarSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return { fields, ...(verbatim ? { verbatim } : {}) };
  } catch (error) {
    const why = error instanceof z.ZodError ? (error.issues[0]?.message ?? 'invalid') : error instanceof Error ? error.message : 'unreadable';
    return { fields: {}, problem: `its metadata sidecar ${path.basename(file)} could not be read (${why.slice(0, 120)}); the file's own metadata is shown` };
  }
}

/** Saves the edits (all of them: this replaces the sidecar); no edits removes the sidecar. */
export function writeEdits(absPath: string, fields: MetadataFields, options: { verbatim?: boolean } = {}): MetadataFields {
  const clean = compactFields(MetadataFieldsSchema.parse(fields));
  const file = sidecarPath(absPath);
  const verbatim = options.verbatim ?? readEdits(absPath).verbatim;
  if (Object.keys(clean).length === 0 && !verbatim) {
    rmSync(file, { force: true });
    return clean;
  }
  const record = { format: 'testimony-metadata', version: 1, file: path.basename(absPath), fields: clean, ...(verbatim ? { verbatim } : {}), modified: new Date().toISOString() };
  writeFileDurably(file, `${JSON.stringify(record, null, 2)}\n`);
  return clean;
}
