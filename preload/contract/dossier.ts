import type { z } from 'zod';

/** Dossier calls (definitions, export, preview). Filled in by the dossier feature. */
export const dossierCalls = {} as const;
export const dossierEvents = {} as const satisfies Record<string, z.ZodType>;
