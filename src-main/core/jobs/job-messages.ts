// SPDX-License-Identifier: MIT
// What the job host and the import worker say to each other over postMessage.
import type { ErrorPayload, JobKind } from '../model/job';
import type { CsvMapping } from '../model/csv-mapping';
import type { ImportFormat, ImportSummary } from '../model/source';
import type { TransferableKey } from '../db/transferable-key';
import type { ScreenshotReading } from '../model/screenshot';

export interface ImportJobData {
  jobId: string;
  kind: JobKind;
  dbPath: string;
  /** Raw key bytes or a passphrase; structured-cloned into the worker, never logged. */
  key: TransferableKey;
  paths: string[];
  /** Per-path choices the user made: a forced format, a confirmed CSV mapping. */
  choices?: Record<string, { format?: ImportFormat; csvMapping?: CsvMapping }>;
  timeZone?: string;
  /** The SQLite driver build to load (Electron's ABI differs from Node's); default: node_modules'. */
  nativeBinding?: string;
  /** The bundled analysis worker to start (Electron); absent: its TypeScript source via tsx. */
  analysisWorker?: string;
  /** Screenshot reading: the OCR language data, and the day relative separators count from. */
  tessdataDir?: string;
  referenceDate?: string;
}

export type WorkerToHost =
  | { type: 'progress'; fileIndex: number; fileCount?: number; file: string; bytesDone: number; bytesTotal: number; messages: number }
  | { type: 'file-done'; summary: ImportSummary }
  | { type: 'file-failed'; file: string; error: ErrorPayload }
  | { type: 'analysis-progress'; done: number; total: number }
  | { type: 'screenshot-read'; fileIndex: number; reading: ScreenshotReading }
  | { type: 'finished'; cancelled: boolean; analysed: number };

export type HostToWorker = { type: 'cancel' };
