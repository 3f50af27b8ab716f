import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CALL_CHANNEL, DROP_CHANNEL, EVENT_CHANNEL } from '../../preload/channels';
import type { EventName, EventPayload, Result } from '../../preload/api';
import { dispatch, type Handlers } from '../handlers/dispatch';
import { isAbsolute } from 'node:path';
import { acceptableDrop, isTrustedSender } from './policy';

/** Only our own top frame, loaded from the bundle, may call the engine. */
function fromOurFrame(event: IpcMainInvokeEvent, window: BrowserWindow): boolean {
  const frame = event.senderFrame;
  return isTrustedSender({ fromOurWindow: event.sender === window.webContents, topFrame: frame !== null && frame.parent === null, url: frame?.url ?? '' });
}

/** `handlers` resolves once an archive is open, so early calls wait instead of failing. */
export function serveIpc(window: BrowserWindow, handlers: () => Promise<Handlers>): void {
  ipcMain.removeHandler(CALL_CHANNEL);
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!fromOurFrame(event, window)) return { ok: false, error: { code: 'forbidden', message: 'This window may not call Testimony.' } };
    return dispatch(await handlers(), name, input);
  });
}

/**
 * A folder dropped on our window opens as the archive once the researcher confirms it (main
 * cannot see the OS's drop itself, so a path from the page is never acted on unasked).
 */
export function serveDrops(window: BrowserWindow, open: (folder: string) => void, isFolder: (path: string) => boolean, confirm: (folder: string) => Promise<boolean>): void {
  ipcMain.removeAllListeners(DROP_CHANNEL);
  ipcMain.on(DROP_CHANNEL, (event, path: unknown) => {
    const frame = event.senderFrame;
    const trusted = isTrustedSender({ fromOurWindow: event.sender === window.webContents, topFrame: frame !== null && frame.parent === null, url: frame?.url ?? '' });
    if (!trusted || !acceptableDrop(path, isAbsolute) || !isFolder(path)) return;
    void confirm(path).then((yes) => yes && open(path));
  });
}

export function emitTo(window: BrowserWindow) {
  return <K extends EventName>(name: K, payload: EventPayload<K>): void => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload);
  };
}
