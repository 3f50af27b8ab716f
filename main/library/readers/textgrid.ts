import { ArchiveReadError } from '../errors';
import { readTextFile } from '../readText';
import type { Reader } from './reader';
import { fromTimedTurns, type TimedTurn } from './timedTurns';

/**
 * The values of a Praat TextGrid in order: quoted strings ("" is a quote), numbers and
 * <exists>/<absent>. The long form's labels ("xmin =", "item [1]:") are skipped, which leaves
 * the same sequence as the short form, so one parser reads both.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/"((?:[^"]|"")*)"|\[[^\]"\n]*\]|(<exists>|<absent>)|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)/g)) {
    if (match[1] !== undefined) out.push(match[1].replace(/""/g, '"'));
    else if (match[2] ?? match[3]) out.push((match[2] ?? match[3])!);
  }
  return out;
}

class Cursor {
  private at = 0;
  constructor(private readonly values: string[], private readonly where: () => string) {}
  next(): string {
    const value = this.values[this.at++];
    if (value === undefined) throw new ArchiveReadError(`the TextGrid ends early (${this.where()}): the file is cut short or not a TextGrid`);
    return value;
  }
  number(): number {
    const value = Number(this.next());
    if (!Number.isFinite(value)) throw new ArchiveReadError(`the TextGrid has text where a number belongs (${this.where()})`);
    return value;
  }
}

/** Tiers of a TextGrid's text (long or short form) → timed turns: interval tiers are speakers, point tiers marks. */
export function parseTextGrid(text: string): TimedTurn[] {
  const head = text.slice(0, 200);
  if (/ooBinaryFile/.test(head)) throw new ArchiveReadError('a binary Praat TextGrid: save it from Praat as a text file (Save as text file…)');
  if (!/File type\s*=\s*"ooTextFile"|^"ooTextFile"/m.test(head) || !/"TextGrid"/.test(head)) throw new ArchiveReadError('not a Praat TextGrid (it should start with File type = "ooTextFile" and Object class = "TextGrid")');
  let tier = 0;
  const cursor = new Cursor(tokens(text), () => (tier ? `tier ${tier}` : 'header'));
  cursor.next();
  cursor.next();
  cursor.number();
  cursor.number();
  if (cursor.next() !== '<exists>') return [];
  const tierCount = cursor.number();
  const turns: TimedTurn[] = [];
  for (tier = 1; tier <= tierCount; tier++) {
    const kind = cursor.next();
    const name = cursor.next().trim() || undefined;
    cursor.number();
    cursor.number();
    const count = cursor.number();
    if (kind !== 'IntervalTier' && kind !== 'TextTier') throw new ArchiveReadError(`the TextGrid has a tier of an unknown class "${kind.slice(0, 40)}"`);
    for (let i = 0; i < count; i++) {
      const start = cursor.number();
      const end = kind === 'IntervalTier' ? cursor.number() : undefined;
      turns.push({ start, end, speaker: name, text: cursor.next() });
    }
  }
  return turns;
}

/** Praat TextGrid (long and short text forms; UTF-8, or UTF-16 with its byte-order mark). */
export const readTextGrid: Reader = async ({ absPath, capBytes, root, noFollow }) => {
  const { text, notes } = await readTextFile(absPath, capBytes, root, noFollow);
  return { result: fromTimedTurns(parseTextGrid(text), capBytes), notes };
};
