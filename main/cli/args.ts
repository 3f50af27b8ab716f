import { parseArgs } from 'node:util';
import { CliError } from './output';

export const USAGE = `Usage: testimony <command> <archive-folder> [arguments] [--json]

Commands:
  index <archive> [--full]                 read and index the archive; prints a summary
  search <archive> <query> [--limit N]     ranked interviews with snippets
  annotate <archive> --interview <id> --quote <text> [--prefix <text>] [--suffix <text>]
           [--note <text>] [--code <path>]... add an annotation; prints its id once it is on disk
  annotations <archive> [--format w3c|csv|md]   export every annotation to stdout
  entities <archive>                       people, places, organisations and technologies, with aliases, counts and confidence
  claims <archive>                         the claims marked, grouped by what they are about
  dossier <archive> --out <file.pdf> [--definition <name> | --code <path> | --query <text> | --all]
           [--limit N] [--author <name>]   a PDF dossier; --json prints { pages, excerpts, ms };
                                           no author is printed unless given (or saved in the definition)

Options:
  --json        print exactly one JSON document on stdout (progress goes to stderr)
  --quiet       no progress on stderr
  --help        this text`;

export interface CliArgs {
  command: string;
  archive: string;
  rest: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

export function parseCliArgs(argv: string[]): CliArgs | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      full: { type: 'boolean' },
      limit: { type: 'string' },
      interview: { type: 'string' },
      quote: { type: 'string' },
      prefix: { type: 'string' },
      suffix: { type: 'string' },
      note: { type: 'string' },
      code: { type: 'string', multiple: true },
      format: { type: 'string' },
      out: { type: 'string' },
      definition: { type: 'string' },
      query: { type: 'string' },
      all: { type: 'boolean' },
      author: { type: 'string' },
    },
  });
  if (values.help || positionals.length === 0) return 'help';
  const [command, archive, ...rest] = positionals;
  if (!command || !archive) throw new CliError(`Missing the archive folder. ${USAGE.split('\n')[0]}`, 2);
  return { command, archive, rest, values };
}

export function intOption(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new CliError(`--${name} takes a whole number from 1 to ${max}.`, 2);
  return n;
}
