import type { z } from 'zod';

/** Cross-referencing calls (entities, links, claims, views). Filled in by the xref feature. */
export const xrefCalls = {} as const;
export const xrefEvents = {} as const satisfies Record<string, z.ZodType>;
