/** The codebook as a tree: paths for display and export, and the checks that keep it a tree. */
import type { Code } from './model';

export const PATH_SEPARATOR = '/';

/** "Parent/Child" from the root down; a cycle in damaged data stops the walk instead of looping. */
export function codePath(id: string, codesById: ReadonlyMap<string, Code>): string {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let cur = codesById.get(id); cur && !seen.has(cur.id); cur = cur.parentId ? codesById.get(cur.parentId) : undefined) {
    seen.add(cur.id);
    names.unshift(cur.name);
  }
  return names.join(PATH_SEPARATOR);
}

/** Ids of `id` and every code below it. */
export function subtreeIds(id: string, codes: Iterable<Code>): Set<string> {
  const children = new Map<string, string[]>();
  for (const c of codes) {
    if (c.parentId === undefined) continue;
    const list = children.get(c.parentId) ?? [];
    list.push(c.id);
    children.set(c.parentId, list);
  }
  const out = new Set<string>([id]);
  const stack = [id];
  for (let cur = stack.pop(); cur !== undefined; cur = stack.pop()) {
    for (const child of children.get(cur) ?? []) {
      if (out.has(child)) continue;
      out.add(child);
      stack.push(child);
    }
  }
  return out;
}

/** A sibling with the same name (case-insensitive) would make two codes share one path. */
export function siblingWithName(codes: Iterable<Code>, parentId: string | undefined, name: string, exceptId?: string): Code | undefined {
  const wanted = name.trim().toLocaleLowerCase();
  for (const c of codes) {
    if (c.id !== exceptId && c.parentId === parentId && c.name.trim().toLocaleLowerCase() === wanted) return c;
  }
  return undefined;
}

export interface CodebookJson {
  format: 'testimony-codebook';
  version: 1;
  codes: Code[];
}

/** Parents before children, so an import can add codes one by one without dangling parents. */
export function parentsFirst(codes: readonly Code[]): Code[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const out: Code[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (c: Code): void => {
    const s = state.get(c.id);
    if (s === 'done') return;
    if (s === 'visiting') throw new Error(`The codebook has a cycle through code "${c.name}".`);
    state.set(c.id, 'visiting');
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    if (parent) visit(parent);
    state.set(c.id, 'done');
    out.push(c);
  };
  codes.forEach(visit);
  return out;
}
