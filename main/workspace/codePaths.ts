import type { AnnotationStore } from '../annotations/store/store';
import { PATH_SEPARATOR } from '../annotations/codes';

const PALETTE = ['#d9480f', '#2b8a3e', '#1971c2', '#9c36b5', '#e67700', '#0c8599', '#c2255c', '#5c940d'];

export function nextColor(store: AnnotationStore): string {
  return PALETTE[store.listCodes().length % PALETTE.length] ?? '#d9480f';
}

/** Finds the code at "Parent/Child", creating the missing levels; returns the leaf's id. */
export async function ensureCodePath(store: AnnotationStore, path: string): Promise<string> {
  const names = path.split(PATH_SEPARATOR).map((n) => n.trim()).filter(Boolean);
  if (names.length === 0) throw new Error(`“${path}” is not a code path such as Themes/Displacement.`);
  let parentId: string | undefined;
  for (const name of names) {
    const existing = store.listCodes().find((c) => c.parentId === parentId && c.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    parentId = existing?.id ?? (await store.addCode({ name, color: nextColor(store), ...(parentId ? { parentId } : {}) })).id;
  }
  return parentId as string;
}
