// SPDX-License-Identifier: MIT
// One ipcMain.handle per contract channel. The sender is checked before the dispatcher (which
// validates the request with zod) ever sees the message.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES } from '../ipc/contract';
import type { Dispatch } from '../ipc/dispatch';
import { IPC_EVENT_CHANNEL, ipcChannelFor } from './app-origin';
import { isTrustedSender } from './sender-check';

export function registerIpcHandlers(
  dispatch: Dispatch,
  mainWindow: () => BrowserWindow | null,
  trustedOrigins: readonly string[],
): void {
  const isTrusted = (event: IpcMainInvokeEvent): boolean => {
    const win = mainWindow();
    const frame = event.senderFrame;
    return isTrustedSender(
      {
        frameUrl: frame?.url ?? null,
        // Compared by id, not object identity: Electron may hand out a fresh wrapper per event.
        isOurMainFrame:
          win !== null &&
          !win.isDestroyed() &&
          event.sender.id === win.webContents.id &&
          frame !== null &&
          frame.parent === null,
      },
      trustedOrigins,
    );
  };
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(ipcChannelFor(channel), (event, request: unknown) => {
      if (!isTrusted(event)) throw new Error(`${channel}: refused, the sender is not Leakline's window`);
      return dispatch(channel, request);
    });
  }
}

/** Pushes an event to the window, if it is still there (the job runner's emit types the payload). */
export function sendEvent(win: BrowserWindow | null, event: string, payload: unknown): void {
  if (win === null || win.isDestroyed()) return;
  win.webContents.send(IPC_EVENT_CHANNEL, event, payload);
}
