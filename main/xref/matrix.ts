/**
 * Co-occurrence matrices: codes × interviews (how often each code was applied in each interview)
 * and entities × entities (in how many passages two names appear together). Each cell is a
 * count; `cellPassages` returns the passages behind it so the researcher can open them.
 */
import type { Interview } from '../library/types';
import type { Entity } from './entities';

export interface Axis {
  id: string;
  label: string;
}

export interface Matrix {
  rows: Axis[];
  cols: Axis[];
  /** counts[row][col] */
  counts: number[][];
}

export interface PassageRef {
  interviewId: string;
  start: number;
  end: number;
}

export interface CodedAnnotation {
  interviewId: string;
  codes: string[];
  start?: number;
  end?: number;
}

/** A parent code's id, for rolling sub-codes up (undefined: a top-level code). */
export type ParentOf = (codeId: string) => string | undefined;

/** The codes and, rolled up, every ancestor of each (a code tree has no cycles; the bound guards a bad one). */
function withAncestors(codes: readonly string[], parentOf?: ParentOf): Set<string> {
  const all = new Set(codes);
  if (!parentOf) return all;
  for (const code of codes) {
    let parent = parentOf(code);
    for (let depth = 0; parent !== undefined && depth < 64; depth++, parent = parentOf(parent)) all.add(parent);
  }
  return all;
}

/** Codes × interviews; with `parentOf`, a parent's cell also counts its sub-codes' annotations (each once). */
export function codeMatrix(codes: readonly Axis[], interviews: readonly Axis[], annotations: readonly CodedAnnotation[], parentOf?: ParentOf): Matrix {
  const row = new Map(codes.map((c, i) => [c.id, i]));
  const col = new Map(interviews.map((c, i) => [c.id, i]));
  const counts = codes.map(() => interviews.map(() => 0));
  for (const a of annotations) {
    const j = col.get(a.interviewId);
    if (j === undefined) continue;
    for (const code of withAncestors(a.codes, parentOf)) {
      const i = row.get(code);
      if (i !== undefined) counts[i]![j]! += 1;
    }
  }
  return { rows: [...codes], cols: [...interviews], counts };
}

export function codeCellPassages(codeId: string, interviewId: string, annotations: readonly CodedAnnotation[], parentOf?: ParentOf): PassageRef[] {
  return annotations
    .filter((a) => a.interviewId === interviewId && withAncestors(a.codes, parentOf).has(codeId) && a.start !== undefined && a.end !== undefined)
    .map((a) => ({ interviewId, start: a.start!, end: a.end! }))
    .sort((a, b) => a.start - b.start);
}

const placeKey = (interviewId: string, passage: number | undefined): string => `${interviewId}\u0000${passage ?? -1}`;

function placesOf(entity: Entity): Set<string> {
  return new Set(entity.mentions.map((m) => placeKey(m.interviewId, m.passage)));
}

/** The `limit` most mentioned entities against each other; the diagonal counts an entity's own passages. */
export function entityMatrix(entities: readonly Entity[], limit = 15): Matrix {
  const top = [...entities].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, limit);
  const places = top.map(placesOf);
  const counts = places.map((a) => places.map((b) => {
    let n = 0;
    for (const p of a) if (b.has(p)) n++;
    return n;
  }));
  const axis = top.map((e) => ({ id: e.id, label: e.name }));
  return { rows: axis, cols: axis, counts };
}

/** The passages in which both entities are named (one entity's passages when both are the same). */
export function entityCellPassages(a: Entity, b: Entity, lookup: (id: string) => Interview | undefined): PassageRef[] {
  const shared = placesOf(b);
  const out = new Map<string, PassageRef>();
  for (const m of a.mentions) {
    const key = placeKey(m.interviewId, m.passage);
    if (!shared.has(key) || out.has(key)) continue;
    const passage = m.passage === undefined ? undefined : lookup(m.interviewId)?.passages[m.passage];
    out.set(key, { interviewId: m.interviewId, start: passage?.start ?? m.start, end: passage?.end ?? m.end });
  }
  return [...out.values()];
}
