import { useSyncExternalStore } from 'react';

/** A reversible change the researcher made: undo puts things back, redo does it again. */
export interface UndoableCommand {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

interface Stacks {
  done: readonly UndoableCommand[];
  undone: readonly UndoableCommand[];
}

/**
 * One undo/redo history for the window (Tropy-style command stack). It lives outside React so it
 * survives the side panel being unmounted: switching to another tab or view and back keeps it.
 * Steps run one at a time, so a double Ctrl+Z never undoes the same command twice.
 */
const LIMIT = 100;
let stacks: Stacks = { done: [], undone: [] };
let queue: Promise<void> = Promise.resolve();
const listeners = new Set<() => void>();

function publish(next: Stacks): void {
  stacks = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function record(command: UndoableCommand): void {
  publish({ done: [...stacks.done, command].slice(-LIMIT), undone: [] });
}

/** Makes a change after any pending undo or redo, and records it once the engine has accepted it. */
function perform(change: () => Promise<void>, command: UndoableCommand): Promise<void> {
  const run = queue.then(async () => {
    await change();
    record(command);
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Runs one step after the changes and steps before it (a change still on its way is undone, not the
 * one before it); the returned promise reports this step's failure.
 */
function step(move: 'undo' | 'redo'): Promise<void> {
  const run = queue.then(async () => {
    const from = move === 'undo' ? stacks.done : stacks.undone;
    const command = from.at(-1);
    if (!command) return;
    await command[move]();
    const rest = from.slice(0, -1);
    publish(move === 'undo' ? { done: rest, undone: [...stacks.undone, command] } : { done: [...stacks.done, command], undone: rest });
  });
  queue = run.catch(() => undefined);
  return run;
}

const undo = (): Promise<void> => step('undo');
const redo = (): Promise<void> => step('redo');

export function useUndoStack() {
  const current = useSyncExternalStore(subscribe, () => stacks);
  return { perform, undo, redo, undoLabel: current.done.at(-1)?.label, redoLabel: current.undone.at(-1)?.label };
}
