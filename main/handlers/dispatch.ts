import { calls, isCallName, type CallName, type CallOutput, type ParsedInput, type Result } from '../../preload/api';
import { describeError } from './errors';
import { describeIssue } from './validation';

export type Handler<K extends CallName> = (input: ParsedInput<K>) => Promise<CallOutput<K>> | CallOutput<K>;
export type Handlers = { [K in CallName]: Handler<K> };

/**
 * The single entry every host goes through: checks the call name, validates the payload against
 * the contract, runs the handler and turns any failure into a result envelope with a message a
 * researcher can read. Nothing thrown here crosses a process border.
 */
export async function dispatch(handlers: Handlers, name: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) {
    return { ok: false, error: { code: 'invalid-input', message: `There is no call named “${String(name).slice(0, 80)}”.` } };
  }
  const parsed = calls[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: describeIssue(parsed.error.issues[0], rawInput) } };
  }
  try {
    const handler = handlers[name] as Handler<CallName>;
    const value = await handler(parsed.data as ParsedInput<CallName>);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
