import { parseArgs } from 'node:util';
import { CliError } from './output';

export const USAGE = `Usage: testimony <command> <archive-folder> [arguments] [--json]

Commands:
  index <archive> [--full]                 read and index the archive; prints a summary
  search <archive> <query> [--limit N]     ranked interviews with snippets
  annotate <archive> --interview <id> --quote <text> [--prefix <text>] [--suffix <text>]
           [--note <text>] [--code <path>]... [--creator <name>]
                                           add an annotation; prints its id once it is on disk
  annotate <archive> --id <id> --note <text> [--creator <name>]
                                           change an annotation's note; prints its id once it is on disk
  annotations <archive> [--format w3c|csv|md]   export every annotation to stdout
  entities <archive>                       people, places, organisations and technologies, with aliases, counts and confidence
  claims <archive>                         the claims marked, grouped by what they are about
  dossier <archive> --out <file.pdf> [--definition <name> | --code <path> | --query <text> | --all]
           [--limit N] [--author <name>]   a PDF dossier; --json prints { pages, excerpts, ms };
           [--citation-style testimony|chicago-author-date|apa]
                                           no author is printed unless given (or saved in the definition)
  export <archive> --format qdpx|qdc --out <file>   a REFI-QDA project or codebook for ATLAS.ti, MAXQDA,
                                           NVivo, QualCoder; --json prints { sources, codes, codings, notes }
  import <archive> <file.qdpx|file.qdc>    a REFI-QDA project or codebook from another tool; --json prints
                                           { sources, codes, codings, notes, skipped: [{ what, why }] }
  citations <archive> [--format csl-json|ris|bibtex] [--definition <dossier>] [--out <file>]
                                           the interviews (all, or a dossier's sources) for Zotero
  sync <archive> --remote <url> [--user <name>] [--creator <name>] [--confirm]
                                           share annotations, codes and memos with the team's CouchDB
                                           (https, or http on this computer); the password is read from
                                           TESTIMONY_SYNC_PASSWORD; --json prints { pushed, pulled, conflicts }
  conflicts <archive>                      records teammates changed differently, every version side by side

Options:
  --json        print exactly one JSON document on stdout (progress goes to stderr)
  --quiet       no progress on stderr
  --help        this text

A query word may start with "-" (testimony search <archive> camp -ashraf); after "--" every
argument is a query word.`;

export interface CliArgs {
  command: string;
  archive: string;
  rest: string[];
  values: Record<string, string | boolean | string[] | undefined>;
}

/**
 * Words with one leading dash (`-camp`: Lunr's "must not contain") are query text, not options:
 * they are hidden from parseArgs behind placeholders and put back after. `--` ends options as usual.
 */
function protectDashWords(argv: string[]): { args: string[]; restore: (s: string) => string } {
  const hidden: string[] = [];
  const end = argv.indexOf('--');
  const args = argv.map((arg, i) => {
    if ((end >= 0 && i > end) || !/^-[^-]/.test(arg) || arg === '-h') return arg;
    hidden.push(arg);
    return `\u0000${hidden.length - 1}`;
  });
  // eslint-disable-next-line no-control-regex -- the placeholder starts with NUL, which no argument can contain
  const restore = (s: string): string => (/^\u0000\d+$/.test(s) ? hidden[Number(s.slice(1))] ?? s : s);
  return { args, restore };
}

export function parseCliArgs(argv: string[]): CliArgs | 'help' {
  const { args, restore } = protectDashWords(argv);
  let parsed;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    // parseArgs' own errors (an unknown --option, a missing value) are usage errors, not crashes.
    throw new CliError(`${error instanceof Error ? error.message : String(error)} (see testimony --help)`, 2);
  }
  const values = Object.fromEntries(Object.entries(parsed.values).map(([k, v]) => [k, typeof v === 'string' ? restore(v) : Array.isArray(v) ? v.map(restore) : v]));
  const positionals = parsed.positionals.map(restore);
  if (values.help || positionals.length === 0) return 'help';
  const [command, archive, ...rest] = positionals;
  if (!command || !archive) throw new CliError(`Missing the archive folder. ${USAGE.split('\n')[0]}`, 2);
  return { command, archive, rest, values };
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
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
      'citation-style': { type: 'string' },
      creator: { type: 'string' },
      id: { type: 'string' },
      remote: { type: 'string' },
      user: { type: 'string' },
      confirm: { type: 'boolean' },
    },
  });
}

export function intOption(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new CliError(`--${name} takes a whole number from 1 to ${max}.`, 2);
  return n;
}
