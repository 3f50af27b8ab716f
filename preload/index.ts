/**
 * The sandboxed preload: exposes exactly the contract's `call` and `on` to the page. No Electron
 * object, no ipcRenderer, no Node API crosses into the renderer.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { eventNames, isCallName, type TestimonyApi } from './api';
import { CALL_CHANNEL, DROP_CHANNEL, EVENT_CHANNEL } from './channels';

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

// Drag and drop of an archive folder onto the window. The preload reads the dropped item's
// path itself (webUtils) and hands it to main, which checks that it is a folder before opening
// it: the page gets no file-system path and no way to ask for one.
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => {
  event.preventDefault();
  // Only a drop from the OS: a synthetic event or a File the page built has no path.
  const file = event.isTrusted ? event.dataTransfer?.files[0] : undefined;
  const path = file ? webUtils.getPathForFile(file) : '';
  if (path) ipcRenderer.send(DROP_CHANNEL, path);
});
