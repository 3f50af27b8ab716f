/**
 * Unlinked mentions: places where the text names an entity in a way it was not counted — a
 * distinctive word of one of its names on its own ("Tavakoli" for "Reza Tavakoli") where it was
 * not found as the name. The researcher can add such a word as an alias, which links them all.
 */
import type { Interview } from '../library/types';
import { analyzeTerm } from '../search/analysis';
import type { Entity } from './entities';
import { NameMatcher, nameKey } from './names';

export interface UnlinkedMention {
  interviewId: string;
  start: number;
  end: number;
  text: string;
  snippet: string;
  markStart: number;
  markEnd: number;
}

// Words that are part of many names and identify none.
const GENERIC = new Set(['سازمان', 'کمپ', 'قرارگاه', 'دفتر', 'دولت', 'شهر', 'استان', 'cross', 'camp', 'city', 'province', 'district', 'office', 'government', 'society', 'organisation', 'organization', 'police', 'forces', 'army', 'party', 'union', 'committee', 'council', 'agency', 'river', 'street', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'people', 'regional', 'national']);

/**
 * The words of an entity's names worth looking for alone: from names of up to three words (a
 * longer one is a description), not generic, and not the whole name of another entity ("France"
 * in "… Iranians in France" names France, not ARIA).
 */
export function distinctiveWords(entity: Pick<Entity, 'name' | 'aliases'>, otherNames: ReadonlySet<string> = new Set()): string[] {
  const words = new Set<string>();
  for (const name of [entity.name, ...entity.aliases]) {
    const key = nameKey(name);
    if (key.length > 3) continue;
    for (const w of key) if (w.length >= 4 && !GENERIC.has(w) && !otherNames.has(w) && analyzeTerm(w) !== null && !/^\d+$/.test(w)) words.add(w);
  }
  return [...words];
}

/** The one-word names of every entity but `entity`, folded: words that already name something else. */
export function otherSingleNames(entity: Entity, all: readonly Entity[]): Set<string> {
  const names = new Set<string>();
  for (const e of all) {
    if (e.id === entity.id) continue;
    for (const n of [e.name, ...e.aliases]) {
      const key = nameKey(n);
      if (key.length === 1) names.add(key[0]!);
    }
  }
  return names;
}

// A Latin-script word used as a name is capitalised; "cross" or "defending" in running text is not one.
const LOWER_LATIN = /^[a-z\u00DF-\u00FF]/;

const CONTEXT = 70;

export function unlinkedMentions(entity: Entity, interviews: Iterable<Interview>, otherNames: ReadonlySet<string> = new Set(), limit = 200): UnlinkedMention[] {
  const matcher = new NameMatcher();
  for (const word of distinctiveWords(entity, otherNames)) matcher.add(entity.id, word);
  const linked = new Map<string, Array<[number, number]>>();
  for (const m of entity.mentions) {
    const list = linked.get(m.interviewId) ?? [];
    list.push([m.start, m.end]);
    linked.set(m.interviewId, list);
  }
  const out: UnlinkedMention[] = [];
  for (const interview of interviews) {
    const spans = linked.get(interview.id) ?? [];
    for (const hit of matcher.find(interview.text)) {
      const text = interview.text;
      if (LOWER_LATIN.test(text.charAt(hit.start)) || spans.some(([s, e]) => s < hit.end && e > hit.start)) continue;
      const from = Math.max(0, hit.start - CONTEXT);
      const to = Math.min(text.length, hit.end + CONTEXT);
      const lead = from > 0 ? '…' : '';
      out.push({
        interviewId: interview.id, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end),
        snippet: `${lead}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s/g, ' '),
        markStart: lead.length + hit.start - from, markEnd: lead.length + hit.end - from,
      });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
