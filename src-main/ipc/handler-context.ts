// SPDX-License-Identifier: MIT
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { JobRunner } from '../core/jobs/job-runner';
import type { ReportFormat } from '../core/model/report';

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
  /** The host's save dialog for an exported report; null when the user cancels. */
  chooseSavePath: (options: { defaultName: string; format: ReportFormat }) => Promise<string | null>;
  /** Prints self-contained HTML to PDF: Electron's printToPDF in the app, headless Chromium elsewhere. */
  printPdf: (html: string) => Promise<Buffer>;
  /**
   * The host's own question before 'data:wipe' (a native dialog in the app), so that a page that
   * was made to send the request cannot destroy the evidence by itself; absent: no second question.
   */
  confirmWipe?: () => Promise<boolean>;
  /** After 'data:wipe' closed the database and removed its files: the app clears Chromium's caches and quits. */
  afterWipe?: () => void;
}
