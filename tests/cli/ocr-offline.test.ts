// SPDX-License-Identifier: MIT
// The privacy promise for screenshots: reading them touches no network (tesseract.js's defaults
// would fetch its models from a CDN) and writes nothing where it runs (its defaults would cache the
// models in the working directory).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ciScreenshots } from '../support/ci-screenshots';

const BIN = resolve(__dirname, '../../src-main/cli/leakline.mjs');
const GUARD = resolve(__dirname, '../support/network-guard.mjs');

let cwd: string;
let logDir: string;
let image: string;

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'leakline-offline-cwd-'));
  logDir = mkdtempSync(join(tmpdir(), 'leakline-offline-log-'));
  const corpus = await ciScreenshots();
  image = join(corpus.dir, corpus.entries[0]!.file);
}, 120_000);
afterAll(() => {
  for (const dir of [cwd, logDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('leakline ocr offline', () => {
  it('has a guard that notices what tesseract.js would do by default: fetch its models from a CDN', () => {
    const log = join(logDir, 'control.log');
    const script = [
      "try { fetch('https://cdn.jsdelivr.net/npm/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz'); } catch {}",
      "try { require('node:https').get('https://cdn.jsdelivr.net/'); } catch {}",
    ].join('\n');
    const r = spawnSync(process.execPath, ['--import', GUARD, '-e', script], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LEAKLINE_NETWORK_LOG: log } });
    const attempts = readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith('attempt'));
    expect(r.status === 0 || r.status === 1).toBe(true);
    expect(attempts.map((l) => l.split(' ')[1])).toEqual(expect.arrayContaining(['fetch', 'https.get']));
  });

  it('reads a screenshot with every network call refused, tries none, and leaves the working directory empty', () => {
    const log = join(logDir, 'network.log');
    const r = spawnSync(process.execPath, ['--import', GUARD, BIN, 'ocr', image, '--json', '--tz', 'Asia/Shanghai'], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: cwd, LEAKLINE_NETWORK_LOG: log },
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0].messages.length).toBeGreaterThan(0);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    // The main thread and at least one OCR worker thread ran with the guard in place…
    expect(new Set(lines.filter((l) => l.startsWith('guarded thread')).map((l) => l.split(' ')[2])).size).toBeGreaterThanOrEqual(2);
    // …and nothing tried to reach the network.
    expect(lines.filter((l) => l.startsWith('attempt'))).toEqual([]);
    expect(readdirSync(cwd)).toEqual([]);
  }, 120_000);
});
