import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import type { xrefCalls } from '../../preload/contract/xref';

/** Handlers for the cross-referencing calls. */
export function xrefHandlers(_ws: Workspace): Pick<Handlers, keyof typeof xrefCalls> {
  return {};
}
