import { useCallback, useRef, useState } from 'react';

/** A reversible change the researcher made: undo puts things back, redo does it again. */
export interface UndoableCommand {
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/**
 * An undo/redo stack of commands (Tropy-style). The stacks live in a ref (read by the handlers);
 * the labels shown on the buttons are state, updated with every change.
 */
export function useUndoStack() {
  const stacks = useRef<{ done: UndoableCommand[]; undone: UndoableCommand[] }>({ done: [], undone: [] });
  const [labels, setLabels] = useState<{ undo?: string; redo?: string }>({});
  const publish = useCallback(() => {
    const { done, undone } = stacks.current;
    setLabels({ undo: done.at(-1)?.label, redo: undone.at(-1)?.label });
  }, []);

  const record = useCallback((command: UndoableCommand) => {
    stacks.current = { done: [...stacks.current.done, command], undone: [] };
    publish();
  }, [publish]);
  const undo = useCallback(async () => {
    const command = stacks.current.done.at(-1);
    if (!command) return;
    await command.undo();
    stacks.current = { done: stacks.current.done.slice(0, -1), undone: [...stacks.current.undone, command] };
    publish();
  }, [publish]);
  const redo = useCallback(async () => {
    const command = stacks.current.undone.at(-1);
    if (!command) return;
    await command.redo();
    stacks.current = { done: [...stacks.current.done, command], undone: stacks.current.undone.slice(0, -1) };
    publish();
  }, [publish]);
  return { record, undo, redo, undoLabel: labels.undo, redoLabel: labels.redo };
}
