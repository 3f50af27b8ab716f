import type { CommandTable } from './commands';
import { creatorOption } from './commands';
import { printJson, say } from './output';
import { plural } from '../../preload/contract/plural';

/** The password is never an argument (it would sit in the shell's history and in `ps`). */
function password(): { password?: string } {
  const value = process.env.TESTIMONY_SYNC_PASSWORD;
  return value ? { password: value } : {};
}

const option = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Team projects: `sync` and `conflicts`. */
export const syncCommands: CommandTable = {
  sync: {
    writes: true,
    run: async (ws, args) => {
      await ws.ready;
      const remote = option(args.values.remote);
      const user = option(args.values.user);
      const result = await ws.sync.sync({
        ...(remote ? { remote } : {}),
        ...(user ? { user } : {}),
        ...password(),
        ...creatorOption(args),
        ...(args.values.confirm ? { confirm: true } : {}),
        onProgress: (message) => void (args.values.quiet ? undefined : process.stderr.write(`${message}\n`)),
      });
      for (const problem of result.problems) process.stderr.write(`${problem}\n`);
      if (args.values.json) return printJson({ pushed: result.pushed, pulled: result.pulled, conflicts: result.conflicts });
      say(`Shared ${plural(result.pushed, 'change')}, received ${plural(result.pulled, 'change')}; ${plural(result.conflicts, 'conflict')} to resolve.`);
    },
  },
  conflicts: {
    // The replica is opened for writing (LevelDB allows one process), like the journal.
    writes: true,
    run: async (ws, args) => {
      const list = (await ws.sync.conflicts()).map((c) => ({ id: c.id, kind: c.kind, versions: c.versions.map(({ rev, creator, modified, record }) => ({ rev, creator, modified, record })) }));
      if (args.values.json) return printJson(list);
      if (list.length === 0) say('No conflicts.');
      for (const c of list) say(`${c.kind} ${c.id}: ${c.versions.map((v) => `${v.creator} (${v.modified})${v.record ? '' : ' deleted it'}`).join(' / ')}`);
    },
  },
};
