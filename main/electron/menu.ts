import { Menu, type MenuItemConstructorOptions } from 'electron';
import { viewMenuRoles } from './policy';

export interface MenuActions {
  openArchive(): void;
  openRecent(path: string): void;
  openSample(): void;
  reindex(): void;
  recent(): string[];
  isPackaged: boolean;
}

/** Native menus with the platform's usual roles plus Testimony's own commands. */
export function buildMenu(actions: MenuActions): void {
  const isMac = process.platform === 'darwin';
  const recent: MenuItemConstructorOptions[] = actions.recent().map((path) => ({ label: path, click: () => actions.openRecent(path) }));
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Archive…', accelerator: 'CmdOrCtrl+O', click: actions.openArchive },
        { label: 'Open Recent', submenu: recent.length ? recent : [{ label: 'No recent archives', enabled: false }] },
        { label: 'Open Sample Archive', click: actions.openSample },
        { type: 'separator' },
        { label: 'Re-index Archive', click: actions.reindex },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    // Reload and DevTools only in development: a packaged app offers neither.
    { label: 'View', submenu: viewMenuRoles(actions.isPackaged).map((role) => (role === 'separator' ? { type: 'separator' as const } : { role: role as MenuItemConstructorOptions['role'] })) },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'About Testimony', role: 'about' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
