import { decodeEntities } from '../entities';
import { ArchiveReadError } from '../errors';
import { cleanName, parseDate } from '../metadata';
import type { Reader } from './reader';
import { listOf, readSafeXml, type XmlNode } from './safeXml';
import { fromTimedTurns, type TimedTurn } from './timedTurns';

const text = (value: unknown): string => {
  if (typeof value === 'string' || typeof value === 'number') return decodeEntities(String(value)).trim();
  if (value && typeof value === 'object' && '#text' in value) return text((value as XmlNode)['#text']);
  return '';
};
const attr = (node: XmlNode | undefined, name: string): string | undefined => {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' && value.trim() ? decodeEntities(value.trim()) : undefined;
};

/** Time slot id → seconds; a slot without a value (unaligned) takes the last aligned time before it. */
function timeSlots(doc: XmlNode): Map<string, number> {
  const slots = new Map<string, number>();
  let last = 0;
  for (const slot of listOf((doc.TIME_ORDER as XmlNode | undefined)?.TIME_SLOT)) {
    const ms = Number(attr(slot, 'TIME_VALUE'));
    if (Number.isFinite(ms)) last = ms / 1000;
    const id = attr(slot, 'TIME_SLOT_ID');
    if (id) slots.set(id, last);
  }
  return slots;
}

/**
 * ELAN (.eaf): each independent tier is a speaker (its participant, else its id), each
 * alignable annotation a passage between its two time slots; annotations of dependent tiers
 * (translations, glosses) become their parent's keywords.
 */
export function parseEaf(doc: XmlNode): { turns: TimedTurn[]; mediaRef?: string; participants: { name: string; tier: string }[]; date?: string } {
  const root = doc.ANNOTATION_DOCUMENT as XmlNode | undefined;
  if (!root) throw new ArchiveReadError('an XML file without an ELAN <ANNOTATION_DOCUMENT>: not an ELAN transcript');
  const slots = timeSlots(root);
  const byId = new Map<string, TimedTurn>();
  const dependent: { ref: string; value: string }[] = [];
  const participants: { name: string; tier: string }[] = [];
  for (const tier of listOf(root.TIER)) {
    const speaker = attr(tier, 'PARTICIPANT') ?? attr(tier, 'TIER_ID');
    const independent = !attr(tier, 'PARENT_REF');
    if (independent && speaker && !participants.some((p) => p.name === speaker)) participants.push({ name: speaker, tier: attr(tier, 'TIER_ID') ?? '' });
    for (const annotation of listOf(tier.ANNOTATION)) {
      const aligned = annotation.ALIGNABLE_ANNOTATION as XmlNode | undefined;
      const referring = annotation.REF_ANNOTATION as XmlNode | undefined;
      const node = aligned ?? referring;
      const value = text(node?.ANNOTATION_VALUE);
      if (referring) {
        const ref = attr(referring, 'ANNOTATION_REF');
        if (ref && value) dependent.push({ ref, value });
        continue;
      }
      const start = slots.get(attr(aligned, 'TIME_SLOT_REF1') ?? '');
      if (start === undefined) continue;
      const turn: TimedTurn = { start, end: slots.get(attr(aligned, 'TIME_SLOT_REF2') ?? ''), speaker: independent ? speaker : undefined, text: value };
      byId.set(attr(aligned, 'ANNOTATION_ID') ?? `#${byId.size}`, turn);
    }
  }
  for (const { ref, value } of dependent) {
    const parent = byId.get(ref);
    if (parent) parent.keywords = [...(parent.keywords ?? []), value];
  }
  const descriptor = listOf((root.HEADER as XmlNode | undefined)?.MEDIA_DESCRIPTOR)[0];
  const mediaRef = attr(descriptor, 'RELATIVE_MEDIA_URL') ?? attr(descriptor, 'MEDIA_URL') ?? attr(root.HEADER as XmlNode | undefined, 'MEDIA_FILE');
  return { turns: [...byId.values()], mediaRef, participants, date: parseDate(attr(root, 'DATE')?.slice(0, 10)) };
}

const ASKS = /\b(?:interviewer|int|q|question)\b/i;

/** ELAN has no roles: two speakers, one on a tier named for the interviewer ("Interviewer", "Q"), give both. */
function rolesOf(participants: { name: string; tier: string }[]): { interviewer?: string; interviewee?: string } {
  const asking = participants.filter((p) => ASKS.test(p.tier) || ASKS.test(p.name));
  const other = participants.find((p) => !asking.includes(p));
  if (participants.length !== 2 || asking.length !== 1 || !other) return {};
  return { interviewer: cleanName(asking[0]?.name), interviewee: cleanName(other.name) };
}

/** ELAN annotation documents (.eaf). */
export const readEaf: Reader = async (input) => {
  const { doc, notes } = await readSafeXml(input, 'ELAN');
  const { turns, mediaRef, participants, date } = parseEaf(doc as XmlNode);
  const roles = rolesOf(participants);
  return { result: fromTimedTurns(turns, input.capBytes, { title: '', date, mediaRef, ...roles }), notes };
};
