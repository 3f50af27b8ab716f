import { z } from 'zod';
import { ENTITY_KINDS } from './aliases';

export const EntityKindSchema = z.enum(ENTITY_KINDS);

/** `testimony-aliases.json`: the names an archive ships with (see AliasBook). */
export const AliasFile = z.object({
  format: z.literal('testimony-aliases'),
  version: z.literal(1),
  entities: z.array(z.object({ name: z.string().min(1).max(300), kind: EntityKindSchema, aliases: z.array(z.string().min(1).max(300)).max(500) })).max(50_000),
});
