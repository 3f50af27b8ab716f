import { clickCommand, type Command } from './commands';
import type { FeatureView } from './features';
import type { View } from './navigation';
import { nextTheme, type Theme } from './theme';

export interface AppCommandInputs {
  features: readonly FeatureView[];
  go(view: View): void;
  back(): void;
  forward(): void;
  theme: Theme;
  setTheme(theme: Theme): void;
  openPalette(): void;
  openShortcuts(): void;
  openArchive(): void;
  reindex(): void;
}

/**
 * The app's commands: each one in the palette, most with a shortcut. No chord takes a key the
 * platform or the browser keeps (see reservedKeys.ts; a unit test checks this list against it).
 */
export function appCommands({ features, go, back, forward, theme, setTheme, openPalette, openShortcuts, openArchive, reindex }: AppCommandInputs): Command[] {
  return [
    { id: 'palette', label: 'Show all commands', shortcut: 'Mod+K', run: openPalette },
    { id: 'shortcuts', label: 'Show keyboard shortcuts', shortcut: '?', run: openShortcuts },
    { id: 'focus-search', label: 'Search the archive', shortcut: '/', run: () => document.querySelector<HTMLInputElement>('input[type="search"]')?.focus() },
    { id: 'next-hit', label: 'Next search hit', shortcut: 'F3', run: () => clickCommand('next-hit') },
    { id: 'previous-hit', label: 'Previous search hit', shortcut: 'Shift+F3', run: () => clickCommand('previous-hit') },
    { id: 'focus-reader', label: 'Read the text (focus the reader)', shortcut: 'Alt+R', run: () => document.querySelector<HTMLElement>('.reader-body')?.focus() },
    // Mod+Enter inside the annotation form saves it; outside any field it starts the note.
    { id: 'annotate', label: 'Annotate the selection', shortcut: 'Mod+Enter', whileTyping: false, run: () => clickCommand('annotate') },
    { id: 'code', label: 'Code the selection', shortcut: 'Mod+Shift+K', run: () => clickCommand('code') },
    { id: 'link', label: 'Link the focused annotation', shortcut: 'Mod+Shift+L', run: () => clickCommand('link') },
    { id: 'add-to-dossier', label: 'Add to the dossier', shortcut: 'Mod+Shift+X', run: () => clickCommand('add-to-dossier') },
    { id: 'home', label: 'Go to search', shortcut: 'Alt+0', run: () => go({ kind: 'home' }) },
    ...features.map((f, index) => ({ id: `view-${f.id}`, label: `Go to ${f.label}`, shortcut: index < 9 ? `Alt+${index + 1}` : undefined, run: () => go({ kind: 'feature', id: f.id }) })),
    { id: 'back', label: 'Back', shortcut: 'Alt+ArrowLeft', run: back },
    { id: 'forward', label: 'Forward', shortcut: 'Alt+ArrowRight', run: forward },
    { id: 'theme', label: `Theme: switch to ${nextTheme(theme)}`, run: () => setTheme(nextTheme(theme)) },
    { id: 'open-archive', label: 'Open another archive…', run: openArchive },
    { id: 'reindex', label: 'Re-index the archive', run: reindex },
  ];
}
