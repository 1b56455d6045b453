// SPDX-License-Identifier: MIT
// Reading the rendered screenshot corpus end to end: every bubble found on its side with its text,
// the sender from the header and the time from the separators, for iPhone and Android skins, light
// and dark, 2x–3x, PNG and recompressed JPEG.
import { writeFile, mkdtemp, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError } from '../../../src-main/core/errors';
import type { ScreenshotReading } from '../../../src-main/core/model/screenshot';
import { MAX_SCREENSHOT_BYTES, readScreenshots, type ScreenshotProgress } from '../../../src-main/core/ocr/read-screenshots';
import { tessdataDir } from '../../../src-main/core/ocr/tessdata-dir';
import { ciScreenshots } from '../../support/ci-screenshots';
import type { CorpusEntry } from '../../support/screenshot-corpus/generate-corpus';
import { addErrors, characterErrors, errorRate, NO_ERRORS } from '../../eval/cer-text';
import { matchBubbles } from '../../eval/bubble-matching';

const LANG_PATH = tessdataDir(resolve(__dirname, '../../../resources'));

let corpus: { dir: string; entries: CorpusEntry[] };
let readings: Map<string, ScreenshotReading>;
const progress: ScreenshotProgress[] = [];

beforeAll(async () => {
  corpus = await ciScreenshots();
  const files = corpus.entries.map((e) => join(corpus.dir, e.file));
  // One reference date for the batch would misdate other files: read each with its own.
  readings = new Map();
  for (const date of new Set(corpus.entries.map((e) => e.reference_date))) {
    const group = corpus.entries.filter((e) => e.reference_date === date);
    const outcomes = await readScreenshots(
      group.map((e) => join(corpus.dir, e.file)),
      { langPath: LANG_PATH, timeZone: 'Asia/Shanghai', referenceDate: date, workers: 2, onProgress: (p) => progress.push(p) },
    );
    for (const [i, outcome] of outcomes.entries()) {
      if (!('reading' in outcome)) throw outcome.error;
      readings.set(group[i]!.id, outcome.reading);
    }
  }
  expect(readings.size).toBe(files.length);
}, 240_000);

function truthMessages(entry: CorpusEntry) {
  return entry.items.filter((i) => i.kind === 'message' && !i.partial).map((i) => i as Extract<CorpusEntry['items'][number], { kind: 'message' }>);
}

function matched(entry: CorpusEntry) {
  const reading = readings.get(entry.id)!;
  const truth = truthMessages(entry);
  const pairs = matchBubbles(truth.map((t) => t.box), reading.messages.map((m) => m.box));
  return truth.map((t, i) => ({ truth: t, found: pairs[i] === null ? null : reading.messages[pairs[i]!]! }));
}

const isHard = (e: CorpusEntry) => e.theme === 'dark' || e.jpeg_quality !== null;

describe('reading the ci screenshot corpus', () => {
  it('finds every whole bubble, on the right side', () => {
    for (const entry of corpus.entries) {
      for (const { truth, found } of matched(entry)) {
        expect(found, `${entry.id}: a bubble`).not.toBeNull();
        expect(found!.direction, `${entry.id}: side`).toBe(truth.direction);
      }
    }
  });

  it('reads no input bar, avatar or header as a message', () => {
    for (const entry of corpus.entries) {
      const whole = truthMessages(entry).length;
      const partial = entry.items.filter((i) => i.kind === 'message' && i.partial).length;
      expect(readings.get(entry.id)!.messages.length, entry.id).toBeLessThanOrEqual(whole + partial);
    }
  });

  it('reads the text of clean screenshots with under 3% character errors, dark or recompressed under 6%', () => {
    let clean = NO_ERRORS;
    let hard = NO_ERRORS;
    for (const entry of corpus.entries) {
      for (const { truth, found } of matched(entry)) {
        const errors = characterErrors(truth.text, found?.text ?? '');
        if (isHard(entry)) hard = addErrors(hard, errors);
        else clean = addErrors(clean, errors);
      }
    }
    expect(errorRate(clean)).toBeLessThan(0.03);
    expect(errorRate(hard)).toBeLessThan(0.06);
  });

  it('names the sender from the header: the number as digits, or the saved name', () => {
    for (const entry of corpus.entries) {
      const sender = readings.get(entry.id)!.sender;
      const digits = entry.sender.replace(/\D/g, '');
      if (digits.length >= 5) expect(sender?.replace(/\D/g, ''), entry.id).toBe(digits);
      else expect(sender, entry.id).toBe(entry.sender);
    }
  });

  it('dates each message by the separator above it, resolving 昨天 and 星期二 against the reference date', () => {
    let right = 0;
    let total = 0;
    for (const entry of corpus.entries) {
      for (const { truth, found } of matched(entry)) {
        total++;
        if (found && found.time === truth.time) right++;
      }
    }
    expect(right / total).toBeGreaterThanOrEqual(0.95);
  });

  it('reports each file\'s steps as they are done, ending at its total', () => {
    const byFile = new Map<string, ScreenshotProgress[]>();
    for (const p of progress) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    expect(byFile.size).toBe(corpus.entries.length);
    for (const steps of byFile.values()) {
      for (let i = 1; i < steps.length; i++) expect(steps[i]!.done).toBeGreaterThan(steps[i - 1]!.done);
      expect(steps.at(-1)!.done).toBe(steps.at(-1)!.total);
    }
  });
});

describe('batches with trouble', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'leakline-ocr-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports a file that is not an image and still reads the others', async () => {
    const bad = join(dir, 'notes.png');
    await writeFile(bad, '这不是图片');
    const good = join(corpus.dir, corpus.entries[0]!.file);
    const outcomes = await readScreenshots([bad, good], { langPath: LANG_PATH, timeZone: 'Asia/Shanghai', workers: 1 });
    expect('error' in outcomes[0]! && String((outcomes[0] as { error: Error }).error.message)).toMatch(/notes\.png: not a readable image/);
    expect('reading' in outcomes[1]! && outcomes[1].reading.messages.length).toBeGreaterThan(0);
  }, 60_000);

  it('refuses a file far too large for a screenshot without reading it', async () => {
    const huge = join(dir, 'huge.png');
    await writeFile(huge, '');
    // Sparse, ten times the limit: read whole it would add a gigabyte, far beyond the OCR workers' own start-up.
    await truncate(huge, 10 * MAX_SCREENSHOT_BYTES);
    const before = process.memoryUsage().rss;
    const [outcome] = await readScreenshots([huge], { langPath: LANG_PATH, timeZone: 'Asia/Shanghai', workers: 1 });
    expect('error' in outcome! && String((outcome as { error: Error }).error.message)).toMatch(/huge\.png: 1000 MB is too large for a screenshot/);
    expect(process.memoryUsage().rss - before).toBeLessThan(400_000_000);
  }, 60_000);

  it('stops when cancelled and says so', async () => {
    const abort = new AbortController();
    const files = corpus.entries.map((e) => join(corpus.dir, e.file));
    const run = readScreenshots(files, {
      langPath: LANG_PATH,
      timeZone: 'Asia/Shanghai',
      workers: 1,
      signal: abort.signal,
      onProgress: (p) => {
        if (p.done >= 2) abort.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  }, 60_000);
});
