import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { foldWord } from '../search/analysis';
import { ClaimSchema, type Claim } from './store/ops';
import type { XrefStore } from './store/store';

export { ClaimSchema, type Claim } from './store/ops';

const LegacyFile = z.object({ format: z.literal('testimony-claims'), version: z.literal(1), claims: z.array(ClaimSchema) });

/**
 * Claims a researcher marked. They live in the cross-reference journal (main/xref/store): each
 * change is one fsync'd record, like annotations and links. A `claims.json` written by an earlier
 * version is imported once and kept beside as `claims.json.imported`.
 */
export class ClaimStore {
  private constructor(private readonly store: XrefStore, readonly problem?: string) {}

  static over(store: XrefStore, dataDir: string): ClaimStore {
    const legacy = join(dataDir, 'xref', 'claims.json');
    if (!existsSync(legacy) || store.readOnly) return new ClaimStore(store);
    try {
      const known = new Set(store.claims().map((c) => c.id));
      for (const claim of LegacyFile.parse(JSON.parse(readFileSync(legacy, 'utf8'))).claims) if (!known.has(claim.id)) store.putClaim(claim);
      renameSync(legacy, `${legacy}.imported`);
      return new ClaimStore(store);
    } catch {
      return new ClaimStore(store, `${legacy} could not be read; it was left untouched. New claims are saved in the journal.`);
    }
  }

  list(): Claim[] {
    return this.store.claims();
  }

  add(input: Omit<Claim, 'id' | 'created'>): Claim {
    const claim = ClaimSchema.parse({ ...input, id: randomUUID(), created: new Date().toISOString() });
    this.store.putClaim(claim);
    return claim;
  }

  /** Changes a claim's fields (an empty unit or date clears it); its passage and id stay. */
  update(id: string, patch: Partial<Pick<Claim, 'what' | 'value' | 'unit' | 'asOf' | 'source'>>): Claim | undefined {
    const old = this.store.claims().find((c) => c.id === id);
    if (!old) return undefined;
    const next: Record<string, unknown> = { ...old, ...patch };
    for (const k of ['unit', 'asOf'] as const) if (next[k] === '') delete next[k];
    const claim = ClaimSchema.parse(next);
    this.store.putClaim(claim);
    return claim;
  }

  /** Puts a deleted claim back as it was (undo). */
  restore(claim: Claim): Claim {
    const parsed = ClaimSchema.parse(claim);
    this.store.putClaim(parsed);
    return parsed;
  }

  remove(id: string): void {
    if (this.store.claims().some((c) => c.id === id)) this.store.deleteClaim(id);
  }
}

export interface ClaimGroup {
  what: string;
  /** Different values are claimed: shown side by side, never merged. */
  conflict: boolean;
  claims: Claim[];
}

/** "3,400", "۳۴۰۰" and "3400" are the same figure; "about" and the like are not part of it. */
export function normaliseNumber(value: string): string {
  return foldWord(value.replace(/^[^\d۰-۹٠-٩]+/u, '')).replace(/[,\s٬]/g, '');
}

const DAY = 86_400_000;
/** Figures given within this of each other describe the same moment (a count "last month" against one "today"). */
const SAME_TIME = 45 * DAY;

/** The days an as-of date covers: 2008 is the whole year, 2008-01 the month, 2008-01-26 one day. */
export function dateSpan(asOf: string): [number, number] {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number | undefined, number | undefined];
  const start = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  const end = d !== undefined ? start + DAY : m !== undefined ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  return [start, end];
}

/** Whether two claims speak of overlapping times; an undated claim may speak of any time. */
export function sameTime(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  const [as, ae] = dateSpan(a);
  const [bs, be] = dateSpan(b);
  return as < be + SAME_TIME && bs < ae + SAME_TIME;
}

/**
 * Claims about the same thing side by side, each group sorted by as-of date. A group conflicts
 * when two of its claims give different values for overlapping times; both are kept and shown.
 */
export function groupClaims(claims: readonly Claim[]): ClaimGroup[] {
  const groups = new Map<string, Claim[]>();
  const key = (what: string) => what.split(/\s+/).map(foldWord).join(' ');
  for (const claim of claims) groups.set(key(claim.what), [...(groups.get(key(claim.what)) ?? []), claim]);
  return [...groups.values()].map((list) => {
    const sorted = [...list].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.created.localeCompare(b.created));
    const conflict = sorted.some((a, i) => sorted.slice(i + 1).some((b) => normaliseNumber(a.value) !== normaliseNumber(b.value) && sameTime(a.asOf, b.asOf)));
    return { what: sorted[0]?.what ?? '', conflict, claims: sorted };
  });
}
