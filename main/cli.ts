import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { Workspace } from './workspace';
import { parseCliArgs, USAGE } from './cli/args';
import { commands } from './cli/registry';
import { CliError, progressReporter, terminalSafe } from './cli/output';
import { describeError } from './handlers/errors';

/** The command-line host: `testimony <command> <archive> [args] [--json]`. */
async function main(argv: string[]): Promise<number> {
  const started = Date.now();
  const args = parseCliArgs(argv);
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  const command = commands[args.command];
  if (!command) throw new CliError(`Unknown command “${args.command}”. Run testimony --help for the list.`, 2);
  const root = resolve(args.archive);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new CliError(`The archive folder ${root} does not exist.`, 2);
  const workerPath = join(__dirname, 'shardWorker.js');
  const report = progressReporter(Boolean(args.values.quiet));
  const ws = await Workspace.open(root, {
    userDataDir: join(homedir(), '.testimony'),
    workerPath: existsSync(workerPath) ? workerPath : undefined,
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof CliError ? error.message : describeError(error).message;
    process.stderr.write(`testimony: ${terminalSafe(message.replace(/\s+/g, ' '))}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
