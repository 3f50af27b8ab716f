/**
 * The sandboxed preload: exposes exactly the contract's `call` and `on` to the page. No Electron
 * object, no ipcRenderer, no Node API crosses into the renderer.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventNames, isCallName, type TestimonyApi } from './api';
import { CALL_CHANNEL, EVENT_CHANNEL } from './channels';

const api: TestimonyApi = {
  call(name, input) {
    if (!isCallName(name)) return Promise.resolve({ ok: false, error: { code: 'invalid-input', message: `Unknown call ${String(name)}.` } });
    return ipcRenderer.invoke(CALL_CHANNEL, name, input);
  },
  on(name, listener) {
    if (!eventNames.includes(name)) throw new Error(`Unknown event ${String(name)}`);
    const handler = (_event: IpcRendererEvent, eventName: string, payload: unknown): void => {
      if (eventName === name) listener(payload as never);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('testimony', api);
