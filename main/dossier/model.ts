/**
 * The dossier model: everything the PDF shows, already chosen and ordered by the researcher.
 * It is plain data (no references into the archive), so any host can build it, validate it at
 * its border with `DossierDocumentSchema`, and hand it to `renderDossier`.
 */
import { z } from 'zod';
import { CitationStyleId } from '../../preload/contract/dossier';

const nonEmpty = z.string().min(1);

export const LinkTypeSchema = z.enum(['supports', 'contradicts', 'same event', 'see also']);
export type LinkType = z.infer<typeof LinkTypeSchema>;

export const CitationSchema = z.object({
  interviewTitle: nonEmpty,
  interviewee: z.string().optional(),
  interviewer: z.string().optional(),
  date: z.string().optional(),
  place: z.string().optional(),
  /** The source or publisher: the archive or collection that keeps the interview. */
  publisher: z.string().optional(),
  url: z.string().optional(),
  /** The person speaking in the passage, by name (never a turn label such as "Q" or "پاسخ"). */
  speaker: z.string().optional(),
  /** Who speaks when the transcript only says "Q" or "A" and the metadata has no name for them. */
  role: z.enum(['interviewer', 'interviewee']).optional(),
  /** 1-based paragraph (passage) number in the interview. */
  passage: z.number().int().positive().optional(),
  /** Seconds from the start of the recording. */
  time: z.number().nonnegative().optional(),
  file: nonEmpty,
  /** The interview's recording in the archive, where it has one: the timecode is a place in it. */
  media: z.string().optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const ExcerptBlockSchema = z.object({
  kind: z.literal('excerpt'),
  id: nonEmpty,
  quote: nonEmpty,
  /** Context shown in grey around the highlighted quote. */
  before: z.string().optional(),
  after: z.string().optional(),
  note: z.string().optional(),
  codes: z.array(nonEmpty).optional(),
  citation: CitationSchema,
  links: z
    .array(z.object({ type: LinkTypeSchema, targetExcerptId: nonEmpty, note: z.string().optional() }))
    .optional(),
  /** Names of people, places, organisations mentioned: they make the index at the back. */
  entities: z.array(nonEmpty).optional(),
});
export type ExcerptBlock = z.infer<typeof ExcerptBlockSchema>;

export const ClaimRowSchema = z.object({
  value: nonEmpty,
  unit: z.string().optional(),
  asOf: z.string().optional(),
  source: nonEmpty,
  excerptId: z.string().optional(),
  conflict: z.boolean().optional(),
});
export type ClaimRow = z.infer<typeof ClaimRowSchema>;

export const ClaimsBlockSchema = z.object({
  kind: z.literal('claims'),
  about: nonEmpty,
  rows: z.array(ClaimRowSchema),
});
export type ClaimsBlock = z.infer<typeof ClaimsBlockSchema>;

export const MemoBlockSchema = z.object({ kind: z.literal('memo'), title: nonEmpty, body: z.string() });
export type MemoBlock = z.infer<typeof MemoBlockSchema>;

export const ParagraphBlockSchema = z.object({ kind: z.literal('paragraph'), text: z.string() });
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;

export const DossierBlockSchema = z.discriminatedUnion('kind', [
  ExcerptBlockSchema,
  ClaimsBlockSchema,
  MemoBlockSchema,
  ParagraphBlockSchema,
]);
export type DossierBlock = z.infer<typeof DossierBlockSchema>;

export const DossierSectionSchema = z.object({
  id: nonEmpty,
  title: nonEmpty,
  intro: z.string().optional(),
  blocks: z.array(DossierBlockSchema),
});
export type DossierSection = z.infer<typeof DossierSectionSchema>;

export const DossierOptionsSchema = z.object({
  includeNotes: z.boolean(),
  includeCodes: z.boolean(),
  includeMemos: z.boolean(),
  pageNumbers: z.boolean(),
  /** Tagged PDF (structure tree, language) for screen readers. */
  tagged: z.boolean(),
  /** PDF/A identification for archiving (PDF/A-2a when tagged, PDF/A-1b otherwise). */
  pdfa: z.boolean(),
  appendixInterviews: z.boolean(),
});
export type DossierOptions = z.infer<typeof DossierOptionsSchema>;

export const AppendixInterviewSchema = z.object({ title: nonEmpty, meta: z.string(), text: z.string() });
export type AppendixInterview = z.infer<typeof AppendixInterviewSchema>;

/** A name the index looks for on every page, with the other spellings that mean the same. */
export const IndexNameSchema = z.object({ name: nonEmpty, aliases: z.array(nonEmpty).optional() });
export type IndexName = z.infer<typeof IndexNameSchema>;

export const DossierDocumentSchema = z
  .object({
    title: nonEmpty,
    /** As the researcher typed it; empty when they left it blank (never a login name). */
    author: z.string(),
    date: z.iso.date().or(z.iso.datetime({ offset: true })),
    purpose: z.string().optional(),
    paper: z.enum(['A4', 'Letter']),
    language: z.enum(['en', 'fa']).optional(),
    citationStyle: CitationStyleId.optional(),
    options: DossierOptionsSchema,
    sections: z.array(DossierSectionSchema),
    appendix: z.array(AppendixInterviewSchema).optional(),
    /** People, places and organisations for the index of names (excerpts' `entities` join them). */
    names: z.array(IndexNameSchema).optional(),
  })
  .superRefine((doc, ctx) => {
    const ids = new Set<string>();
    for (const section of doc.sections) {
      for (const block of section.blocks) {
        if (block.kind !== 'excerpt') continue;
        if (ids.has(block.id)) ctx.addIssue({ code: 'custom', message: `Excerpt id "${block.id}" is used twice.` });
        ids.add(block.id);
      }
    }
  });
export type DossierDocument = z.infer<typeof DossierDocumentSchema>;
