// SPDX-License-Identifier: MIT
// `npm run eval:ocr`: renders (or reuses) the screenshot corpus, reads it with Leakline and with
// native tesseract, and reports CER, bubbles found, direction, sender and time accuracy and the
// seconds per screenshot per core, by clean / hard / all. It measures: the exit code is 0 whatever
// the numbers, and the targets come out as PASS/FAIL lines.
//   node --import tsx tests/eval/ocr-eval.ts [--set ci|eval] [--limit N] [--workers N] [--seed N]
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ScreenshotReading } from '../../src-main/core/model/screenshot';
import type { CorpusEntry } from '../support/screenshot-corpus/corpus-truth';
import { generateScreenshotCorpus, loadCorpus } from '../support/screenshot-corpus/generate-corpus';
import { formatSummary, summarize, summarizeGroup } from './eval-summary';
import { imageGroup, scoreNative, scoreOurs, type ImageScore } from './image-score';
import { readWithLeakline } from './leakline-reader';
import { readPagesNatively } from './native-tesseract';

const REPO = resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'eval' },
    limit: { type: 'string' },
    workers: { type: 'string' },
    seed: { type: 'string' },
    'skip-native': { type: 'boolean', default: false },
  },
});
const set = values.set;
if (set !== 'ci' && set !== 'eval') throw new Error(`--set must be ci or eval, not ${set}`);
const seed = values.seed === undefined ? undefined : Number(values.seed);
const workers = Math.max(1, values.workers === undefined ? availableParallelism() : Number(values.workers));
const say = (line: string) => process.stdout.write(`${line}\n`);

async function corpus(): Promise<{ dir: string; entries: CorpusEntry[] }> {
  const dir = join(REPO, '.cache/ocr-corpus', set as string);
  const cached = await loadCorpus(dir, { set: set as 'ci' | 'eval', seed });
  if (cached) return { dir, entries: cached };
  say(`rendering the ${set} corpus into ${dir} ...`);
  const started = performance.now();
  const entries = await generateScreenshotCorpus(dir, { set: set as 'ci' | 'eval', seed });
  say(`  ${entries.length} screenshots in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir, entries };
}

/** Leakline's readings by image, the whole set in one batch. */
async function readAllWithLeakline(dir: string, entries: readonly CorpusEntry[]): Promise<{ readings: Map<string, ScreenshotReading>; failed: string[]; seconds: number }> {
  const started = performance.now();
  const outcomes = await readWithLeakline(
    entries.map((e) => join(dir, e.file)),
    { timeZone: entries[0]?.time_zone ?? 'Asia/Shanghai', referenceDates: entries.map((e) => e.reference_date), workers },
  );
  const seconds = (performance.now() - started) / 1000;
  const readings = new Map<string, ScreenshotReading>();
  const failed: string[] = [];
  entries.forEach((e, i) => {
    const result = outcomes[i]!;
    if ('reading' in result) readings.set(e.id, result.reading);
    else failed.push(`${e.id}: ${result.error}`);
  });
  return { readings, failed, seconds };
}

function emptyReading(entry: CorpusEntry): ScreenshotReading {
  return { file: entry.file, sha256: '0'.repeat(64), width: entry.width, height: entry.height, sender: null, sender_confidence: 0, reference_date: entry.reference_date, time_zone: entry.time_zone, messages: [] };
}

const { dir, entries: all } = await corpus();
const entries = values.limit === undefined ? all : all.slice(0, Number(values.limit));
const paths = entries.map((e) => join(dir, e.file));
say(`${entries.length} screenshots, ${workers} worker(s)`);

let native: Awaited<ReturnType<typeof readPagesNatively>> | null = null;
if (!values['skip-native']) {
  say('native tesseract ...');
  native = await readPagesNatively(paths, workers);
}
say('Leakline ...');
const ours = await readAllWithLeakline(dir, entries);
for (const failure of ours.failed) say(`  failed: ${failure}`);

const scores: ImageScore[] = entries.map((entry, i) => {
  // A screenshot the reader failed on is scored as read empty: its bubbles count as missed.
  const reading = ours.readings.get(entry.id) ?? emptyReading(entry);
  const lines = native?.lines[i];
  return { id: entry.id, group: imageGroup(entry), native: lines ? scoreNative(entry, lines) : null, ours: scoreOurs(entry, reading) };
});
const perCore = (seconds: number | undefined) => (seconds === undefined || entries.length === 0 ? null : (seconds * workers) / entries.length);
const summary = summarize(scores, { native: perCore(native?.seconds), ours: perCore(ours.seconds) });

const byApp = Object.fromEntries(
  [...new Set(entries.map((e) => e.app))].map((app) => [app, summarizeGroup(scores.filter((_, i) => entries[i]?.app === app))]),
);
const pct = (v: number | null | undefined) => (v === null || v === undefined ? 'n/a' : `${(v * 100).toFixed(1)}%`);

say('');
process.stdout.write(formatSummary(summary));
// Native tesseract runs in child processes: this is Leakline's pool (workers are threads) and the eval.
process.stdout.write(`peak memory of this process (maxRSS, OCR worker threads included): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n\n`);
say('\nby app: native CER / Leakline CER / bubbles found / sender right');
for (const [app, g] of Object.entries(byApp)) say(`  ${app.padEnd(16)} ${String(g.images).padStart(3)} images  ${pct(g.nativeCer)} / ${pct(g.ours?.cer)} / ${pct(g.ours?.bubblesFound)} / ${pct(g.ours?.senderAccuracy)}`);
const reportDir = join(REPO, '.cache/ocr-eval');
await mkdir(reportDir, { recursive: true });
const report = {
  set,
  seed: seed ?? null,
  corpus: dir,
  workers,
  leakline: typeof ours === 'string' ? { measured: false, reason: ours } : { measured: true, seconds: ours.seconds, failed: ours.failed },
  native: native ? { seconds: native.seconds } : null,
  summary,
  by_app: byApp,
  images: scores.map((score, i) => {
    const e = entries[i] as CorpusEntry;
    return { ...score, app: e.app, theme: e.theme, scale: e.scale, jpeg_quality: e.jpeg_quality };
  }),
};
await writeFile(join(reportDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
say(`\nreport: ${join(reportDir, 'report.json')}`);
