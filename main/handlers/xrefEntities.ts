import type { Workspace } from '../workspace';
import type { Entity } from '../xref/entities';

/** The archive's entities, once the first index is ready and the names are found (at once after the first time). */
export async function preparedEntities(ws: Workspace): Promise<Entity[]> {
  await ws.ready;
  await ws.xref.prepare();
  return ws.xref.entities();
}
