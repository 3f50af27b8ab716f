import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../annotations/store/snapshot';
import { foldWord } from '../search/analysis';

export const ClaimSchema = z.object({
  id: z.string(),
  /** What the figure is about, e.g. "MKO dissidents in the US camp". */
  what: z.string().trim().min(1).max(300),
  value: z.string().trim().min(1).max(100),
  unit: z.string().max(100).optional(),
  /** ISO date the figure is said to hold at (as precise as known). */
  asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  /** Who says it: a person or an organisation. */
  source: z.string().trim().min(1).max(300),
  interviewId: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string().max(5000),
  created: z.string(),
});
export type Claim = z.infer<typeof ClaimSchema>;
const ClaimFile = z.object({ format: z.literal('testimony-claims'), version: z.literal(1), claims: z.array(ClaimSchema) });

/**
 * Claims a researcher marked, kept in `<data>/xref/claims.json`. The file is small and each
 * change rewrites it crash-safely (temp file, fsync, rename, fsync of the folder: the annotation
 * store's writer); a damaged file is reported and left in place, never overwritten.
 */
export class ClaimStore {
  private constructor(private readonly file: string, private claims: Claim[], readonly problem?: string) {}

  static async open(dataDir: string): Promise<ClaimStore> {
    const file = join(dataDir, 'xref', 'claims.json');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return new ClaimStore(file, []);
    }
    try {
      return new ClaimStore(file, ClaimFile.parse(JSON.parse(text)).claims);
    } catch {
      return new ClaimStore(`${file}.recovered`, [], `${file} could not be read; it was left untouched and new claims go to claims.json.recovered.`);
    }
  }

  list(): Claim[] {
    return [...this.claims];
  }

  add(input: Omit<Claim, 'id' | 'created'>): Claim {
    const claim = ClaimSchema.parse({ ...input, id: randomUUID(), created: new Date().toISOString() });
    this.save([...this.claims, claim]);
    return claim;
  }

  remove(id: string): void {
    this.save(this.claims.filter((c) => c.id !== id));
  }

  private save(next: Claim[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileDurably(this.file, JSON.stringify({ format: 'testimony-claims', version: 1, claims: next }, null, 1));
    this.claims = next;
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

/** Claims about the same thing side by side, each group sorted by as-of date. */
export function groupClaims(claims: readonly Claim[]): ClaimGroup[] {
  const groups = new Map<string, Claim[]>();
  const key = (what: string) => what.split(/\s+/).map(foldWord).join(' ');
  for (const claim of claims) groups.set(key(claim.what), [...(groups.get(key(claim.what)) ?? []), claim]);
  return [...groups.values()].map((list) => {
    const sorted = [...list].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.created.localeCompare(b.created));
    const values = new Set(sorted.map((c) => normaliseNumber(c.value)));
    return { what: sorted[0]?.what ?? '', conflict: values.size > 1, claims: sorted };
  });
}
