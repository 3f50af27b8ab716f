import type { Code } from '../../../preload/api';
import { request } from '../api/client';

/**
 * Finds or creates the code at "Parent/Child" (creating missing levels); returns the leaf.
 * `codes` is what the view last loaded: a level it lacks is looked for again in the codebook
 * itself before it is created, so a code made a moment ago elsewhere (another annotation's
 * picker, a teammate's sync) is used rather than refused as a duplicate name.
 */
export async function createCodePath(path: string, codes: readonly Code[]): Promise<Code> {
  const names = path.split('/').map((n) => n.trim()).filter(Boolean);
  let parent: Code | undefined;
  let known = [...codes];
  let reloaded = false;
  const find = (name: string): Code | undefined => known.find((c) => c.parentId === parent?.id && c.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  for (const name of names) {
    let existing = find(name);
    if (!existing && !reloaded) {
      known = await request('codes.list', {});
      reloaded = true;
      existing = find(name);
    }
    parent = existing ?? (await request('codes.add', { name, ...(parent ? { parentId: parent.id } : {}) }));
    if (!existing) known.push(parent);
  }
  if (!parent) throw new Error('Type a code name, such as Themes/Displacement.');
  return parent;
}
