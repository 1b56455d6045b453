// SPDX-License-Identifier: MIT
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPath } from '../../../src-main/core/import/run-import';
import { ZIP_LIMITS } from '../../../src-main/core/importers/zip-archive';
import { listSources } from '../../../src-main/core/store/source-queries';
import { getStats } from '../../../src-main/core/store/stats';
import { memoryDb } from '../../support/records';
import { writeZip } from '../../support/write-zip';

const SBR = resolve(__dirname, '../../../../shared/fixtures/import/sbr-xml');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-path-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('importPath with zip archives', () => {
  it('imports every backup inside an archive as its own source, skipping photos and junk', async () => {
    const zip = join(dir, 'phone-export.zip');
    await writeZip(zip, [
      { name: 'backup/sms-20250101.xml', content: readFileSync(join(SBR, 'devadvance__sms_small.xml')) },
      { name: 'backup/calls-20250101.xml', content: readFileSync(join(SBR, 'shruggietech__minimal_calls.xml')), store: true },
      { name: 'backup/photo.jpg', content: Buffer.from('ffd8ffe000104a464946', 'hex') },
      { name: '__MACOSX/backup/._sms-20250101.xml', content: 'junk' },
    ]);
    const db = memoryDb();
    const summaries = await importPath(db, zip);
    expect(summaries.map((s) => [s.file.replace(`${zip}!/`, ''), s.messagesAdded, s.callsAdded])).toEqual([
      ['backup/sms-20250101.xml', 12, 0],
      ['backup/calls-20250101.xml', 0, 1],
    ]);
    // Each source records the sha256 of the backup itself, not of the archive.
    const fixtureHash = listSources(db).find((s) => s.file.endsWith('sms-20250101.xml'))!.sha256;
    const direct = await importPath(memoryDb(), join(SBR, 'devadvance__sms_small.xml'));
    expect(fixtureHash).toBe(direct[0]!.sha256);
  });

  it('stores nothing of an archive when one backup inside it is broken', async () => {
    const zip = join(dir, 'mixed.zip');
    await writeZip(zip, [
      { name: 'a.xml', content: readFileSync(join(SBR, 'devadvance__sms_small.xml')) },
      { name: 'b.xml', content: readFileSync(join(SBR, 'shruggietech__malformed.xml')) },
    ]);
    const db = memoryDb();
    await expect(importPath(db, zip)).rejects.toMatchObject({ code: 'MALFORMED_INPUT', message: expect.stringContaining('mixed.zip!/b.xml') });
    expect(getStats(db)).toMatchObject({ messages: 0, sources: 0 });
  });

  it('refuses an archive with no backup in it', async () => {
    const zip = join(dir, 'photos.zip');
    await writeZip(zip, [{ name: 'a.jpg', content: Buffer.from('ffd8ffe0', 'hex') }]);
    await expect(importPath(memoryDb(), zip)).rejects.toMatchObject({ code: 'UNKNOWN_FORMAT', message: expect.stringContaining('no supported backup') });
  });

  it('refuses a decompression bomb before inflating it', async () => {
    const zip = join(dir, 'bomb.zip');
    const size = ZIP_LIMITS.ratioFloorBytes + 1024 * 1024;
    await writeZip(zip, [{ name: 'sms.xml', content: Buffer.alloc(size, 0x20) }]);
    const before = process.memoryUsage().rss;
    await expect(importPath(memoryDb(), zip)).rejects.toMatchObject({ code: 'MALFORMED_INPUT', message: expect.stringContaining('zip bomb') });
    expect(process.memoryUsage().rss - before).toBeLessThan(size);
  });

  it('refuses a damaged archive with a clear message', async () => {
    const zip = join(dir, 'cut.zip');
    await writeZip(zip, [{ name: 'a.xml', content: readFileSync(join(SBR, 'devadvance__sms_small.xml')) }]);
    const bytes = readFileSync(zip);
    writeFileSync(zip, bytes.subarray(0, bytes.length - 30));
    await expect(importPath(memoryDb(), zip)).rejects.toMatchObject({ code: 'MALFORMED_INPUT', message: expect.stringContaining('cut.zip') });
  });
});

describe('importPath with SQLite evidence', () => {
  it('never writes beside the evidence file', async () => {
    const evidence = join(dir, 'evidence');
    rmSync(evidence, { recursive: true, force: true });
    const { mkdirSync, copyFileSync } = await import('node:fs');
    mkdirSync(evidence);
    copyFileSync(resolve(__dirname, '../../../../shared/fixtures/import/apple-chatdb/plaso__imessage_chat.db'), join(evidence, 'chat.db'));
    const before = readFileSync(join(evidence, 'chat.db'));
    await importPath(memoryDb(), join(evidence, 'chat.db')).catch(() => undefined);
    expect(readdirSync(evidence)).toEqual(['chat.db']);
    expect(readFileSync(join(evidence, 'chat.db')).equals(before)).toBe(true);
  });
});
