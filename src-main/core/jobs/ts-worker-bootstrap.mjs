// SPDX-License-Identifier: MIT
// Entry of a worker thread that runs TypeScript source (CLI and tests): registers tsx in this
// thread, then loads the module named by the spawner. Electron runs bundled JavaScript instead.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.__entry);
