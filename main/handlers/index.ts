import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import { annotationHandlers } from './annotations';
import { dossierHandlers } from './dossier';
import { libraryHandlers } from './library';
import { xrefHandlers } from './xref';

/** Every call of the contract, answered by the open workspace: one handler file per feature. */
export function createHandlers(ws: Workspace): Handlers {
  return { ...libraryHandlers(ws), ...annotationHandlers(ws), ...xrefHandlers(ws), ...dossierHandlers(ws) };
}
