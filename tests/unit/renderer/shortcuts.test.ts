import { describe, expect, it } from 'vitest';
import { appCommands } from '../../../renderer/src/shell/appCommands';
import { matches, type Command } from '../../../renderer/src/shell/commands';
import { contextKeys } from '../../../renderer/src/shell/contextKeys';
import { isReserved, RESERVED_CHORDS, SAME_MEANING } from '../../../renderer/src/shell/reservedKeys';

const noop = (): void => undefined;
const features = Array.from({ length: 10 }, (_, i) => ({ id: `v${i}`, label: `View ${i}`, component: () => null }));
const commands: Command[] = appCommands({ features, go: noop, back: noop, forward: noop, theme: 'system', setTheme: noop, openPalette: noop, openShortcuts: noop, openArchive: noop, reindex: noop });
const shortcuts = [...commands.flatMap((c) => (c.shortcut ? [c.shortcut] : [])), ...contextKeys.map((k) => k.shortcut)];

/** The keydown Chromium sends for a chord written in Testimony's notation (Ctrl for Mod: not a Mac). */
function press(chord: string, layoutKey?: string): KeyboardEvent {
  const parts = chord.split('+');
  const key = parts.pop() ?? '';
  const shift = parts.includes('Shift');
  const letter = /^[a-z]$/i.test(key);
  const code = letter ? `Key${key.toUpperCase()}` : /^\d$/.test(key) ? `Digit${key}` : key;
  const typed = layoutKey ?? (letter ? (shift ? key.toUpperCase() : key.toLowerCase()) : key);
  return { key: typed, code, ctrlKey: parts.includes('Mod'), metaKey: false, altKey: parts.includes('Alt'), shiftKey: shift } as KeyboardEvent;
}

const matching = (event: KeyboardEvent): string[] => shortcuts.filter((s) => matches(event, s));

describe('shortcuts leave the platform its keys', () => {
  it('no command or contextual key takes a chord the platform or the browser keeps', () => {
    expect(shortcuts.length).toBeGreaterThan(20);
    expect(shortcuts.filter(isReserved)).toEqual([]);
  });

  it('no reserved chord, pressed, runs a command (with or without Shift: the class of Ctrl+C running "Code")', () => {
    for (const chord of RESERVED_CHORDS) {
      if (Object.hasOwn(SAME_MEANING, chord)) continue;
      expect(matching(press(chord)), chord).toEqual([]);
    }
    for (const letter of 'ACVXZYLTWNRFPS') {
      // Ctrl+Z / Ctrl+Y are undo and redo, as the browser means them (outside text fields only).
      const expected = letter === 'Z' ? ['Mod+Z'] : letter === 'Y' ? [] : [];
      expect(matching(press(`Mod+${letter}`)), `Ctrl+${letter}`).toEqual(expected);
    }
  });

  it('Shift counts for letters, digits and named keys, but not for symbols typed with it', () => {
    expect(matches(press('Mod+Shift+K'), 'Mod+Shift+K')).toBe(true);
    expect(matches(press('Mod+K'), 'Mod+Shift+K')).toBe(false);
    expect(matches(press('Mod+Shift+K'), 'Mod+K')).toBe(false);
    expect(matches(press('Shift+F3'), 'F3')).toBe(false);
    expect(matches(press('Shift+?'), '?')).toBe(true);
    expect(matches(press('Alt+Shift+1'), 'Alt+1')).toBe(false);
  });

  it('letter chords work on a Persian keyboard layout, by physical key', () => {
    expect(matches(press('Mod+Shift+K', 'ن'), 'Mod+Shift+K')).toBe(true);
    expect(matches(press('Mod+Shift+L', 'م'), 'Mod+Shift+K')).toBe(false);
  });

  it('every chord names one command only, and every command with a chord is in the cheat sheet data', () => {
    const global = commands.flatMap((c) => (c.shortcut ? [c.shortcut] : []));
    expect(new Set(global).size).toBe(global.length);
    for (const s of global) expect(global.filter((t) => matches(press(s), t)), s).toEqual([s]);
  });
});
