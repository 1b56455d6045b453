// SPDX-License-Identifier: MIT
// The analysis of the whole database as the page shows it: counts per category and per signal
// (the filters' choices), high-risk and stale counts for the overview line.
import type { AnalysisSummary } from '../../src-main/ipc/contract';
import { asClientError, call, type ClientError } from '../api/leakline-client';

class AnalysisState {
  summary = $state<AnalysisSummary | null>(null);
  error = $state<ClientError | null>(null);
  #request = 0;

  async refresh(): Promise<void> {
    const request = ++this.#request;
    try {
      const summary = await call('analysis:summary', {});
      if (request !== this.#request) return;
      this.summary = summary;
      this.error = null;
    } catch (err) {
      if (request === this.#request) this.error = asClientError(err);
    }
  }
}

export const analysis = new AnalysisState();
