import { callNames, type CallName } from '../../preload/api';
import type { Handler, Handlers } from './dispatch';

/** Handlers that always answer from the archive open now, so a host can switch archives under a running server. */
export function switchableHandlers(current: () => Handlers): Handlers {
  const entries = callNames.map((name) => [name, (input: never) => (current()[name] as Handler<CallName>)(input)]);
  return Object.fromEntries(entries) as Handlers;
}
