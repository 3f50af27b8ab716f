/**
 * Applies a checked W3C import (w3c-import.ts) to the store: codes are matched by the id they
 * were exported with, else by path, else created; the mass-change guard is checked before
 * anything (codes included) is written.
 */
import { createHash } from 'node:crypto';
import { PATH_SEPARATOR, siblingWithName } from '../codes';
import type { Annotation, Code } from '../model';
import type { ImportedAnnotation } from '../w3c-import';
import { MassChangeError, type AnnotationStore, type ImportMode } from './store';

/** New codes get a stable colour from their path, so the same import colours the same way. */
function colourFor(path: string): string {
  return `#${createHash('sha256').update(path).digest('hex').slice(0, 6)}`;
}

/** The id a code path resolves to now, or undefined when (part of) the path does not exist yet. */
function findPath(codes: readonly Code[], path: string): string | undefined {
  let parentId: string | undefined;
  for (const name of path.split(PATH_SEPARATOR)) {
    const found = siblingWithName(codes, parentId, name);
    if (!found) return undefined;
    parentId = found.id;
  }
  return parentId;
}

export async function applyW3CImport(
  store: AnnotationStore,
  items: readonly ImportedAnnotation[],
  opts: { mode?: ImportMode; confirm?: boolean } = {},
): Promise<{ added: number; replaced: number; deleted: number; codesAdded: number }> {
  const resolve = (c: { path: string; id?: string }): string | undefined => (c.id && store.getCode(c.id) ? c.id : findPath(store.listCodes(), c.path));
  const draft = (resolveCode: (c: { path: string; id?: string }) => string): Annotation[] =>
    items.map(({ codes, ...a }) => ({ ...a, codes: [...new Set(codes.map(resolveCode))] }));

  // Plan with placeholders for codes that do not exist yet: a new code is a change too.
  const plan = store.planImport(draft((c) => resolve(c) ?? `new:${c.path}`), opts.mode);
  if (plan.needsConfirm && opts.confirm !== true) throw new MassChangeError(plan.replaced, plan.deleted.length, store.listAnnotations().length);

  let codesAdded = 0;
  const ensure = async (c: { path: string; id?: string }): Promise<string> => {
    const known = resolve(c);
    if (known) return known;
    let parentId: string | undefined;
    const names = c.path.split(PATH_SEPARATOR).filter((n) => n.trim() !== '');
    for (const [i, name] of names.entries()) {
      const found = siblingWithName(store.listCodes(), parentId, name);
      const last = i === names.length - 1;
      const created = found ?? (await store.addCode({ name, color: colourFor(c.path), ...(parentId ? { parentId } : {}), ...(last && c.id && !store.getCode(c.id) ? { id: c.id } : {}) }));
      if (!found) codesAdded += 1;
      parentId = created.id;
    }
    if (!parentId) throw new Error(`An imported code has an empty name ("${c.path}").`);
    return parentId;
  };
  const ids = new Map<string, string>();
  for (const c of items.flatMap((a) => a.codes)) {
    const key = `${c.id ?? ''}|${c.path}`;
    if (!ids.has(key)) ids.set(key, await ensure(c));
  }
  const result = await store.importAnnotations(draft((c) => ids.get(`${c.id ?? ''}|${c.path}`)!), { ...opts, confirm: true });
  return { ...result, codesAdded };
}
