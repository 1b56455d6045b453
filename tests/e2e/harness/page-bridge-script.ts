// SPDX-License-Identifier: MIT
// The init script that gives the test page its window.leakline. It is built from the very factory
// the Electron preload uses (its source text, since a page cannot import Node modules); only the
// transport differs: Playwright bindings instead of ipcRenderer.
import { CHANNEL_NAMES, EVENT_NAMES } from '../../../src-main/ipc/contract';
import { createLeaklineApi } from '../../../src-main/app/leakline-api';

/** Name of the binding through which invoke() reaches the Node-side dispatcher. */
export const INVOKE_BINDING = '__leaklineInvoke';
/** Set by the page's subscribe(); the harness calls it to push an event. */
export const DELIVER_HOOK = '__leaklineDeliver';
/** File name → path map that stands in for webUtils.getPathForFile. */
export const FILE_PATHS = '__leaklineFilePaths';

export function pageBridgeScript(): string {
  // tsx (esbuild with keepNames) wraps inner functions in __name(fn, "name") calls; the helper is
  // not part of the function's source text, so the page gets a no-op of its own.
  return `(() => {
  const __name = (target) => target;
  const createLeaklineApi = (${createLeaklineApi.toString()});
  const api = createLeaklineApi({
    channels: ${JSON.stringify(CHANNEL_NAMES)},
    events: ${JSON.stringify(EVENT_NAMES)},
    invoke: (channel, request) => window[${JSON.stringify(INVOKE_BINDING)}](channel, request),
    subscribe: (deliver) => {
      window[${JSON.stringify(DELIVER_HOOK)}] = deliver;
    },
    pathForFile: (file) => {
      const paths = window[${JSON.stringify(FILE_PATHS)}] || {};
      return Object.prototype.hasOwnProperty.call(paths, file.name) ? paths[file.name] : null;
    },
  });
  Object.defineProperty(window, 'leakline', { value: api, enumerable: true });
})();`;
}
