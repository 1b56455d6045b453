// SPDX-License-Identifier: MIT
// What the analysis coordinator and its workers say to each other over postMessage.
import type { Profile } from '../model/profile';
import type { TransferableKey } from '../db/transferable-key';
import type { NaiveBayesData } from '../learning/naive-bayes';
import type { EncodedAnalysis } from './analysis-rows';

export interface AnalysisWorkerData {
  dbPath: string;
  key: TransferableKey;
  nativeBinding?: string;
  profile: Profile;
  model: NaiveBayesData | null;
  basis: number;
}

export type CoordinatorToWorker = { type: 'range'; seq: number; fromId: number; toId: number };
export type WorkerToCoordinator =
  | { type: 'result'; seq: number; rows: EncodedAnalysis[] }
  | { type: 'error'; message: string };
