// SPDX-License-Identifier: MIT
// Property: whatever bytes arrive, importPath either imports them or refuses them with an
// ImportInputError, in bounded time, and a refusal leaves the database exactly as it was.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportInputError } from '../../../src-main/core/errors';
import { importPath } from '../../../src-main/core/import/run-import';
import { getStats } from '../../../src-main/core/store/stats';
import { memoryDb } from '../../support/records';

const SHARED = resolve(__dirname, '../../../../shared/fixtures/import');
const SEEDS = [
  'sbr-xml/devadvance__sms_small.xml',
  'sbr-xml/devadvance__sample_mms.xml',
  'sbr-xml/shruggietech__minimal_calls.xml',
  'sbr-xml/ragibson__utf16_encoding.xml',
  'android-mmssms/plaso__mmssms.db',
  'apple-chatdb/plaso__imessage_chat.db',
].map((f) => readFileSync(join(SHARED, f)));
const RUNS = Number(process.env.LEAKLINE_FUZZ_RUNS ?? 150);
const CASE_TIMEOUT_MS = 10_000;

const dir = mkdtempSync(join(tmpdir(), 'leakline-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real backup, damaged: cut short, bytes overwritten, bytes inserted. */
const mutated = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    insert: fc.uint8Array({ maxLength: 32 }),
  })
  .map(({ seed, cut, flips, insert }) => {
    const bytes = Buffer.from(seed.subarray(0, Math.max(1, Math.floor(seed.length * (0.3 + 0.7 * cut)))));
    for (const [at, value] of flips) bytes[Math.floor(at * (bytes.length - 1))] = value;
    const at = Math.floor(cut * bytes.length);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(insert), bytes.subarray(at)]);
  });

const anyBytes = fc.oneof(mutated, fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a)));

describe('importPath on hostile input', { timeout: 120_000 }, () => {
  it('imports or refuses cleanly, never half-imports', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(anyBytes, async (bytes) => {
        const file = join(dir, `case-${n++}`);
        writeFileSync(file, bytes);
        const db = memoryDb();
        const before = getStats(db);
        const outcome = await Promise.race([
          importPath(db, file).then(
            () => 'imported' as const,
            (err: unknown) => err,
          ),
          new Promise((done) => setTimeout(() => done('timeout'), CASE_TIMEOUT_MS)),
        ]);
        expect(outcome).not.toBe('timeout');
        if (outcome !== 'imported') {
          expect(outcome).toBeInstanceOf(ImportInputError);
          expect(getStats(db)).toEqual(before);
        }
        db.close();
      }),
      { numRuns: RUNS },
    );
  });
});
