import { decodeEntities } from '../entities';
import { ArchiveReadError } from '../errors';
import { parseDate } from '../metadata';
import type { Reader } from './reader';
import { readSafeXml } from './safeXml';
import { fromTimedTurns, type TimedTurn } from './timedTurns';

/** fast-xml-parser's ordered form: each node is { tag: children[], ':@': attributes } or { '#text': … }. */
type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

const tagOf = (node: Ordered): string => Object.keys(node).find((k) => k !== ':@') ?? '';
const childrenOf = (node: Ordered): Ordered[] => (Array.isArray(node[tagOf(node)]) ? (node[tagOf(node)] as Ordered[]) : []);
const attrOf = (node: Ordered, name: string): string | undefined => node[':@']?.[`@_${name}`];

function find(nodes: Ordered[], tag: string): Ordered[] {
  return nodes.flatMap((n) => (tagOf(n) === tag ? [n] : find(childrenOf(n), tag)));
}

/**
 * Transcriber (.trs): speakers from <Speakers>, one passage per stretch between two <Sync>
 * marks inside a <Turn>, with the turn's (first) speaker; events and comments are left out.
 */
export function parseTrs(doc: Ordered[]): { turns: TimedTurn[]; mediaRef?: string; date?: string } {
  const trans = find(doc, 'Trans')[0];
  if (!trans) throw new ArchiveReadError('an XML file without a Transcriber <Trans> element: not a Transcriber transcript');
  const names = new Map(find(childrenOf(trans), 'Speaker').map((s) => [attrOf(s, 'id') ?? '', decodeEntities(attrOf(s, 'name') ?? '').trim()]));
  const turns: TimedTurn[] = [];
  for (const turn of find(childrenOf(trans), 'Turn')) {
    const speakerIds = (attrOf(turn, 'speaker') ?? '').split(/\s+/).filter(Boolean);
    let speaker = names.get(speakerIds[0] ?? '') || speakerIds[0];
    const turnEnd = Number(attrOf(turn, 'endTime'));
    let current: TimedTurn = { start: Number(attrOf(turn, 'startTime')) || 0, speaker, text: '' };
    const close = (end: number): void => {
      current.end = Number.isFinite(end) ? end : undefined;
      turns.push(current);
    };
    for (const child of childrenOf(turn)) {
      const tag = tagOf(child);
      if (tag === '#text') current.text += ` ${decodeEntities(String(child['#text']))}`;
      else if (tag === 'Sync') {
        const time = Number(attrOf(child, 'time'));
        if (!Number.isFinite(time)) continue;
        if (current.text.trim()) close(time);
        current = { start: time, speaker, text: '' };
      } else if (tag === 'Who') {
        // Overlapping speech: <Who nb="2"/> hands the turn to its second speaker.
        const who = speakerIds[Number(attrOf(child, 'nb')) - 1];
        if (who && current.text.trim()) close(Number.NaN);
        if (who) current = { start: current.start, speaker: (speaker = names.get(who) || who), text: '' };
      }
    }
    if (current.text.trim()) close(turnEnd);
  }
  for (const t of turns) t.text = t.text.replace(/\s+/g, ' ').trim();
  return { turns, mediaRef: attrOf(trans, 'audio_filename'), date: parseDate(attrOf(trans, 'air_date')) };
}

/** Transcriber transcripts (.trs). */
export const readTrs: Reader = async (input) => {
  const { doc, notes } = await readSafeXml(input, 'Transcriber', { preserveOrder: true });
  const { turns, mediaRef, date } = parseTrs(doc as Ordered[]);
  // Transcriber names speakers but not their roles: the speakers are the passages' own.
  return { result: fromTimedTurns(turns, input.capBytes, { title: '', mediaRef, date }), notes };
};
