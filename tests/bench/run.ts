// SPDX-License-Identifier: MIT
// `npm run bench [-- --count N] [--only import,analyze,timeline]`: generates an SMS Backup & Restore
// file of N messages (default 1,000,000) and reports import throughput, peak memory and search
// latency next to a raw-SQLite baseline measured in the same run; then the analysis of what was
// imported; then the leak timeline (linkage, timeline view, advice, report) on the analysed
// database. `--only` runs some phases on the database an earlier run left in .cache/bench.
// Figures go to stdout; nothing here is a timed test.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { syntheticSms } from './synthetic-sms';
import { writeSbrFile } from './write-sbr-file';
import { writeMmssmsDb } from '../support/write-mmssms-db';
import { appleMessagesFrom, writeAppleSmsDb } from '../support/write-apple-sms-db';

const countArg = process.argv.indexOf('--count');
const count = countArg > 0 ? Number(process.argv[countArg + 1]) : 1_000_000;
const dir = resolve('.cache/bench');
mkdirSync(dir, { recursive: true });
const xml = join(dir, `sbr-${count}.xml`);
const mmssms = join(dir, `mmssms-${count}.db`);
const appleDb = join(dir, `apple-sms-${count}.db`);
// One key per cache folder, so that `--only analyze,timeline` can open the database an earlier run imported.
const keyFile = join(dir, 'key.hex');
if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32).toString('hex'));
const keyHex = readFileSync(keyFile, 'utf8').trim();
const phaseScript = resolve('tests/bench/phase.ts');

function phase<T>(name: string, db: string, ...args: string[]): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', phaseScript, name, db, keyHex, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

function freshDb(name: string): string {
  const path = join(dir, name);
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  return path;
}

const onlyArg = process.argv.indexOf('--only');
const only = new Set(onlyArg > 0 ? process.argv[onlyArg + 1]!.split(',') : ['import', 'analyze', 'timeline']);
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');
const lines: string[] = [];

if (only.has('import')) {
  if (!existsSync(xml)) {
    process.stderr.write(`generating ${count} messages → ${xml}\n`);
    await writeSbrFile(xml, syntheticSms(count), count);
  }
  if (!existsSync(mmssms)) {
    process.stderr.write(`generating ${count} messages → ${mmssms}\n`);
    writeMmssmsDb(mmssms, {
      sms: (function* () {
        for (const m of syntheticSms(count)) yield { address: m.address, time: m.time, type: m.type, body: m.body, timeSent: m.time - 1000, read: 1 };
      })(),
    });
  }
  if (!existsSync(appleDb)) {
    process.stderr.write(`generating ${count} messages → ${appleDb}\n`);
    writeAppleSmsDb(appleDb, appleMessagesFrom(syntheticSms(count)), { wal: true });
  }
  const sizeMb = statSync(xml).size / 1e6;

  process.stderr.write('baseline: plain inserts of the same rows\n');
  const baseline = phase<{ seconds: number; messages: number }>('baseline', freshDb('baseline.db'), xml, String(count));
  process.stderr.write('import: parse, normalise, dedupe, insert, index\n');
  const imported = phase<{ seconds: number; messages: number; maxRssMb: number }>('import', freshDb('import.db'), xml);
  process.stderr.write('import: Android mmssms.db\n');
  const importedMmssms = phase<{ seconds: number; messages: number; maxRssMb: number }>('import', freshDb('import-mmssms.db'), mmssms);
  process.stderr.write('import: iPhone sms.db\n');
  const importedApple = phase<{ seconds: number; messages: number; maxRssMb: number }>('import', freshDb('import-apple.db'), appleDb);
  process.stderr.write('search latency\n');
  const search = phase<Record<string, { p50: number; p95: number; hits: number }>>('search', join(dir, 'import.db'));
  lines.push(
    `Leakline benchmark — ${count.toLocaleString('en-US')} SMS, ${sizeMb.toFixed(0)} MB SMS Backup & Restore XML, encrypted database`,
    '',
    '| measure | Leakline import | raw SQLite baseline | ratio |',
    '|---|---|---|---|',
    `| total time | ${imported.seconds.toFixed(1)} s | ${baseline.seconds.toFixed(1)} s | ${(imported.seconds / baseline.seconds).toFixed(2)}x (target ≤ 2x) |`,
    `| throughput | ${rate(imported.messages, imported.seconds)} msg/s | ${rate(baseline.messages, baseline.seconds)} msg/s | |`,
    `| peak memory (maxRSS) | ${imported.maxRssMb} MB (target < 300 MB) | | |`,
    '',
    `| format (the same ${count.toLocaleString('en-US')} messages) | import time | throughput | vs baseline | peak memory |`,
    '|---|---|---|---|---|',
    ...([
      ['SMS Backup & Restore XML', imported],
      ['Android mmssms.db', importedMmssms],
      ['iPhone sms.db', importedApple],
    ] as const).map(([label, r]) => `| ${label} | ${r.seconds.toFixed(1)} s | ${rate(r.messages, r.seconds)} msg/s | ${(r.seconds / baseline.seconds).toFixed(2)}x | ${r.maxRssMb} MB |`),
    '',
    '| query (newest 100 + total count) | p50 | p95 | matches |',
    '|---|---|---|---|',
    ...Object.entries(search).map(([k, v]) => `| ${k} | ${v.p50.toFixed(1)} ms | ${v.p95.toFixed(1)} ms | ${v.hits.toLocaleString('en-US')} |`),
    '',
  );
}

