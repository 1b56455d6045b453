// SPDX-License-Identifier: MIT
// The leak-timeline part of the benchmark, on the database the analysis phase analysed: sender
// linkage from scratch, the timeline tables from scratch, what the timeline page loads, the
// advice, the full HTML report, and then what one more small import costs (1,000 new messages:
// imported, analysed, linkage and timeline brought up to date incrementally).
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DbKey } from '../../src-main/core/db/open';
import { adviceFor } from '../../src-main/core/advice/advice-for';
import { analyseDatabase } from '../../src-main/core/analysis/run-analysis';
import { importPath } from '../../src-main/core/import/run-import';
import { spawnTsAnalysisWorker } from '../../src-main/core/jobs/spawn-ts-worker';
import { benchLinkage } from '../../src-main/core/linkage/bench-linkage';
import { benchReport } from '../../src-main/core/report/bench-report';
import { benchTimeline } from '../../src-main/core/timeline/bench-timeline';
import { timelineView } from '../../src-main/core/timeline/build-timeline';
import { updateLeakTimeline } from '../../src-main/core/timeline/update-leak-timeline';
import { syntheticSms } from './synthetic-sms';
import { writeSbrFile } from './write-sbr-file';

const EXTRA = 1000;

function timed<T>(run: () => T): [T, number] {
  const t0 = performance.now();
  const out = run();
  return [out, performance.now() - t0];
}

export async function runTimelinePhase(db: Database, dbPath: string, key: DbKey, scratchDir: string) {
  const senders = db.prepare('SELECT count(*) FROM senders').pluck().get() as number;
  const messages = db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
  const linkage = benchLinkage(db);
  const timeline = benchTimeline(db);
  // The view again, warm, as a second visit to the page pays it.
  const [, viewWarmMs] = timed(() => timelineView(db, { reveal: false }));
  const [advice, adviceMs] = timed(() => adviceFor(db));
  const report = benchReport(db);

  const extra = join(scratchDir, `sbr-extra-${EXTRA}.xml`);
  // Seeded by the size, so a re-run (`--only timeline`) adds messages that are new again.
  await writeSbrFile(extra, syntheticSms(EXTRA, messages), EXTRA);
  let t0 = performance.now();
  await importPath(db, extra);
  await analyseDatabase(db, { pool: { spawn: spawnTsAnalysisWorker, count: 2, dbPath, key } });
  const importAnalyseMs = performance.now() - t0;
  t0 = performance.now();
  updateLeakTimeline(db);
  const updateMs = performance.now() - t0;
  return {
    messages,
    senders,
    linkage,
    timeline,
    viewWarmMs,
    advice: { ms: adviceMs, pieces: advice.length },
    report,
    incremental: { added: EXTRA, importAnalyseMs, updateMs },
  };
}
