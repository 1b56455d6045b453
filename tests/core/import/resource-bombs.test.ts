// SPDX-License-Identifier: MIT
// Inputs built to exhaust memory, disk or time are refused with a clear ImportInputError, within a
// stated bound on the process's peak memory growth (maxRSS over its baseline) and on time, and a
// refused import leaves the database as it was. Each bomb runs in its own child process
// (resource-bomb-child.ts), with every network API made to fail and logged (network-guard.mjs),
// so that an external entity could not be fetched unnoticed.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { BombOutcome } from './resource-bomb-child';

const run = promisify(execFile);
const CHILD = resolve(__dirname, 'resource-bomb-child.ts');
const GUARD = resolve(__dirname, '../../support/network-guard.mjs');
/** Past this the child is killed, whatever the bomb's own bound: tsx startup plus the slowest bound. */
const CHILD_KILL_MS = 120_000;

interface Bomb {
  name: string;
  /** What the refusal says. */
  refusal: RegExp;
  /** Peak memory growth allowed, in MiB. */
  maxGrowthMib: number;
  maxMs: number;
}

// Bounds: refused from the header or the first chunk — 64 MiB and 5 s. The SBR attribute is read
// up to the 128 Mi-character token limit before it is refused (measured ~150 MiB, 1.2 s); JSON Lines
// scans the whole 2 GiB for the end of a top-level object that is no message (~3 s).
const BOMBS: Bomb[] = [
  { name: 'XML billion laughs', refusal: /document type declarations are not allowed/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'XML external entity naming a file', refusal: /document type declarations are not allowed/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'XML external entity naming a URL', refusal: /document type declarations are not allowed/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'XML entity reference never declared', refusal: /undefined entity/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'zip entry inflating 1 GiB from 1 MB', refusal: /inflates \d+ times its compressed size: refused as a zip bomb/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'zip entry whose header says 5000 bytes and inflates 1 GiB', refusal: /more than the 5000 bytes its header declares/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'zip of 50 entries of 64 MiB each, 3 MB in all', refusal: /the archive inflates \d+ times its size: refused as a zip bomb/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'PNG declaring 60000×60000 pixels', refusal: /declares 60000×60000 pixels.*refused without decoding/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'JPEG declaring 65000×65000 pixels', refusal: /declares 65000×65000 pixels.*refused without decoding/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'WebP declaring 16383×16383 pixels', refusal: /declares 16383×16383 pixels.*refused without decoding/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'PNG of 4000×4000 pixels cut off after one row', refusal: /the image is damaged and cannot be decoded/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'SBR XML attribute 2 GiB long', refusal: /runs on for more than 128 Mi characters/, maxGrowthMib: 384, maxMs: 30_000 },
  { name: 'CSV line 2 GiB long', refusal: /longer than 1 MB/, maxGrowthMib: 64, maxMs: 10_000 },
  { name: 'JSON string 2 GiB long in a message array', refusal: /message 1 is larger than 1 MB/, maxGrowthMib: 64, maxMs: 10_000 },
  { name: 'JSON Lines string 2 GiB long', refusal: /ends before its last object or array is closed/, maxGrowthMib: 64, maxMs: 60_000 },
  { name: 'vMessage line 2 GiB long', refusal: /the line is longer than 1 MB/, maxGrowthMib: 64, maxMs: 10_000 },
  { name: 'file of 2 GiB on one line (sparse)', refusal: /disallowed character/, maxGrowthMib: 64, maxMs: 10_000 },
  { name: 'iPhone backup whose Manifest.plist is 2 GiB (sparse)', refusal: /Manifest\.plist is 2048 MiB, far more than a backup writes/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'JSON nested 10 million arrays deep', refusal: /message 1 is not an object/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'JSON message nested 1 million objects deep', refusal: /nested too deeply/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'XML nested 10 million elements deep', refusal: /nested more than 16 deep/, maxGrowthMib: 64, maxMs: 5_000 },
  { name: 'vMessage nested 1 million envelopes deep', refusal: /nested too deeply/, maxGrowthMib: 64, maxMs: 5_000 },
];

const scratch = mkdtempSync(join(tmpdir(), 'leakline-bombs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function explode(bomb: Bomb): Promise<{ outcome: BombOutcome; networkLog: string }> {
  const dir = mkdtempSync(join(scratch, 'bomb-'));
  const log = join(dir, 'network.log');
  try {
    const { stdout } = await run(process.execPath, ['--import', GUARD, '--import', 'tsx', CHILD, bomb.name, dir], {
      env: { PATH: process.env.PATH ?? '', LEAKLINE_NETWORK_LOG: log },
      timeout: CHILD_KILL_MS,
      maxBuffer: 1024 * 1024,
    });
    const networkLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
    return { outcome: JSON.parse(stdout.trim().split('\n').at(-1)!) as BombOutcome, networkLog };
  } finally {
    // The sparse 2 GiB file and the others go as soon as their bomb is done.
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('resource bombs', () => {
  it.each(BOMBS)('$name: refused with a clear error in bounded memory and time', async (bomb) => {
    const { outcome, networkLog } = await explode(bomb);
    writeSync(1, `bomb ${bomb.name}: ${outcome.ms} ms (bound ${bomb.maxMs}), +${outcome.growthMib} MiB peak memory (bound ${bomb.maxGrowthMib})\n`);
    expect(outcome.error, JSON.stringify(outcome)).toMatchObject({ name: 'ImportInputError' });
    expect(outcome.error!.message).toMatch(bomb.refusal);
    expect(outcome.growthMib, `peak memory growth of ${bomb.name}`).toBeLessThan(bomb.maxGrowthMib);
    expect(outcome.ms, `time of ${bomb.name}`).toBeLessThan(bomb.maxMs);
    if (outcome.databaseUnchanged !== null) expect(outcome.databaseUnchanged).toBe(true);
    expect(networkLog).toMatch(/guarded thread/);
    expect(networkLog).not.toMatch(/attempt/);
  }, CHILD_KILL_MS + 10_000);
});
