// SPDX-License-Identifier: MIT
// Exporting the evidence report: the format, whether the user's own values are written unmasked,
// and where the file went; the report is written in the page's language. The main side asks where to save; a cancelled dialog is not an error.
import type { ReportFormat } from '../../src-main/ipc/contract';
import { asClientError, call, type ClientError } from '../api/leakline-client';
import { locale } from './locale.svelte';

export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'pdf', 'csv', 'jsonl'];

class ReportExportState {
  format = $state<ReportFormat>('html');
  reveal = $state(false);
  busy = $state(false);
  savedPath = $state<string | null>(null);
  cancelled = $state(false);
  error = $state<ClientError | null>(null);

  async run(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.savedPath = null;
    this.cancelled = false;
    this.error = null;
    try {
      const { path } = await call('report:export', { format: this.format, reveal: this.reveal, lang: locale.current === 'en' ? 'en' : 'zh' });
      this.savedPath = path;
      this.cancelled = path === null;
    } catch (err) {
      this.error = asClientError(err);
    } finally {
      this.busy = false;
    }
  }
}

export const reportExport = new ReportExportState();
