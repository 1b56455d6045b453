// SPDX-License-Identifier: MIT
// The report's entry points: render one format from a collected input, and the bytes to write.
// PDF is the HTML printed by the host (Electron's printToPDF in the app, headless Chromium in the
// CLI and tests), so the printer is passed in and core stays free of browsers.
import { extname } from 'node:path';
import { DateTime } from 'luxon';
import type { ReportFormat, ReportInput } from '../model/report';
import { renderCsv } from './report-csv';
import { renderHtml } from './report-html';
import { renderJsonl } from './report-jsonl';

export type TextReportFormat = Exclude<ReportFormat, 'pdf'>;
export type PrintPdf = (html: string) => Promise<Buffer>;

export function renderReport(input: ReportInput, format: TextReportFormat): string {
  switch (format) {
    case 'html':
      return renderHtml(input);
    case 'csv':
      return renderCsv(input);
    case 'jsonl':
      return renderJsonl(input);
  }
}

/** The file's content in any format; `printPdf` is only called for PDF. */
export async function reportBytes(input: ReportInput, format: ReportFormat, printPdf: PrintPdf): Promise<Buffer> {
  if (format === 'pdf') return printPdf(renderHtml(input));
  return Buffer.from(renderReport(input, format), 'utf8');
}

/** The format a file name asks for by its extension, or null for any other. */
export function reportFormatOf(path: string): ReportFormat | null {
  const ext = extname(path).toLowerCase().slice(1);
  if (ext === 'htm') return 'html';
  return ext === 'html' || ext === 'pdf' || ext === 'csv' || ext === 'jsonl' ? ext : null;
}

/** A name for the save dialog: `leakline-report-2024-05-17.html`. */
export function defaultReportName(format: ReportFormat, now: number, zone?: string): string {
  return `leakline-report-${DateTime.fromMillis(now, zone ? { zone } : {}).toFormat('yyyy-MM-dd')}.${format}`;
}
