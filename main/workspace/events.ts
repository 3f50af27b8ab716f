import type { EventName, EventPayload } from '../../preload/api';

/** How the engine tells its host that something happened; each host forwards to its pages. */
export type EmitEvent = <K extends EventName>(name: K, payload: EventPayload<K>) => void;

export const silent: EmitEvent = () => undefined;
