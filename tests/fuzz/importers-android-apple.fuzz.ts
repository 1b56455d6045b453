// SPDX-License-Identifier: MIT
// Fuzz targets: Android's mmssms.db and Apple's Messages database (a Mac chat.db, and an iPhone
// backup folder whose sms.db, address book, Manifest.db or plists get the damage), all from real
// or written databases damaged by SQL and by byte flips (the property is in import-mutation.ts);
// and the typedstream attributedBody blobs that hold the text of newer iPhone messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAttributedBody } from '../../src-main/core/importers/apple-attributed-body';
import { runFuzzTarget, targetTimeoutMs, type FuzzTarget } from './fuzz-target';
import { applyEdits, edits, type Edit } from './hostile-bytes';
import { databaseDamage, describeImporterTargets } from './import-mutation';
import { ANDROID_MMSSMS_SEED, APPLE_CHAT_DB_SEED, attributedBodySeeds, itunesBackupSeeds } from './import-seeds';

describeImporterTargets('Android and Apple databases, damaged', [
  { name: 'android-mmssms', seeds: () => [ANDROID_MMSSMS_SEED], damage: databaseDamage, ciRuns: 40 },
  { name: 'apple-sms-db', seeds: () => [APPLE_CHAT_DB_SEED], damage: databaseDamage, ciRuns: 40 },
  { name: 'itunes-backup', seeds: itunesBackupSeeds, damage: databaseDamage, ciRuns: 30 },
]);

describe('attributedBody blobs, damaged', () => {
  // iOS 16+ keeps the text only in this typedstream blob, so a damaged blob must cost one message's
  // text at most: a string or null, never a throw.
  const blobs = attributedBodySeeds();
  const target: FuzzTarget<{ seed: number; bytes: Edit[] }> = {
    name: 'apple attributedBody',
    arbitrary: fc.record({ seed: fc.nat(), bytes: edits }),
    check: ({ seed, bytes }) => {
      const text = decodeAttributedBody(applyEdits(blobs[seed % blobs.length]!, bytes));
      if (text === null) return 'no text';
      expect(typeof text).toBe('string');
      return 'text';
    },
    ciRuns: 500,
    caseBudgetMs: 1_000,
  };
  it('decodes a string or gives null, in bounded time', { timeout: targetTimeoutMs(target, 1) }, async () => {
    await runFuzzTarget(target);
  });
});
