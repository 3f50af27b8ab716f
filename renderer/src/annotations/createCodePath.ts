import type { Code } from '../../../preload/api';
import { request } from '../api/client';

/** Finds or creates the code at "Parent/Child" (creating missing levels); returns the leaf. */
export async function createCodePath(path: string, codes: readonly Code[]): Promise<Code> {
  const names = path.split('/').map((n) => n.trim()).filter(Boolean);
  let parent: Code | undefined;
  const known = [...codes];
  for (const name of names) {
    const existing = known.find((c) => c.parentId === parent?.id && c.name.toLocaleLowerCase() === name.toLocaleLowerCase());
    parent = existing ?? (await request('codes.add', { name, ...(parent ? { parentId: parent.id } : {}) }));
    if (!existing) known.push(parent);
  }
  if (!parent) throw new Error('Type a code name, such as Themes/Displacement.');
  return parent;
}
