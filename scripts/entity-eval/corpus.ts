/**
 * The corpus the entity evaluation and the furniture test run on: the sample archive plus the
 * shared real interviews (../shared/data/interviews), read in place (never copied into the
 * repository), with the archive's alias list. Entities are built exactly as the app builds them.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readArchive } from '../../main/library/readArchive';
import type { Interview } from '../../main/library/types';
import { AliasBook } from '../../main/xref/aliases';
import { buildEntities, type Entity } from '../../main/xref/entities';
import { extractBatch } from '../../main/xref/extract';

export const REPO = resolve(__dirname, '../..');
export const SHARED_INTERVIEWS = resolve(REPO, '../shared/data/interviews');
export const hasSharedInterviews = (): boolean => existsSync(SHARED_INTERVIEWS);

export interface Corpus {
  interviews: Interview[];
  entities: Entity[];
  /** Label path (`archive/…` or `interviews/…`) → interview. */
  byLabelPath: Map<string, Interview>;
}

export async function loadCorpus(): Promise<Corpus> {
  const roots: Array<[string, string]> = [['archive', resolve(REPO, 'archive')], ['interviews', SHARED_INTERVIEWS]];
  const interviews: Interview[] = [];
  const byLabelPath = new Map<string, Interview>();
  for (const [prefix, root] of roots) {
    if (!existsSync(root)) continue;
    for (const interview of (await readArchive(root)).interviews) {
      const copy = { ...interview, id: `${prefix}/${interview.id}`, path: `${prefix}/${interview.path}` };
      interviews.push(copy);
      byLabelPath.set(copy.path, copy);
    }
  }
  const { book } = await AliasBook.load(resolve(REPO, 'archive'));
  const found = extractBatch(interviews);
  const candidates = new Map(interviews.map((i, k) => [i.id, found[k] ?? []]));
  return { interviews, entities: buildEntities(interviews, book, candidates), byLabelPath };
}
