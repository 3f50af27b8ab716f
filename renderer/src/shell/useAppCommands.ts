import { useMemo } from 'react';
import { request } from '../api/client';
import { appCommands, type AppCommandInputs } from './appCommands';
import type { Command } from './commands';

const reindex = (): void => void request('archive.reindex', {});

/** The app's commands, rebuilt only when what they depend on changes. */
export function useAppCommands(inputs: Omit<AppCommandInputs, 'reindex'>): Command[] {
  const { features, go, back, forward, theme, setTheme, openPalette, openShortcuts, openArchive } = inputs;
  return useMemo(
    () => appCommands({ features, go, back, forward, theme, setTheme, openPalette, openShortcuts, openArchive, reindex }),
    [features, go, back, forward, theme, setTheme, openPalette, openShortcuts, openArchive],
  );
}
