import { resolve } from 'node:path';

const USAGE = 'Usage: npm run serve [archive-folder] [--port N]';

/** `[archive] [--port N]`, or a sentence saying what is wrong. */
export function parseServeArgs(argv: string[], sample: string): { archive: string; port: number } {
  const portFlag = argv.indexOf('--port');
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : 0;
  if (portFlag >= 0 && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new Error(`--port needs a port number from 0 to 65535 (0 picks a free one). ${USAGE}`);
  const unknown = argv.find((a, i) => a.startsWith('--') && a !== '--port' && argv[i - 1] !== '--port');
  if (unknown) throw new Error(`Unknown option ${unknown}. ${USAGE}`);
  const archive = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--port') ?? sample;
  return { archive: resolve(archive), port };
}
