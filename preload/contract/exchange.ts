import { z } from 'zod';
import { call, Id, none } from './common';

/** Interview metadata a researcher edits ('' clears a field the file guessed wrong). */
export const MetadataFields = z.object({
  title: z.string().max(2000).optional(),
  interviewee: z.string().max(2000).optional(),
  interviewer: z.string().max(2000).optional(),
  date: z.union([z.literal(''), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date like 2008, 2008-01 or 2008-01-26')]).optional(),
  place: z.string().max(2000).optional(),
  language: z.string().max(35).optional(),
  tags: z.array(z.string().trim().min(1).max(200)).max(200).optional(),
  publisher: z.string().max(2000).optional(),
  rights: z.string().max(2000).optional(),
  url: z.string().max(2000).optional(),
  extra: z.record(z.string().trim().min(1).max(100), z.string().max(2000)).optional(),
}).strict();
export type MetadataFields = z.infer<typeof MetadataFields>;

export const CatalogueField = z.enum(['file', 'title', 'interviewee', 'interviewer', 'date', 'place', 'language', 'tags', 'publisher', 'rights', 'url']);
const Columns = z.record(z.string().max(300), CatalogueField);

export const ExchangeCounts = z.object({ sources: z.number().int(), codes: z.number().int(), codings: z.number().int(), notes: z.number().int() });

export const ImportReport = ExchangeCounts.extend({
  skipped: z.array(z.object({ what: z.string(), why: z.string() })),
  folder: z.string(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const CataloguePreview = z.object({
  csv: z.string(),
  headers: z.array(z.string()),
  columns: Columns,
  rows: z.number().int(),
  matched: z.number().int(),
  sample: z.array(z.record(z.string(), z.string())),
  saved: z.boolean(),
});
export type CataloguePreview = z.infer<typeof CataloguePreview>;

/** Exchange with other tools: REFI-QDA projects and codebooks, metadata edits, catalogues, citations. */
export const exchangeCalls = {
  /** The whole project (.qdpx, base64) or the codebook alone (.qdc, as text in base64 too). */
  'exchange.export': call(z.object({ format: z.enum(['qdpx', 'qdc']) }).strict(), ExchangeCounts.extend({ base64: z.string(), fileName: z.string() })),
  'exchange.import': call(z.object({ base64: z.string().max(200_000_000), fileName: z.string().max(500) }).strict(), ImportReport),
  'metadata.get': call(z.object({ id: Id }).strict(), z.object({ fromFile: MetadataFields, catalogue: MetadataFields, edits: MetadataFields, current: MetadataFields, sidecar: z.string() })),
  /** Replaces the interview's edits; undo sends the previous edits back. */
  'metadata.save': call(z.object({ id: Id, edits: MetadataFields }).strict(), z.object({ current: MetadataFields })),
  'catalogue.preview': call(z.object({ csv: z.string().min(1).max(1000), columns: Columns.optional() }).strict(), CataloguePreview),
  'catalogue.save': call(z.object({ csv: z.string().min(1).max(1000), columns: Columns }).strict(), z.object({ matched: z.number().int() })),
  /** CSV files of the archive that could be catalogues (not read as transcripts, or already mapped). */
  'catalogue.candidates': call(none, z.array(z.object({ csv: z.string(), saved: z.boolean() }))),
  'citations.export': call(
    z.object({ format: z.enum(['csl-json', 'ris', 'bibtex']), ids: z.array(Id).max(20_000).optional(), dossierId: Id.optional() }).strict(),
    z.object({ text: z.string(), fileName: z.string(), count: z.number().int() }),
  ),
} as const;
