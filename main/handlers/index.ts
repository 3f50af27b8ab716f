import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import { annotationHandlers } from './annotations';
import { dossierHandlers, type DossierHost } from './dossier';
import { exchangeHandlers } from './exchange';
import { libraryHandlers, type ArchiveSwitcher } from './library';
import { xrefHandlers } from './xref';
import { syncHandlers } from './sync';

/** What a host adds beyond the workspace (Electron: native dialogs); every capability is optional. */
export type HostCapabilities = DossierHost & ArchiveSwitcher;

/** Every call of the contract, answered by the open workspace: one handler file per feature. */
export function createHandlers(ws: Workspace, host: HostCapabilities = {}): Handlers {
  return { ...libraryHandlers(ws, host), ...annotationHandlers(ws), ...xrefHandlers(ws), ...dossierHandlers(ws, host), ...exchangeHandlers(ws), ...syncHandlers(ws) };
}
