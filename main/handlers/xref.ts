import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import type { xrefCalls } from '../../preload/contract/xref';
import { summarise, summariesOf } from '../xref/entities';
import { isShown } from '../xref/confidence';
import { entityPage } from '../xref/pages';
import { mergedTarget } from '../xref/decisions';
import { groupClaims } from '../xref/claims';
import { numberCandidates } from '../xref/candidates';
import { claimPrefill } from '../xref/claimPrefill';
import { notFound, UserError } from './errors';
import { xrefViewHandlers } from './xrefViews';
import { preparedEntities } from './xrefEntities';

/** Handlers for the cross-referencing calls: entities and claims. */
export function xrefHandlers(ws: Workspace): Pick<Handlers, keyof typeof xrefCalls> {
  const lookup = (id: string) => {
    try {
      return ws.interview(id);
    } catch {
      return undefined;
    }
  };
  const entities = () => preparedEntities(ws);
  /** The claim's passage as the interview has it now: a claim never quotes text the interview lacks. */
  const passage = ({ interviewId, start, end }: { interviewId: string; start: number; end: number }) => {
    const interview = ws.interview(interviewId);
    if (end <= start || end > interview.text.length) throw new UserError('invalid-input', 'Select the passage the claim is made in.');
    return interview.text.slice(start, end);
  };
  return {
    ...xrefViewHandlers(ws),
    'entities.list': async () => summariesOf(await entities()),
    'entities.get': async ({ id, limit }) => {
      const all = await entities();
      // An entity merged into another opens the other's page.
      const target = mergedTarget(id, ws.xref.store.decisions()) ?? id;
      const entity = all.find((e) => e.id === target);
      if (!entity) throw notFound('That person, place or organisation');
      return entityPage(entity, all, lookup, limit, ws.annotations.list({}));
    },
    'entities.ofInterview': async ({ id }) => {
      const all = await entities();
      // Counted first, summarised only for the names this interview has (summaries cost a pass over every mention).
      return all
        .flatMap((e) => {
          const here = e.mentions.reduce((n, m) => (m.interviewId === id ? n + 1 : n), 0);
          // Only the names the list shows: a tagger's one-off guess ("Americas") is not offered here either.
          return here > 0 && isShown(e) ? [{ ...summarise(e), mentions: here }] : [];
        })
        .sort((a, b) => b.mentions - a.mentions);
    },
    'claims.list': () => groupClaims(ws.xref.claims.list()),
    'claims.add': (input) => {
      const claim = ws.xref.claims.add({ ...input, quote: passage(input) });
      ws.emit('claims.changed', {});
      return claim;
    },
    'claims.delete': ({ id }) => {
      ws.xref.claims.remove(id);
      ws.emit('claims.changed', {});
      return { ok: true as const };
    },
    'claims.update': ({ id, ...patch }) => {
      const claim = ws.xref.claims.update(id, patch);
      if (!claim) throw notFound('That claim');
      ws.emit('claims.changed', {});
      return claim;
    },
    'claims.restore': (claim) => {
      const restored = ws.xref.claims.restore({ ...claim, quote: passage(claim) });
      ws.emit('claims.changed', {});
      return restored;
    },
    'claims.candidates': ({ id }) => numberCandidates(ws.interview(id)),
    'claims.prefill': ({ id, start, end }) => {
      const text = ws.interview(id).text;
      if (end < start || end > text.length) throw new UserError('invalid-input', 'That selection is not inside the interview.');
      return claimPrefill(text, start, end);
    },
  };
}
