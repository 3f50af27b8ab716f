/**
 * What REFI-QDA carries that the annotation store does not: the users who made codings and
 * notes in other tools, which annotation or memo each made, and which codes are categories
 * only (isCodable="false"). Kept in <dataDir>/exchange.json, written crash-safely, so a project
 * that came in goes out again with its people and categories.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../annotations/store/snapshot';

const StateSchema = z.object({
  format: z.literal('testimony-exchange'),
  version: z.literal(1),
  users: z.array(z.object({ guid: z.string(), name: z.string() })),
  /** Annotation or memo id → the guid of the user who made it. */
  creators: z.record(z.string(), z.string()),
  /** Code ids that only group other codes. */
  categories: z.array(z.string()),
});
export type ExchangeState = z.infer<typeof StateSchema>;

const empty = (): ExchangeState => ({ format: 'testimony-exchange', version: 1, users: [], creators: {}, categories: [] });

export class ExchangeStateFile {
  readonly file: string;
  problem: string | undefined;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'exchange.json');
  }

  read(): ExchangeState {
    if (!existsSync(this.file)) return empty();
    try {
      return StateSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch (error) {
      this.problem = `exchange.json could not be read (${error instanceof Error ? error.message.slice(0, 120) : 'damaged'}); users and categories from imported projects are not known`;
      return empty();
    }
  }

  /** Adds what an import brought; never forgets what earlier imports recorded. */
  merge(add: Partial<Omit<ExchangeState, 'format' | 'version'>>): void {
    const state = this.read();
    const users = new Map(state.users.map((u) => [u.guid, u]));
    for (const user of add.users ?? []) users.set(user.guid, user);
    const next: ExchangeState = {
      ...state,
      users: [...users.values()],
      creators: { ...state.creators, ...add.creators },
      categories: [...new Set([...state.categories, ...(add.categories ?? [])])],
    };
    writeFileDurably(this.file, `${JSON.stringify(next, null, 1)}\n`);
  }
}
