// SPDX-License-Identifier: MIT
// Real backups reach 1–2 GB, mostly base64 media. The importer must hold one batch and one element
// at a time, whatever the file size: measured here on the live heap after forced collections.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../../src-main/core/import/records';
import { sbrXmlImporter } from '../../../src-main/core/importers/sbr-xml';
import { SBR_HEADER, scratchDir, smsLine, writeStreamed } from './sbr-test-files';
import { fileSource } from '../../../src-main/core/import/byte-source';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const scratch = scratchDir();
afterAll(scratch.cleanup);

const MESSAGES = 200_000;
const MEDIA_EVERY = 50_000;
const MEDIA_BYTES = 3 * 1024 * 1024;

function* backupPieces(): Generator<string> {
  yield `${SBR_HEADER}<smses count="${MESSAGES}" type="full">\n`;
  const media = Buffer.alloc(MEDIA_BYTES, 'leakline').toString('base64');
  for (let i = 0; i < MESSAGES; i++) {
    if (i % MEDIA_EVERY === MEDIA_EVERY - 1) {
      yield `  <mms date="${1700000000000 + i}" msg_box="1" address="13800138000"><parts>` +
        `<part seq="0" ct="image/jpeg" data="${media}" /><part seq="0" ct="text/plain" text="照片 ${i}" />` +
        '</parts><addrs><addr address="13800138000" type="137" /></addrs></mms>\n';
    } else {
      yield smsLine({
        address: `1069${String(i % 5000).padStart(8, '0')}`,
        date: 1700000000000 + i,
        type: 1,
        body: `【工商银行】您尾号${i % 10000}的储蓄卡消费人民币${i % 1000}.00元，余额12,345.67元。`,
      });
    }
  }
  yield '</smses>\n';
}

describe('sbrXmlImporter memory', () => {
  it('keeps the live heap flat through 200k messages and MB-sized media', async () => {
    const file = join(scratch.dir, 'large.xml');
    await writeStreamed(file, backupPieces());
    expect(statSync(file).size).toBeGreaterThan(80 * 1024 * 1024);

    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peakGrowth = 0;
    let records = 0;
    let mediaMessages = 0;
    let batches = 0;
    for await (const batch of sbrXmlImporter.read(fileSource(file), {})) {
      records += batch.length;
      for (const r of batch) {
        if ((r as MessageRecord).kind === 'mms') {
          mediaMessages += 1;
          expect((r as MessageRecord).body).toMatch(/^照片 \d+$/);
        }
      }
      if (++batches % 50 === 0) {
        gc();
        peakGrowth = Math.max(peakGrowth, process.memoryUsage().heapUsed - baseline);
      }
    }
    expect(records).toBe(MESSAGES);
    expect(mediaMessages).toBe(MESSAGES / MEDIA_EVERY);
    // Keeping every record would add well over 100 MB; one batch and parser state stay far below.
    expect(peakGrowth).toBeLessThan(24 * 1024 * 1024);
  }, 30_000);
});
