/** Codes of a REFI-QDA codebook merged into Testimony's (by GUID, else by path), through the store's own codebook import. */
import type { AnnotationStore } from '../../annotations/store/store';
import type { Code } from '../../annotations/model';
import { PATH_SEPARATOR } from '../../annotations/codes';
import type { ExchangeCode } from './model';

const PALETTE = ['#d9480f', '#2b8a3e', '#1971c2', '#9c36b5', '#e67700', '#0c8599', '#c2255c', '#5c940d'];

function pathOf(guid: string, byGuid: Map<string, ExchangeCode>): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = byGuid.get(guid); c && !seen.has(c.guid); c = c.parentGuid ? byGuid.get(c.parentGuid) : undefined) {
    seen.add(c.guid);
    // A slash inside a name would read as a level of the tree.
    names.unshift(c.name.replaceAll(PATH_SEPARATOR, '∕'));
  }
  return names.join(PATH_SEPARATOR).toLocaleLowerCase();
}

/** Imports the codes; returns each GUID's Testimony code id and the ids of categories (isCodable="false"). */
export async function importCodes(store: AnnotationStore, codes: ExchangeCode[]): Promise<{ idOf: Map<string, string>; categories: string[]; added: number; updated: number }> {
  const byGuid = new Map(codes.map((c) => [c.guid, c]));
  const book = {
    format: 'testimony-codebook' as const,
    version: 1 as const,
    codes: codes.map((c, i): Code => ({
      id: c.guid, name: c.name.replaceAll(PATH_SEPARATOR, '∕').slice(0, 500), color: c.color && /^#[0-9a-f]{6}$/i.test(c.color) ? c.color : (PALETTE[i % PALETTE.length] ?? '#1971c2'),
      ...(c.parentGuid && byGuid.has(c.parentGuid) ? { parentId: c.parentGuid } : {}), ...(c.description ? { description: c.description } : {}),
    })),
  };
  const { added, updated } = await store.importCodebook(book);
  const byPath = new Map(store.listCodes().map((c) => [store.codePath(c.id).replaceAll(PATH_SEPARATOR, '/').toLocaleLowerCase(), c.id]));
  const idOf = new Map<string, string>();
  for (const c of codes) {
    const id = store.getCode(c.guid) ? c.guid : byPath.get(pathOf(c.guid, byGuid));
    if (id) idOf.set(c.guid, id);
  }
  return { idOf, categories: codes.filter((c) => !c.codable).flatMap((c) => (idOf.has(c.guid) ? [idOf.get(c.guid)!] : [])), added, updated };
}
