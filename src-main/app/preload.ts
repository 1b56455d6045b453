// SPDX-License-Identifier: MIT
// Runs sandboxed in an isolated world: only the contract's API crosses into the page, never
// ipcRenderer itself. Bundled to one CommonJS file because sandboxed preloads cannot load others.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES } from '../ipc/contract';
import { IPC_EVENT_CHANNEL, ipcChannelFor } from './app-origin';
import { createLeaklineApi } from './leakline-api';

const api = createLeaklineApi({
  channels: CHANNEL_NAMES,
  events: EVENT_NAMES,
  invoke: (channel, request) => ipcRenderer.invoke(ipcChannelFor(channel), request),
  subscribe: (deliver) => {
    ipcRenderer.on(IPC_EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
      if (typeof name === 'string') deliver(name, payload);
    });
  },
  pathForFile: (file) => webUtils.getPathForFile(file) || null,
});

contextBridge.exposeInMainWorld('leakline', api);
