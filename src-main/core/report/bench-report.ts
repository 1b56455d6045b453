// SPDX-License-Identifier: MIT
// The bench phase for the report (`npm run bench`): collecting and rendering the full HTML report
// of a database, timed here so that the lead's bench runner only prints the numbers.
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { collectReportInput } from './collect-report-input';
import { renderHtml } from './report-html';
import type { ReportSources } from './report-sources';

export interface ReportBench {
  /** Collecting (timeline, citations, content hash, histogram) and rendering the HTML. */
  htmlMs: number;
  /** Of which: reading everything from the database (timeline, citations, content hash, histogram). */
  collectMs: number;
  bytes: number;
  citedMessages: number;
}

export function benchReport(db: Database, sources?: ReportSources): ReportBench {
  const start = performance.now();
  const input = collectReportInput(db, { reveal: false, lang: 'zh', timeZone: 'Asia/Shanghai' }, sources);
  const collected = performance.now();
  const html = renderHtml(input);
  const end = performance.now();
  return { htmlMs: end - start, collectMs: collected - start, bytes: Buffer.byteLength(html, 'utf8'), citedMessages: input.messages.length };
}
