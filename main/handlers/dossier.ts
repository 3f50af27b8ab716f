import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import type { dossierCalls } from '../../preload/contract/dossier';

/** Handlers for the dossier calls. */
export function dossierHandlers(_ws: Workspace): Pick<Handlers, keyof typeof dossierCalls> {
  return {};
}
