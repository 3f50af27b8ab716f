import { z } from 'zod';
import { byId, call, Id, none, ok } from './common';

/** Where a section's content comes from: the researcher's words for it, stored in the definition. */
export const DossierSource = z.discriminatedUnion('kind', [
  /** The passages that match a saved search, ranked, at most `limit`. */
  z.object({ kind: z.literal('query'), query: z.string().trim().min(1).max(1000), limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  /** Every annotation with this code or one of its sub-codes. */
  z.object({ kind: z.literal('code'), codeId: Id }).strict(),
  /** Annotations the researcher picked one by one, in this order. */
  z.object({ kind: z.literal('annotations'), ids: z.array(Id).max(5000) }).strict(),
  /** Whole interviews, printed in the appendix. */
  z.object({ kind: z.literal('interviews'), ids: z.array(Id).max(1000) }).strict(),
  /** The claims table: every group of claims, side by side, with the passages they cite. */
  z.object({ kind: z.literal('claims') }).strict(),
  /** The passages that name a person, place or organisation (any of its aliases). */
  z.object({ kind: z.literal('entity'), entityId: Id, limit: z.number().int().min(1).max(10_000).optional() }).strict(),
]);
export type DossierSource = z.infer<typeof DossierSource>;

export const DossierSectionDef = z.object({
  id: Id,
  title: z.string().trim().min(1).max(300),
  intro: z.string().max(20_000).optional(),
  source: DossierSource,
}).strict();
export type DossierSectionDef = z.infer<typeof DossierSectionDef>;

export const DossierDefOptions = z.object({
  includeNotes: z.boolean(),
  includeCodes: z.boolean(),
  includeMemos: z.boolean(),
  pageNumbers: z.boolean(),
  tagged: z.boolean(),
  pdfa: z.boolean(),
  appendixInterviews: z.boolean(),
}).strict();

/**
 * How the dossier cites its sources: Testimony's own form, or an official CSL style run by
 * citeproc-js (the styles ship offline with the app).
 */
export const CITATION_STYLES = ['testimony', 'chicago-author-date', 'apa'] as const;
export const CitationStyleId = z.enum(CITATION_STYLES);
export type CitationStyleId = z.infer<typeof CitationStyleId>;

/** A dossier as the researcher defined it: saved with the archive, re-exported at any time. */
export const DossierDefinition = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'a dossier id'),
  title: z.string().trim().min(1).max(300),
  /** As the researcher typed it: may be empty, never filled in from the computer's login. */
  author: z.string().trim().max(300),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-01-31'),
  purpose: z.string().max(5000).optional(),
  paper: z.enum(['A4', 'Letter']),
  language: z.enum(['en', 'fa']),
  /** Absent in definitions saved before styles existed: Testimony's own form. */
  citationStyle: CitationStyleId.optional(),
  options: DossierDefOptions,
  sections: z.array(DossierSectionDef).max(200),
  modified: z.string().max(40).optional(),
}).strict();
export type DossierDefinition = z.infer<typeof DossierDefinition>;

export const DossierSummary = z.object({ id: z.string(), title: z.string(), sections: z.number().int(), modified: z.string().optional() });
export type DossierSummary = z.infer<typeof DossierSummary>;

/** What will be printed, section by section: computed by the same builder as the export. */
export const DossierOutline = z.object({
  sections: z.array(z.object({
    id: z.string(),
    title: z.string(),
    excerpts: z.number().int(),
    quotes: z.array(z.string()),
    /** Why a section prints nothing, or prints less than asked. */
    notice: z.string().optional(),
  })),
  excerpts: z.number().int(),
  interviews: z.number().int(),
  appendix: z.number().int(),
});
export type DossierOutline = z.infer<typeof DossierOutline>;

export const ExportId = z.string().regex(/^[a-f0-9]{32}$/, 'an export id');

export const DossierExport = z.object({ exportId: ExportId, fileName: z.string(), pages: z.number().int(), excerpts: z.number().int(), ms: z.number() });
export type DossierExport = z.infer<typeof DossierExport>;

/** How an exported PDF reached the researcher: a native save dialog, or a download the page performs. */
export const DossierDelivery = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), fileName: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('download'), url: z.string(), fileName: z.string() }),
]);
export type DossierDelivery = z.infer<typeof DossierDelivery>;

const byExport = z.object({ exportId: ExportId }).strict();

/** Dossier calls: definitions, outline, export with progress and cancel, delivery, preview bytes. */
export const dossierCalls = {
  'dossier.list': call(none, z.array(DossierSummary)),
  'dossier.get': call(byId, DossierDefinition),
  'dossier.create': call(z.object({ title: z.string().trim().min(1).max(300), language: z.enum(['en', 'fa']).optional() }).strict(), DossierDefinition),
  'dossier.update': call(DossierDefinition, DossierDefinition),
  'dossier.delete': call(byId, ok),
  /** Appends an annotation to the dossier's "Selected annotations" section (made when missing). */
  'dossier.addAnnotation': call(z.object({ id: Id, annotationId: Id }).strict(), DossierDefinition),
  'dossier.outline': call(DossierDefinition, DossierOutline),
  'dossier.export': call(byId, DossierExport),
  /** Stops the running export of this dossier; the pending export call then fails with 'cancelled'. */
  'dossier.cancel': call(byId, ok),
  'dossier.saveAs': call(byExport, DossierDelivery),
  /** The exported PDF's bytes (base64), for the preview. */
  'dossier.pdf': call(byExport, z.object({ base64: z.string(), fileName: z.string() })),
} as const;

export const dossierEvents = {
  'dossier.progress': z.object({ id: z.string(), fraction: z.number().min(0).max(1) }),
} as const satisfies Record<string, z.ZodType>;
