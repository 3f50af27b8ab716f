import { app, dialog, type BrowserWindow } from 'electron';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The Electron host's save capability: a native save dialog, then a copy of the exported file.
 * The path comes from the dialog the researcher answered, never from the page.
 */
export function saveFileDialog(window: () => BrowserWindow | null): (file: string, fileName: string) => Promise<string | null> {
  return async (file, fileName) => {
    const options = {
      title: 'Save the dossier',
      defaultPath: join(app.getPath('documents'), fileName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const win = window();
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await copyFile(file, choice.filePath);
    return choice.filePath;
  };
}
