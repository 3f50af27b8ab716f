import type { Workspace } from '../workspace';
import { anchor } from '../annotations/anchoring';
import { exportAnnotations } from '../workspace/exports';
import { ensureCodePath } from '../workspace/codePaths';
import type { CliArgs } from './args';
import { CliError, printJson, say } from './output';
import { plural } from '../../preload/contract/plural';

export type Command = (ws: Workspace, args: CliArgs, started: number) => Promise<void>;
export type CommandTable = Record<string, { run: Command; writes: boolean }>;

export function text(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') throw new CliError(`--${name} is required.`, 2);
  return value;
}

const index: Command = async (ws, args, started) => {
  await ws.ready;
  const status = ws.status();
  if (status.progress.phase === 'failed') throw new CliError(status.progress.message ?? 'Indexing failed.');
  // Names of new interviews are found now (in a worker), so the first entity page does not wait for them.
  await ws.xref.findNames();
  const summary = { interviews: status.interviews, words: status.words, problems: status.problems, ms: Date.now() - started };
  if (args.values.json) return printJson(summary);
  say(`${plural(summary.interviews, 'interview')}, ${plural(summary.words, 'word')} indexed in ${summary.ms} ms.`);
  for (const p of summary.problems) say(`  problem: ${p.path}: ${p.reason}`);
};

export function creatorOption(args: CliArgs): { creator?: string } {
  const name = typeof args.values.creator === 'string' ? args.values.creator.trim() : '';
  return name ? { creator: name } : {};
}

/** `annotate --id <id> --note <text>`: a new note for an annotation that exists. */
async function changeNote(ws: Workspace, args: CliArgs): Promise<void> {
  const id = text(args.values.id, 'id');
  if (typeof args.values.note !== 'string') throw new CliError('--note is required with --id (an empty --note "" removes the note).', 2);
  if (!ws.annotations.store.getAnnotation(id)) throw new CliError(`There is no annotation with id ${id}.`);
  const saved = await ws.annotations.update({ id, note: args.values.note, ...creatorOption(args) });
  if (args.values.json) return printJson({ id: saved.id });
  say(saved.id);
}

const annotate: Command = async (ws, args) => {
  await ws.ready;
  if (args.values.id !== undefined) return changeNote(ws, args);
  const interview = ws.interview(text(args.values.interview, 'interview'));
  const quote = { exact: text(args.values.quote, 'quote'), prefix: String(args.values.prefix ?? ''), suffix: String(args.values.suffix ?? '') };
  const placed = anchor(interview.text, { quote, position: { start: 0, end: 0 } });
  if (placed.start === undefined || placed.end === undefined || placed.status === 'orphan') {
    throw new CliError(`The quote was not found in “${interview.title}”.`);
  }
  const codes = [];
  for (const path of (args.values.code as string[] | undefined) ?? []) codes.push(await ensureCodePath(ws.annotations.store, path));
  const note = typeof args.values.note === 'string' ? args.values.note : undefined;
  const saved = await ws.annotations.add({ interviewId: interview.id, start: placed.start, end: placed.end, codes, ...(note ? { note } : {}), ...creatorOption(args) });
  if (args.values.json) return printJson({ id: saved.id });
  say(saved.id);
};

const annotations: Command = async (ws, args) => {
  await ws.ready;
  const format = String(args.values.format ?? 'w3c');
  if (format !== 'w3c' && format !== 'csv' && format !== 'md') throw new CliError('--format is one of w3c, csv, md.', 2);
  const { text: body } = await exportAnnotations(ws, format);
  process.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
};

export const coreCommands: CommandTable = {
  index: { run: index, writes: false },
  annotate: { run: annotate, writes: true },
  annotations: { run: annotations, writes: false },
};
