/** The interview metadata a researcher can edit, as stored in sidecars and sent over the contract. */
import { z } from 'zod';

const text = z.string().max(2000);

/**
 * Edited fields: a field that is absent keeps what the file or catalogue says; an empty string
 * clears it (the reader guessed wrong and there is no right value).
 */
export const MetadataFieldsSchema = z.object({
  title: text.optional(),
  interviewee: text.optional(),
  interviewer: text.optional(),
  /** YYYY, YYYY-MM or YYYY-MM-DD: the precision is the date's length. */
  date: z.union([z.literal(''), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date like 2008, 2008-01 or 2008-01-26')]).optional(),
  place: text.optional(),
  language: z.string().max(35).optional(),
  tags: z.array(z.string().trim().min(1).max(200)).max(200).optional(),
  publisher: text.optional(),
  rights: text.optional(),
  url: text.optional(),
  extra: z.record(z.string().trim().min(1).max(100), z.string().max(2000)).optional(),
}).strict();
export type MetadataFields = z.infer<typeof MetadataFieldsSchema>;

export const FIELD_NAMES = ['title', 'interviewee', 'interviewer', 'date', 'place', 'language', 'tags', 'publisher', 'rights', 'url', 'extra'] as const;

/** Drops fields that say nothing (undefined), keeping explicit clears (''), so two edits compare equal when they mean the same. */
export function compactFields(fields: MetadataFields): MetadataFields {
  const out: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const value = fields[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) out[name] = value.map((t) => t.trim()).filter(Boolean);
    else if (typeof value === 'object') {
      const entries = Object.entries(value).filter(([k]) => k.trim());
      if (entries.length) out[name] = Object.fromEntries(entries);
    } else out[name] = value.trim();
  }
  return out as MetadataFields;
}
