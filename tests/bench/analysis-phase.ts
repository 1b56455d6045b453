// SPDX-License-Identifier: MIT
// The analysis part of the benchmark, on a database the import phase filled: a plain read of the
// rows, the analyzer on one core over the same rows, then the full analysis as the app runs it
// (a worker per core, results written), and an incremental run with nothing to do.
import { availableParallelism } from 'node:os';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DbKey } from '../../src-main/core/db/open';
import { createMessageAnalyzer } from '../../src-main/core/analysis/message-analyzer';
import { analyseDatabase } from '../../src-main/core/analysis/run-analysis';
import { spawnTsAnalysisWorker } from '../../src-main/core/jobs/spawn-ts-worker';
import { parseProfileFile, saveProfile } from '../../src-main/core/profile/profile-store';
import { readFileSync } from 'node:fs';
import { listMessages } from '../../src-main/core/store/message-queries';
import type { MessageFilter } from '../../src-main/core/model/message';

/** Filters on the analysis, as the app's filter bar sends them: first page of 100 plus the total. */
const FILTERS: Record<string, MessageFilter> = {
  'category: contact collection': { categories: ['contact_collection'] },
  'category: fraud + debt collection': { categories: ['fraud', 'debt_collection'] },
  'risk ≥ 0.8': { minRisk: 0.8 },
  'signal: threat to expose contacts': { signal: 'threat_expose_contacts' },
  'search 逾期 + category debt collection': { query: '逾期', categories: ['debt_collection'] },
};

function timeFilters(db: Database) {
  const out: Record<string, { ms: number; total: number }> = {};
  for (const [label, filter] of Object.entries(FILTERS)) {
    const t0 = performance.now();
    const r = listMessages(db, filter, 0, 100);
    out[label] = { ms: performance.now() - t0, total: r.total };
  }
  return out;
}

const READ = `SELECT m.id, m.body, m.direction, s.address FROM messages m JOIN senders s ON s.id = m.sender_id`;

export async function runAnalysisPhase(db: Database, dbPath: string, key: DbKey) {
  // The demo profile, so that matching does real work (林晓峰 appears in the synthetic texts).
  const profile = parseProfileFile(readFileSync('resources/demo/demo-profile.json', 'utf8'));
  saveProfile(db, profile);
  db.exec('DELETE FROM analysis; DELETE FROM pii_mentions;');

  let t0 = performance.now();
  let rows = 0;
  let chars = 0;
  for (const r of db.prepare(READ).raw().iterate() as Iterable<[number, string, string, string]>) {
    rows++;
    chars += r[1].length;
  }
  const readSeconds = (performance.now() - t0) / 1000;

  const analyze = createMessageAnalyzer({ profile });
  t0 = performance.now();
  let analysed = 0;
  for (const [, body, direction, address] of db.prepare(READ).raw().iterate() as Iterable<[number, string, 'in' | 'out', string]>) {
    analyze({ text: body, sender: address, direction });
    analysed++;
  }
  const oneCoreSeconds = (performance.now() - t0) / 1000;

  const workers = availableParallelism();
  t0 = performance.now();
  const full = await analyseDatabase(db, { pool: { spawn: spawnTsAnalysisWorker, count: workers, dbPath, key } });
  const fullSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const again = await analyseDatabase(db, { pool: { spawn: spawnTsAnalysisWorker, count: workers, dbPath, key } });
  const incrementalSeconds = (performance.now() - t0) / 1000;
  const filters = timeFilters(db);
  return { rows, chars, readSeconds, analysed, oneCoreSeconds, workers, fullAnalysed: full.analysed, fullSeconds, incrementalAnalysed: again.analysed, incrementalSeconds, filters };
}
