import { z } from 'zod';

/** Errors cross the border as data, never as thrown exceptions (Signal's result envelopes). */
export const ErrorInfo = z.object({
  /** Machine-readable kind: 'invalid-input' | 'not-found' | 'query' | 'busy' | 'internal' | … */
  code: z.string(),
  /** One calm sentence a researcher can act on. */
  message: z.string(),
});
export type ErrorInfo = z.infer<typeof ErrorInfo>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export const Id = z.string().min(1).max(200);
export const Offset = z.number().int().min(0);
/** ISO date, as precise as known: 2008, 2008-01 or 2008-01-26. */
export const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date like 2008-01-26');

/** A row of the contract: what a call takes and what it answers. */
export function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const none = z.object({}).strict();
export const byId = z.object({ id: Id }).strict();
export const ok = z.object({ ok: z.literal(true) });
