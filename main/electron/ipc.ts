import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../preload/channels';
import type { EventName, EventPayload, Result } from '../../preload/api';
import { dispatch, type Handlers } from '../handlers/dispatch';
import { APP_ORIGIN } from './protocol';

/** Only our own top frame, loaded from the bundle, may call the engine. */
function fromOurFrame(event: IpcMainInvokeEvent, window: BrowserWindow): boolean {
  const frame = event.senderFrame;
  return event.sender === window.webContents && frame !== null && frame.parent === null && frame.url.startsWith(`${APP_ORIGIN}/`);
}

export function serveIpc(window: BrowserWindow, handlers: () => Handlers | null): void {
  ipcMain.removeHandler(CALL_CHANNEL);
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!fromOurFrame(event, window)) return { ok: false, error: { code: 'forbidden', message: 'This window may not call Testimony.' } };
    const current = handlers();
    if (!current) return { ok: false, error: { code: 'busy', message: 'The archive is still opening.' } };
    return dispatch(current, name, input);
  });
}

export function emitTo(window: BrowserWindow) {
  return <K extends EventName>(name: K, payload: EventPayload<K>): void => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, name, payload);
  };
}