const importDb = join(dir, 'import.db');
if ((only.has('analyze') || only.has('timeline')) && !existsSync(importDb)) {
  throw new Error(`${importDb} is missing: run the import phase first (npm run bench, or --only import)`);
}

if (only.has('analyze')) {
  process.stderr.write('analysis: read, one core, all cores\n');
  const analysis = phase<{
    rows: number; readSeconds: number; analysed: number; oneCoreSeconds: number; workers: number;
    fullAnalysed: number; fullSeconds: number; incrementalAnalysed: number; incrementalSeconds: number; maxRssMb: number;
    filters: Record<string, { ms: number; total: number }>;
  }>('analyze', importDb);
  lines.push(
    `| analysis of ${analysis.rows.toLocaleString('en-US')} stored messages | time | messages/s |`,
    '|---|---|---|',
    `| plain read of the same rows | ${analysis.readSeconds.toFixed(1)} s | ${rate(analysis.rows, analysis.readSeconds)} |`,
    `| analyzer on one core (PII, profile, classify; no writes) | ${analysis.oneCoreSeconds.toFixed(1)} s | ${rate(analysis.analysed, analysis.oneCoreSeconds)} (target > 20,000) |`,
    `| full analysis, ${analysis.workers} workers, results written | ${analysis.fullSeconds.toFixed(1)} s (target < 60 s) | ${rate(analysis.fullAnalysed, analysis.fullSeconds)} |`,
    `| incremental re-run, nothing changed | ${analysis.incrementalSeconds.toFixed(2)} s | ${analysis.incrementalAnalysed} analysed |`,
    `| peak memory of the analysis process (maxRSS) | ${analysis.maxRssMb} MB | |`,
    '',
    '| list filtered on the analysis (first 100 + total, cold) | time | matches |',
    '|---|---|---|',
    ...Object.entries(analysis.filters).map(([k, v]) => `| ${k} | ${v.ms.toFixed(1)} ms | ${v.total.toLocaleString('en-US')} |`),
    '',
  );
}

if (only.has('timeline')) {
  process.stderr.write('timeline: linkage, exposure tables, view, advice, report, one more import\n');
  const tl = phase<{
    messages: number; senders: number; maxRssMb: number;
    linkage: { seconds: number; processed: number; clusters: number; incrementalSeconds: number; readMs: number };
    timeline: { refreshSeconds: number; refreshed: number; incrementalMs: number; viewMs: number; events: number; histogramMs: number; dossiersMs: number };
    viewWarmMs: number;
    advice: { ms: number; pieces: number };
    report: { htmlMs: number; collectMs: number; bytes: number; citedMessages: number };
    incremental: { added: number; importAnalyseMs: number; updateMs: number };
  }>('timeline', importDb);
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  lines.push(
    `| leak timeline on ${tl.messages.toLocaleString('en-US')} messages, ${tl.senders.toLocaleString('en-US')} senders | time | size |`,
    '|---|---|---|',
    `| sender linkage from scratch (features + clustering) | ${tl.linkage.seconds.toFixed(1)} s (target < 30 s) | ${tl.linkage.processed.toLocaleString('en-US')} messages, ${tl.linkage.clusters} clusters |`,
    `| linkage re-run, nothing new | ${tl.linkage.incrementalSeconds.toFixed(2)} s | |`,
    `| timeline tables and debt stories from scratch | ${tl.timeline.refreshSeconds.toFixed(1)} s | ${tl.timeline.refreshed.toLocaleString('en-US')} messages |`,
    `| timeline view data ('timeline:get'), first / warm | ${ms(tl.timeline.viewMs)} / ${ms(tl.viewWarmMs)} (target < 200 ms) | ${tl.timeline.events} first-knowledge events |`,
    `| overview histogram (400 buckets) | ${ms(tl.timeline.histogramMs)} | |`,
    `| first page of sender dossiers | ${ms(tl.timeline.dossiersMs)} | |`,
    `| advice | ${ms(tl.advice.ms)} | ${tl.advice.pieces} pieces |`,
    `| full HTML report (of which reading the data) | ${(tl.report.htmlMs / 1000).toFixed(1)} s (${(tl.report.collectMs / 1000).toFixed(1)} s) (target < 10 s) | ${(tl.report.bytes / 1e6).toFixed(1)} MB, ${tl.report.citedMessages.toLocaleString('en-US')} cited |`,
    `| ${tl.incremental.added.toLocaleString('en-US')} more messages: import + analysis | ${ms(tl.incremental.importAnalyseMs)} | |`,
    `| then linkage + timeline brought up to date | ${ms(tl.incremental.updateMs)} | |`,
    `| peak memory of the timeline process (maxRSS) | ${tl.maxRssMb} MB | |`,
    '',
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
