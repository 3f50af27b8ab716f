/**
 * Keys that act only in one place (a form, the reader, the dossier's section list). The handlers
 * match them from here and the cheat sheet lists them from here, so the two cannot drift apart.
 */
export interface ContextKey {
  id: string;
  label: string;
  shortcut: string;
  where: string;
}

export const CONTEXT_KEYS = {
  undo: { id: 'undo', label: 'Undo the last annotation change', shortcut: 'Mod+Z', where: 'reader, outside text fields' },
  redo: { id: 'redo', label: 'Redo', shortcut: 'Mod+Shift+Z', where: 'reader, outside text fields' },
  save: { id: 'save', label: 'Save the annotation being written', shortcut: 'Mod+Enter', where: 'annotation form' },
  cancel: { id: 'cancel', label: 'Cancel the annotation, close a dialog', shortcut: 'Escape', where: 'forms and dialogs' },
  nextPassage: { id: 'next-passage', label: 'Next passage', shortcut: 'ArrowDown', where: 'reader text' },
  previousPassage: { id: 'previous-passage', label: 'Previous passage', shortcut: 'ArrowUp', where: 'reader text' },
  selectPassage: { id: 'select-passage', label: 'Select the focused passage (to annotate it)', shortcut: 'Enter', where: 'reader text' },
  extendWord: { id: 'extend-word', label: 'Extend the selection by a word', shortcut: 'Shift+ArrowRight', where: 'reader text' },
  shrinkWord: { id: 'shrink-word', label: 'Shrink the selection by a word', shortcut: 'Shift+ArrowLeft', where: 'reader text' },
  playPause: { id: 'play-pause', label: 'Play or pause the recording', shortcut: 'Alt+P', where: 'reader with a recording, outside text fields' },
  jumpBack: { id: 'jump-back', label: 'Jump back 5 seconds', shortcut: 'Alt+J', where: 'reader with a recording, outside text fields' },
  jumpForward: { id: 'jump-forward', label: 'Jump forward 5 seconds', shortcut: 'Alt+L', where: 'reader with a recording, outside text fields' },
  faster: { id: 'faster', label: 'Play faster (up to 2×)', shortcut: 'Alt+Shift+ArrowUp', where: 'reader with a recording, outside text fields' },
  slower: { id: 'slower', label: 'Play slower (down to 0.5×)', shortcut: 'Alt+Shift+ArrowDown', where: 'reader with a recording, outside text fields' },
  follow: { id: 'follow', label: 'Follow the spoken passage, or stop following', shortcut: 'Alt+Shift+F', where: 'reader with a recording, outside text fields' },
  moveUp: { id: 'move-up', label: 'Move the section up', shortcut: 'Alt+ArrowUp', where: 'dossier sections' },
  moveDown: { id: 'move-down', label: 'Move the section down', shortcut: 'Alt+ArrowDown', where: 'dossier sections' },
} as const satisfies Record<string, ContextKey>;

export const contextKeys: readonly ContextKey[] = Object.values(CONTEXT_KEYS);
