import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Workspace } from '../workspace';
import { exportQdc, exportQdpx } from '../exchange/qdpx/exportProject';
import { importQdpx } from '../exchange/qdpx/importProject';
import { importQdc } from '../exchange/qdpx/importCodebook';
import { exportCitations, type CitationFormat } from '../exchange/citations/export';
import { DefinitionStore } from '../dossier/fromArchive/definitions';
import type { Command, CommandTable } from './commands';
import { text } from './commands';
import { plural } from '../../preload/contract/plural';
import { CliError, printJson, say } from './output';

const exportProject: Command = async (ws, args) => {
  const format = String(args.values.format ?? 'qdpx');
  if (format !== 'qdpx' && format !== 'qdc') throw new CliError('--format is qdpx (the whole project) or qdc (the codebook).', 2);
  const out = resolve(text(args.values.out, 'out'));
  const counts = format === 'qdpx'
    ? await exportQdpx(ws).then(({ data, counts }) => (writeFileSync(out, data), counts))
    : await exportQdc(ws).then(({ text: xml, counts }) => (writeFileSync(out, xml), counts));
  if (args.values.json) return printJson(counts);
  say(`${out}: ${plural(counts.sources, 'interview')}, ${plural(counts.codes, 'code')}, ${plural(counts.codings, 'coding')}, ${plural(counts.notes, 'note')}.`);
};

const importProject: Command = async (ws, args) => {
  const file = args.rest[0];
  if (!file) throw new CliError('Which file? testimony import <archive> <file.qdpx|file.qdc>', 2);
  let data: Buffer;
  try {
    data = readFileSync(resolve(file));
  } catch {
    throw new CliError(`Cannot read ${file}.`, 2);
  }
  const { folder: _folder, ...report } = /\.qdc$/i.test(file) ? await importQdc(ws, data) : await importQdpx(ws, data);
  if (args.values.json) return printJson(report);
  say(`Imported ${plural(report.sources, 'interview')}, ${plural(report.codes, 'code')}, ${plural(report.codings, 'coding')}, ${plural(report.notes, 'note')}.`);
  for (const s of report.skipped) say(`  not imported: ${s.what}: ${s.why}`);
};

const citations: Command = async (ws: Workspace, args) => {
  const format = String(args.values.format ?? 'csl-json') as CitationFormat;
  if (!['csl-json', 'ris', 'bibtex'].includes(format)) throw new CliError('--format is csl-json, ris or bibtex.', 2);
  const dossierId = typeof args.values.definition === 'string' ? new DefinitionStore(ws.dataDir).find(args.values.definition)?.id : undefined;
  if (args.values.definition && !dossierId) throw new CliError(`No dossier named “${String(args.values.definition)}”.`, 2);
  const { text: body } = await exportCitations(ws, format, { ...(dossierId ? { dossierId } : {}) });
  if (typeof args.values.out === 'string') writeFileSync(resolve(args.values.out), body);
  else process.stdout.write(body);
};

export const exchangeCommands: CommandTable = {
  export: { run: exportProject, writes: false },
  import: { run: importProject, writes: true },
  citations: { run: citations, writes: false },
};
