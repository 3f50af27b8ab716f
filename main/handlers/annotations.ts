import { basename } from 'node:path';
import type { Workspace } from '../workspace';
import { UserError } from './errors';
import type { Handlers } from './dispatch';
import { nextColor } from '../workspace/codePaths';
import { searchNotesAndMemos } from '../workspace/annotationSearch';

type AnnotationCalls = 'annotations.list' | 'annotations.add' | 'annotations.update' | 'annotations.delete' | 'annotations.restore' | 'annotations.search' | 'annotations.export'
  | 'codes.list' | 'codes.add' | 'codes.update' | 'codes.merge' | 'codes.delete' | 'codes.export' | 'codes.import' | 'memos.list' | 'memos.add' | 'memos.update' | 'memos.delete';


/** The researcher's name (Team view) on what they make. */
function madeBy(service: Workspace['annotations']): { creator?: string } {
  return service.researcher ? { creator: service.researcher } : {};
}

export function annotationHandlers(ws: Workspace): Pick<Handlers, AnnotationCalls> {
  const service = ws.annotations;
  const store = service.store;
  const done = () => {
    service.changed();
    return { ok: true as const };
  };
  return {
    'annotations.list': (filter) => service.list(filter),
    'annotations.add': (input) => service.add(input),
    'annotations.update': (input) => service.update(input),
    'annotations.delete': async ({ id }) => (await service.remove(id), { ok: true as const }),
    'annotations.restore': (view) => service.restore(view),
    'annotations.search': ({ query, ...filter }) => searchNotesAndMemos({ list: (f) => service.list(f), memos: () => store.listMemos() }, query, filter),
    // Export code (W3C, CSV, Markdown) loads on the first export, not with the host.
    'annotations.export': async ({ format }) => (await import('../workspace/exports')).exportAnnotations(ws, format),
    'codes.list': () => store.listCodes(),
    'codes.add': async ({ name, parentId, color }) => {
      const code = await store.addCode({ name, parentId, color: color ?? nextColor(store), ...madeBy(service) });
      service.changed();
      return code;
    },
    'codes.update': async ({ id, name, color, parentId }) => {
      if (name !== undefined) await store.renameCode(id, name);
      if (color !== undefined) await store.recolorCode(id, color);
      if (parentId !== undefined) await store.moveCode(id, parentId ?? undefined);
      service.changed();
      const code = store.getCode(id);
      if (!code) throw new Error('code vanished during update');
      return code;
    },
    'codes.merge': async ({ from, into }) => (await store.mergeCodes(from, into), done()),
    'codes.delete': async ({ id }) => (await store.deleteCode(id), done()),
    'codes.export': () => ({ text: JSON.stringify(store.exportCodebook(), null, 2), fileName: `${basename(ws.root)}-codebook.json` }),
    'codes.import': async ({ text }) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new UserError('invalid-input', 'That file is not JSON, so it cannot be a Testimony codebook.');
      }
      const result = await store.importCodebook(json).catch((error: unknown) => {
        if (error instanceof Error && error.name === 'ZodError') throw new UserError('invalid-input', 'That file is not a Testimony codebook (format “testimony-codebook”).');
        throw error;
      });
      service.changed();
      return result;
    },
    'memos.list': () => store.listMemos(),
    'memos.add': async (input) => {
      const memo = await store.addMemo({ ...input, ...madeBy(service) });
      service.changed();
      return memo;
    },
    'memos.update': async ({ id, ...patch }) => {
      const memo = await store.updateMemo(id, patch);
      service.changed();
      return memo;
    },
    'memos.delete': async ({ id }) => (await store.deleteMemo(id), done()),
  };
}
