import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import { annotationHandlers } from './annotations';
import { libraryHandlers } from './library';

/** Every call of the contract, answered by the open workspace. */
export function createHandlers(ws: Workspace): Handlers {
  return { ...libraryHandlers(ws), ...annotationHandlers(ws) };
}
