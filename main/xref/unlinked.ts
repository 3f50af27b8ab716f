/**
 * Unlinked mentions: places where the text names an entity in a way it was not counted — a
 * distinctive word of one of its names on its own ("Tavakoli" for "Reza Tavakoli"), or a name
 * written in lower case. The researcher can add such a word as an alias, which links them all.
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
const GENERIC = new Set(['camp', 'city', 'province', 'district', 'office', 'government', 'society', 'organisation', 'organization', 'police', 'forces', 'army', 'party', 'union', 'committee', 'council', 'agency', 'river', 'street', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'people', 'regional', 'national']);

/** The words of an entity's names worth looking for alone. */
export function distinctiveWords(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  const words = new Set<string>();
  for (const name of [entity.name, ...entity.aliases]) {
    for (const w of nameKey(name)) if (w.length >= 4 && !GENERIC.has(w) && analyzeTerm(w) !== null && !/^\d+$/.test(w)) words.add(w);
  }
  return [...words];
}

const CONTEXT = 70;

export function unlinkedMentions(entity: Entity, interviews: Iterable<Interview>, limit = 200): UnlinkedMention[] {
  const matcher = new NameMatcher();
  for (const word of distinctiveWords(entity)) matcher.add(entity.id, word);
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
      if (spans.some(([s, e]) => s < hit.end && e > hit.start)) continue;
      const text = interview.text;
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
