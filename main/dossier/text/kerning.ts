/**
 * Pair kerning read straight from a font's GPOS table (the `kern` feature of the Latin script),
 * so plain Latin words can be positioned without running fontkit's whole shaping engine for
 * each word. Contextual kerning (chained lookups) is not applied; pair kerning is what shows.
 */

/** fontkit's decoded tables: some arrays are lazy and only answer `get(i)`. */
type Indexed<T> = T[] | { get(i: number): T; length: number };

interface Coverage {
  version: 1 | 2;
  glyphs?: number[];
  rangeRecords?: Array<{ start: number; end: number; startCoverageIndex: number }>;
}

interface ClassDef {
  version: 1 | 2;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: Array<{ start: number; end: number; class: number }>;
}

interface ValueRecord {
  xAdvance?: number;
}

interface PairTable {
  version: 1 | 2;
  coverage: Coverage;
  pairSets?: Indexed<Indexed<{ secondGlyph: number; value1: ValueRecord }>>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: Indexed<Indexed<{ value1: ValueRecord }>>;
}

interface Lookup {
  lookupType: number;
  subTables: Indexed<{ lookupType?: number; extension?: PairTable } & PairTable>;
}

interface Gpos {
  scriptList: Array<{ tag: string; script: { defaultLangSys?: { featureIndexes: number[] } } }>;
  featureList: Indexed<{ tag: string; feature: { lookupListIndexes: number[] } }>;
  lookupList: Indexed<Lookup>;
}

function at<T>(list: Indexed<T> | undefined, i: number): T | undefined {
  if (!list) return undefined;
  return Array.isArray(list) ? list[i] : list.get(i);
}

function coverageIndex(c: Coverage, glyph: number): number {
  if (c.version === 1) return c.glyphs?.indexOf(glyph) ?? -1;
  for (const r of c.rangeRecords ?? []) if (r.start <= glyph && glyph <= r.end) return r.startCoverageIndex + glyph - r.start;
  return -1;
}

function classOf(c: ClassDef | undefined, glyph: number): number {
  if (!c) return 0;
  if (c.version === 1) {
    const i = glyph - (c.startGlyph ?? 0);
    return c.classValueArray?.[i] ?? 0;
  }
  for (const r of c.classRangeRecord ?? []) if (r.start <= glyph && glyph <= r.end) return r.class;
  return 0;
}

/** The adjustment of one pair lookup, or undefined when no subtable matches the pair. */
function applyPair(table: PairTable, first: number, second: number): number | undefined {
  const index = coverageIndex(table.coverage, first);
  if (index < 0) return undefined;
  if (table.version === 1) {
    const set = at(table.pairSets, index);
    const length = set?.length ?? 0;
    for (let i = 0; i < length; i++) {
      const pair = at(set, i);
      if (pair?.secondGlyph === second) return pair.value1.xAdvance ?? 0;
    }
    return undefined;
  }
  const row = at(table.classRecords, classOf(table.classDef1, first));
  return at(row, classOf(table.classDef2, second))?.value1.xAdvance ?? 0;
}

/** Returns kern(first, second) in font units, or undefined when the font has no GPOS kerning. */
export function gposKerning(font: { GPOS?: Gpos }): ((first: number, second: number) => number) | undefined {
  const gpos = font.GPOS;
  if (!gpos) return undefined;
  const script = gpos.scriptList.find((s) => s.tag === 'latn') ?? gpos.scriptList.find((s) => s.tag === 'DFLT');
  const features = script?.script.defaultLangSys?.featureIndexes ?? [];
  /** Subtables grouped by lookup: within a lookup the first subtable that matches applies. */
  const lookups: PairTable[][] = [];
  for (const f of features) {
    const feature = at(gpos.featureList, f);
    if (feature?.tag !== 'kern') continue;
    for (const l of feature.feature.lookupListIndexes) {
      const lookup = at(gpos.lookupList, l);
      const tables: PairTable[] = [];
      lookups.push(tables);
      const count = lookup?.subTables.length ?? 0;
      for (let i = 0; i < count; i++) {
        const sub = at(lookup?.subTables, i);
        if (!sub || !lookup) continue;
        if (lookup.lookupType === 2) tables.push(sub);
        else if (lookup.lookupType === 9 && sub.lookupType === 2 && sub.extension) tables.push(sub.extension);
      }
    }
  }
  const cache = new Map<number, number>();
  return (first, second) => {
    const key = first * 65536 + second;
    let value = cache.get(key);
    if (value === undefined) {
      value = 0;
      for (const tables of lookups) {
        for (const table of tables) {
          const v = applyPair(table, first, second);
          if (v === undefined) continue;
          value += v;
          break;
        }
      }
      cache.set(key, value);
    }
    return value;
  };
}
