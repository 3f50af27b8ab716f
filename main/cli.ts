import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCliArgs, USAGE, type CliArgs } from './cli/args';
import { CliError, progressReporter, terminalSafe } from './cli/output';

// Each command loads only what it uses: a warm `search` is mostly start-up, so it opens a
// SearchSession and never loads the Workspace (annotations, claims, sync, exports, zod schemas).

/** The command-line host: `testimony <command> <archive> [args] [--json]`. */
async function main(argv: string[]): Promise<number> {
  const started = Date.now();
  const args = parseCliArgs(argv);
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (args.command === 'search') return searchCommand(args);
  const [{ commands }, { Workspace }] = await Promise.all([import('./cli/registry'), import('./workspace')]);
  const command = commands[args.command];
  if (!command) throw new CliError(`Unknown command “${args.command}”. Run testimony --help for the list.`, 2);
  const { root, userDataDir, workerPath, report } = archiveOf(args);
  const ws = await Workspace.open(root, {
    userDataDir,
    workerPath,
    onProgress: report,
    // Finding names is most of a first index: say so, or the terminal looks stuck after "ready".
    emit: (name, payload) => {
      if (name === 'names.progress') report({ phase: 'indexing', message: 'Finding names', ...(payload as { done: number; total: number }) });
    },
    store: command.writes ? {} : { ifLocked: 'readOnly' },
  });
  try {
    await command.run(ws, args, started);
  } finally {
    await ws.close();
  }
  return 0;
}

async function searchCommand(args: CliArgs): Promise<number> {
  const [{ SearchSession }, { search, searchQuery }] = await Promise.all([import('./workspace/searchSession'), import('./cli/searchCommand')]);
  searchQuery(args);
  const { root, userDataDir, workerPath, report } = archiveOf(args);
  const session = await SearchSession.open(root, { userDataDir, workerPath, onProgress: report });
  try {
    await search(session, args);
  } finally {
    await session.close();
  }
  return 0;
}

/** The archive folder a command names, checked, and how to open it from the CLI. */
function archiveOf(args: CliArgs): { root: string; userDataDir: string; workerPath: string | undefined; report: ReturnType<typeof progressReporter> } {
  const root = resolve(args.archive);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new CliError(`The archive folder ${root} does not exist.`, 2);
  const workerPath = join(__dirname, 'shardWorker.js');
  return {
    root,
    userDataDir: join(homedir(), '.testimony'),
    workerPath: existsSync(workerPath) ? workerPath : undefined,
    report: progressReporter(Boolean(args.values.quiet)),
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    const message = error instanceof CliError ? error.message : (await import('./handlers/errors')).describeError(error).message;
    process.stderr.write(`testimony: ${terminalSafe(message.replace(/\s+/g, ' '))}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
