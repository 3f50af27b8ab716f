import { useMemo } from 'react';
import { request } from '../api/client';
import { clickCommand, type Command } from './commands';
import type { FeatureView } from './features';
import type { View } from './navigation';
import { nextTheme, type Theme } from './theme';

interface Inputs {
  features: readonly FeatureView[];
  go(view: View): void;
  back(): void;
  forward(): void;
  theme: Theme;
  setTheme(theme: Theme): void;
  openPalette(): void;
  openShortcuts(): void;
}

/** The app's commands: each one in the palette, most with a shortcut. */
export function useAppCommands({ features, go, back, forward, theme, setTheme, openPalette, openShortcuts }: Inputs): Command[] {
  return useMemo(() => [
    { id: 'palette', label: 'Show all commands', shortcut: 'Mod+K', run: openPalette },
    { id: 'shortcuts', label: 'Show keyboard shortcuts', shortcut: '?', run: openShortcuts },
    { id: 'focus-search', label: 'Search the archive', shortcut: '/', run: () => document.querySelector<HTMLInputElement>('input[type="search"]')?.focus() },
    { id: 'next-hit', label: 'Next search hit', shortcut: 'F3', run: () => clickCommand('next-hit') },
    { id: 'previous-hit', label: 'Previous search hit', shortcut: 'Shift+F3', run: () => clickCommand('previous-hit') },
    { id: 'annotate', label: 'Annotate the selection', shortcut: 'Mod+Shift+A', run: () => clickCommand('annotate') },
    { id: 'code', label: 'Code the selection', shortcut: 'Mod+Shift+C', run: () => clickCommand('code') },
    { id: 'link', label: 'Link the focused annotation', shortcut: 'Mod+Shift+L', run: () => clickCommand('link') },
    { id: 'add-to-dossier', label: 'Add to the dossier', shortcut: 'Mod+Shift+D', run: () => clickCommand('add-to-dossier') },
    { id: 'home', label: 'Go to search', shortcut: 'Alt+0', run: () => go({ kind: 'home' }) },
    ...features.map((f, index) => ({ id: `view-${f.id}`, label: `Go to ${f.label}`, shortcut: index < 9 ? `Alt+${index + 1}` : undefined, run: () => go({ kind: 'feature', id: f.id }) })),
    { id: 'back', label: 'Back', shortcut: 'Alt+ArrowLeft', run: back },
    { id: 'forward', label: 'Forward', shortcut: 'Alt+ArrowRight', run: forward },
    { id: 'theme', label: `Theme: switch to ${nextTheme(theme)}`, shortcut: 'Mod+Shift+T', run: () => setTheme(nextTheme(theme)) },
    { id: 'reindex', label: 'Re-index the archive', run: () => void request('archive.reindex', {}) },
  ], [features, go, back, forward, theme, setTheme, openPalette, openShortcuts]);
}
