import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { CITATION_STYLES, CitationStyleId, type DossierDefinition } from '../../preload/contract/dossier';
import { buildDossier, DefinitionStore, presetDefinition, workspaceContent, type Preset } from '../dossier/fromArchive';
import { intOption } from './args';
import { text, type Command, type CommandTable } from './commands';
import { CliError, printJson, say, terminalSafe } from './output';
import { plural } from '../../preload/contract/plural';

const CHOICES = '--definition <name>, --code <path>, --query <text> or --all';

/** `testimony dossier <archive> --out file.pdf [--definition <name> | --code <path> | --query <q> | --all] [--limit N]` */
const dossier: Command = async (ws, args, started) => {
  const out = resolve(text(args.values.out, 'out'));
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) throw new CliError(`The folder ${dirname(out)} does not exist.`, 2);
  await ws.ready;
  const status = ws.status();
  if (status.progress.phase === 'failed') throw new CliError(status.progress.message ?? 'Indexing failed.');
  const content = workspaceContent(ws);
  const def = withCitationStyle(chooseDefinition(args.values, content, ws.dataDir, basename(ws.root)), args.values['citation-style']);
  const { document, outline } = await buildDossier(def, content);
  for (const section of outline.sections) if (section.notice) process.stderr.write(`${terminalSafe(`${section.title}: ${section.notice}`)}\n`);
  if (document.sections.length === 0) throw new CliError('Nothing to print: the dossier has no excerpts.');
  let shown = -1;
  const onProgress = (fraction: number): void => {
    const percent = Math.floor(fraction * 10) * 10;
    if (args.values.quiet || percent === shown) return;
    shown = percent;
    process.stderr.write(`Rendering ${percent}%\n`);
  };
  const { renderDossierToFile } = await import('../dossier');
  const { pages, excerpts } = await renderDossierToFile(document, out, { onProgress });
  const summary = { pages, excerpts, ms: Date.now() - started };
  if (args.values.json) return printJson(summary);
  say(`${out}: ${plural(pages, 'page')}, ${plural(excerpts, 'excerpt')} in ${summary.ms} ms.`);
};

/** `--citation-style` overrides the definition's; unknown names are refused with the choices. */
function withCitationStyle(def: DossierDefinition, value: unknown): DossierDefinition {
  if (value === undefined) return def;
  const style = CitationStyleId.safeParse(value);
  if (!style.success) throw new CliError(`--citation-style is one of ${CITATION_STYLES.join(', ')}.`, 2);
  return { ...def, citationStyle: style.data };
}

function chooseDefinition(values: Record<string, unknown>, content: ReturnType<typeof workspaceContent>, dataDir: string, archiveName: string): DossierDefinition {
  const codes = (values.code as string[] | undefined) ?? [];
  const given = [values.definition !== undefined, codes.length > 0, values.query !== undefined, values.all === true].filter(Boolean).length;
  if (given !== 1) throw new CliError(`Say what goes in the dossier: exactly one of ${CHOICES}.`, 2);
  if (codes.length > 1) throw new CliError('--code takes one code path for a dossier.', 2);
  if (typeof values.definition === 'string') {
    const def = new DefinitionStore(dataDir).find(values.definition);
    if (!def) throw new CliError(`There is no saved dossier “${values.definition}” in this archive.`);
    return typeof values.author === 'string' ? { ...def, author: values.author.trim().slice(0, 300) } : def;
  }
  const limit = values.limit === undefined ? undefined : intOption(values.limit, 'limit', 500, 10_000);
  const preset: Preset = codes[0] !== undefined
    ? { kind: 'code', path: codes[0] }
    : typeof values.query === 'string'
      ? { kind: 'query', query: values.query, ...(limit ? { limit } : {}) }
      : { kind: 'all' };
  if (preset.kind === 'query' && !preset.query.trim()) throw new CliError('--query needs some words to search for.', 2);
  try {
    return presetDefinition(preset, content, archiveName, typeof values.author === 'string' ? values.author.trim().slice(0, 300) : '');
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** `dossier`: a PDF dossier from a saved definition, a code, a query or every annotation. */
export const dossierCommands: CommandTable = {
  dossier: { run: dossier, writes: false },
};
