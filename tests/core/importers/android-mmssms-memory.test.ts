// SPDX-License-Identifier: MIT
// A phone's telephony database can hold hundreds of thousands of messages. The importer steps
// statement iterators and merges MMS parts and addresses in order, so it holds one batch at a time:
// measured here on the live heap after forced collections.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../../src-main/core/import/records';
import { openSqliteCopy } from '../../../src-main/core/import/temp-sqlite';
import { androidMmssmsImporter } from '../../../src-main/core/importers/android-mmssms';
import { writeMmssmsDb, type MmsRowInput, type SmsRowInput } from '../../support/write-mmssms-db';
import { scratchDir } from './sqlite-test-files';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const scratch = scratchDir();
afterAll(scratch.cleanup);

const SMS = 200_000;
const MMS = 20_000;
const T0 = Date.UTC(2024, 0, 1);

function* smsRows(): Generator<SmsRowInput> {
  for (let i = 0; i < SMS; i++) {
    yield { address: `1069${String(i % 5000).padStart(8, '0')}`, time: T0 + i * 1000, type: 1, body: `【工商银行】您尾号${i % 10000}的储蓄卡消费人民币${i % 1000}.00元，余额12,345.67元。` };
  }
}

function* mmsRows(): Generator<MmsRowInput> {
  for (let i = 0; i < MMS; i++) {
    yield {
      date: Math.floor(T0 / 1000) + i,
      msgBox: 1,
      parts: [
        { ct: 'application/smil', seq: -1, text: '<smil><body><par><img src="p.jpg"/><text src="t.txt"/></par></body></smil>' },
        { ct: 'image/jpeg', name: 'p.jpg' },
        { ct: 'text/plain', text: `彩信 ${i}` },
      ],
      addrs: [
        { address: `1390013${String(i % 10000).padStart(4, '0')}`, type: 137 },
        { address: 'insert-address-token', type: 151 },
      ],
    };
  }
}

describe('androidMmssmsImporter memory', () => {
  it('keeps the live heap flat through 200k SMS and 20k MMS with parts and addresses', async () => {
    const path = scratch.path('large-mmssms.db');
    writeMmssmsDb(path, { sms: smsRows(), mms: mmsRows() });
    const copy = await openSqliteCopy(path);
    try {
      gc();
      const baseline = process.memoryUsage().heapUsed;
      let peakGrowth = 0;
      let records = 0;
      let mms = 0;
      let batches = 0;
      for await (const batch of androidMmssmsImporter.read(copy.db, path, {})) {
        records += batch.length;
        for (const r of batch as MessageRecord[]) {
          if (r.kind === 'mms') {
            mms += 1;
            expect(r.body).toBe(`彩信 ${mms - 1}`);
            expect(r.address).toBe(`1390013${String((mms - 1) % 10000).padStart(4, '0')}`);
          }
        }
        if (++batches % 50 === 0) {
          gc();
          peakGrowth = Math.max(peakGrowth, process.memoryUsage().heapUsed - baseline);
        }
      }
      expect(records).toBe(SMS + MMS);
      expect(mms).toBe(MMS);
      // Keeping every record would add well over 100 MB; a batch and the caches stay far below.
      expect(peakGrowth).toBeLessThan(24 * 1024 * 1024);
    } finally {
      copy.dispose();
    }
  }, 60_000);
});
