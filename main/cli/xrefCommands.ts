import type { CommandTable } from './commands';
import { printJson, say } from './output';
import { summarise } from '../xref/entities';
import { groupClaims } from '../xref/claims';
import { plural } from '../../preload/contract/plural';

/** `entities` and `claims`: cross-references of the archive. */
export const xrefCommands: CommandTable = {
  entities: {
    writes: false,
    run: async (ws, args) => {
      await ws.ready;
      await ws.xref.prepare();
      const entities = ws.xref.entities().map(summarise);
      if (args.values.json) return printJson(entities);
      for (const e of entities) say(`${String(e.mentions).padStart(5)}  ${e.name} (${e.kind}) in ${plural(e.interviews, 'interview')}${e.aliases.length ? ` · also ${e.aliases.join(', ')}` : ''}`);
    },
  },
  claims: {
    writes: false,
    run: async (ws, args) => {
      await ws.ready;
      const groups = groupClaims(ws.xref.claims.list());
      if (args.values.json) return printJson(groups);
      if (groups.length === 0) say('No claims yet: mark one in the reader.');
      for (const group of groups) {
        say(`${group.what}${group.conflict ? '  (sources disagree)' : ''}`);
        for (const c of group.claims) say(`  ${c.value}${c.unit ? ` ${c.unit}` : ''}  per ${c.source}${c.asOf ? `, as of ${c.asOf}` : ''}  “${c.quote}”`);
      }
    },
  },
};
