// SPDX-License-Identifier: MIT
// Where a report gets its timeline and advice. One seam, so the report does not care which module
// builds them and tests can hand in a timeline of their own.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { adviceFor } from '../advice/advice-for';
import type { Advice } from '../model/advice';
import type { Timeline } from '../model/timeline';
import { buildTimeline } from '../timeline/build-timeline';

export interface ReportSources {
  timeline: (db: Database, options: { reveal: boolean }) => Timeline;
  advice: (db: Database) => Advice[];
}

export const defaultReportSources: ReportSources = {
  // The report cites first-knowledge events; later mentions would only repeat the same proof.
  timeline: (db, { reveal }) => buildTimeline(db, { reveal, events: 'first' }),
  advice: adviceFor,
};
