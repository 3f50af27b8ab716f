import { readFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import type { dossierCalls, DossierDefinition } from '../../preload/contract/dossier';
import { DefinitionStore, newDefinition } from '../dossier/fromArchive/definitions';
import { DossierExports, throttledProgress } from '../dossier/fromArchive/exports';
import { workspaceContent } from '../dossier/fromArchive/workspaceContent';
import type { ArchiveContent } from '../dossier/fromArchive/content';
import type { BuiltDossier } from '../dossier/fromArchive/build';
import { notFound, UserError } from './errors';

/** The builder (sources, excerpts, citations) loads on the first outline or export, not with the host. */
const build = async (def: DossierDefinition, content: ArchiveContent): Promise<BuiltDossier> => (await import('../dossier/fromArchive/build')).buildDossier(def, content);

/** What a host may add to dossier delivery: Electron passes a native save dialog. */
export interface DossierHost {
  /** Asks where to save `file` (suggesting `fileName`) and copies it there; null when the researcher cancels. */
  saveFile?: (file: string, fileName: string) => Promise<string | null>;
}

const SELECTED_TITLE = { en: 'Selected annotations', fa: 'یادداشت‌های برگزیده' } as const;
const MAX_PREVIEW_BYTES = 64 * 1024 * 1024;

/** Handlers for the dossier calls. */
export function dossierHandlers(ws: Workspace, host: DossierHost = {}): Pick<Handlers, keyof typeof dossierCalls> {
  const definitions = new DefinitionStore(ws.dataDir);
  const exports = new DossierExports(ws.dataDir);
  const content = workspaceContent(ws);
  const load = (id: string): DossierDefinition => definitions.get(id) ?? (() => { throw notFound('That dossier'); })();
  const exportFile = (exportId: string): string => exports.file(exportId) ?? (() => { throw notFound('That export'); })();

  return {
    'dossier.list': () => definitions.list(),
    'dossier.get': ({ id }) => load(id),
    // The author is left for the researcher to type: a login name must never leak into a dossier.
    'dossier.create': ({ title, language }) => definitions.save(newDefinition(title, '', language)),
    'dossier.update': (def) => definitions.save(def),
    'dossier.delete': ({ id }) => {
      if (!definitions.delete(id)) throw notFound('That dossier');
      return { ok: true as const };
    },
    'dossier.addAnnotation': ({ id, annotationId }) => {
      const def = load(id);
      if (!ws.annotations.store.getAnnotation(annotationId)) throw notFound('That annotation');
      const section = def.sections.find((s) => s.source.kind === 'annotations');
      if (section?.source.kind === 'annotations') {
        if (!section.source.ids.includes(annotationId)) section.source.ids.push(annotationId);
      } else {
        def.sections.push({ id: `s-${Date.now().toString(36)}`, title: SELECTED_TITLE[def.language], source: { kind: 'annotations', ids: [annotationId] } });
      }
      return definitions.save(def);
    },
    'dossier.outline': async (def) => {
      await ws.ready;
      return (await build(def, content)).outline;
    },
    'dossier.export': async ({ id }) => {
      const def = load(id);
      if (exports.isRunning(id)) throw new UserError('busy', 'This dossier is already being exported.');
      const make = async () => {
        await ws.ready;
        const { document } = await build(def, content);
        if (document.sections.length === 0) throw new UserError('invalid-input', 'This dossier has nothing to print yet: add a section with content.');
        return document;
      };
      const progress = throttledProgress((fraction) => ws.emit('dossier.progress', { id, fraction }));
      try {
        return await exports.run(id, make, progress);
      } catch (error) {
        if (error instanceof Error && error.name === 'AbortError') throw new UserError('cancelled', 'The export was cancelled.');
        throw error;
      }
    },
    'dossier.cancel': ({ id }) => {
      exports.cancel(id);
      return { ok: true as const };
    },
    'dossier.saveAs': async ({ exportId }) => {
      const file = exportFile(exportId);
      const fileName = exports.fileName(exportId);
      if (!host.saveFile) return { kind: 'download' as const, url: `/api/download/${exportId}`, fileName };
      const saved = await host.saveFile(file, fileName);
      return saved === null ? { kind: 'cancelled' as const } : { kind: 'saved' as const, fileName: saved };
    },
    'dossier.pdf': async ({ exportId }) => {
      const data = await readFile(exportFile(exportId));
      if (data.length > MAX_PREVIEW_BYTES) throw new UserError('too-large', 'This PDF is too large to preview here; save it and open it in a PDF viewer.');
      return { base64: data.toString('base64'), fileName: exports.fileName(exportId) };
    },
  };
}

/**
 * The browser host's download route, GET /api/download/<exportId> (behind the token check): the
 * exported PDF as an attachment. Only ids the export made are served, never a path.
 */
export function dossierDownloads(ws: Workspace): (route: string, res: ServerResponse) => Promise<boolean> {
  const exports = new DossierExports(ws.dataDir);
  return async (route, res) => {
    const match = /^download\/([a-f0-9]{32})$/.exec(route);
    const file = match?.[1] ? exports.file(match[1]) : undefined;
    if (!file) return false;
    res.writeHead(200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="dossier.pdf"',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    await new Promise<void>((resolve, reject) => {
      createReadStream(file).on('error', reject).on('end', resolve).pipe(res);
    });
    return true;
  };
}
