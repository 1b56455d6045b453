// SPDX-License-Identifier: MIT
// An iPhone's sms.db can hold hundreds of thousands of messages. The importer steps one statement
// iterator and holds one batch at a time: measured here on the live heap after forced collections,
// on a database whose group messages need the chat lookup and half of whose texts are in attributedBody.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import type { MessageRecord } from '../../../src-main/core/import/records';
import { openSqliteCopy } from '../../../src-main/core/import/temp-sqlite';
import { appleSmsDbImporter } from '../../../src-main/core/importers/apple-sms-db';
import { writeAppleSmsDb, type AppleSmsMessage } from '../../support/write-apple-sms-db';
import { scratchDir } from './sqlite-test-files';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const scratch = scratchDir();
afterAll(scratch.cleanup);

const COUNT = 200_000;
const T0 = Date.UTC(2024, 0, 1);
const GROUP = ['13800138000', '13900139000'];

function* messages(): Generator<AppleSmsMessage> {
  for (let i = 0; i < COUNT; i++) {
    const group = i % 10 === 0;
    yield {
      address: group ? GROUP : `1069${String(i % 5000).padStart(8, '0')}`,
      fromMe: group,
      time: T0 + i * 1000,
      text: `【工商银行】您尾号${i % 10000}的储蓄卡消费人民币${i % 1000}.00元，余额12,345.67元。`,
      store: i % 2 === 0 ? 'attributedBody' : 'text',
    };
  }
}

describe('appleSmsDbImporter memory', () => {
  it('keeps the live heap flat through 200k messages', async () => {
    const path = scratch.path('large-sms.db');
    writeAppleSmsDb(path, messages(), { wal: true });
    const copy = await openSqliteCopy(path);
    try {
      gc();
      const baseline = process.memoryUsage().heapUsed;
      let peakGrowth = 0;
      let records = 0;
      let batches = 0;
      for await (const batch of appleSmsDbImporter.read(copy.db, path, {})) {
        for (const r of batch as MessageRecord[]) {
          const i = records++;
          expect(r.time).toBe(T0 + i * 1000);
          if (i % 10 === 0) expect(r.address).toBe('13800138000~13900139000');
        }
        if (++batches % 50 === 0) {
          gc();
          peakGrowth = Math.max(peakGrowth, process.memoryUsage().heapUsed - baseline);
        }
      }
      expect(records).toBe(COUNT);
      // Keeping every record would add well over 100 MB; a batch and the chat table stay far below.
      expect(peakGrowth).toBeLessThan(24 * 1024 * 1024);
    } finally {
      copy.dispose();
    }
  }, 120_000);
});
