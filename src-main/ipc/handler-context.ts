// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { JobRunner } from '../core/jobs/job-runner';

/** What the handlers need from their host: Electron's main process, the CLI, or the test bridge. */
export interface HandlerContext {
  db: Database;
  dbPath: string;
  encrypted: boolean;
  version: string;
  jobs: JobRunner;
  /** The host's file picker (Electron's dialog; a list the test registered in the bridge). */
  chooseFiles: (options: { folder: boolean }) => Promise<string[]>;
  /** The bundled demo backup files. */
  demoPaths: string[];
  /** Screenshot files and folders the page asked to read: the only images it may fetch back. */
  screenshotPaths: Set<string>;
}
