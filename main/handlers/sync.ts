import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import type { syncCalls } from '../../preload/contract/sync';
import type { SharedRecord } from '../sync/records';
import { agreementOf, coders, conflictViews } from '../sync/team';

/** Team projects: settings, status, sync now, conflicts and their resolution, coders compared. */
export function syncHandlers(ws: Workspace): Pick<Handlers, keyof typeof syncCalls> {
  return {
    'sync.status': () => ws.sync.status(),
    'sync.configure': (settings) => ws.sync.configure(settings),
    'sync.now': async ({ password, confirm }) => {
      const result = await ws.sync.sync({ ...(password ? { password } : {}), ...(confirm ? { confirm } : {}) });
      return { pushed: result.pushed, pulled: result.pulled, conflicts: result.conflicts, status: ws.sync.status() };
    },
    'sync.conflicts': async () => conflictViews(ws, await ws.sync.conflicts()),
    'sync.resolve': async ({ id, kind, resolution }) => {
      const choice = 'merge' in resolution ? { merge: resolution.merge as unknown as SharedRecord } : resolution;
      await ws.sync.resolve(kind, id, choice);
      return { ok: true as const };
    },
    'team.coders': () => coders(ws),
    'team.agreement': ({ coderA, coderB }) => agreementOf(ws, coderA, coderB),
  };
}
