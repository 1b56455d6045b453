// SPDX-License-Identifier: MIT
// Real SMS Backup & Restore files reach 2 GB, nearly all of it base64 MMS media: such a file must
// import with memory that does not grow with the file.
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importPath } from '../../../src-main/core/import/run-import';
import { listMessages } from '../../../src-main/core/store/message-queries';
import { memoryDb } from '../../support/records';

const MEDIA_BYTES = 8 * 1024 * 1024;
const MMS_COUNT = 257; // 257 × 8 MiB of base64 is just over 2 GiB
const dir = mkdtempSync(join(tmpdir(), 'leakline-2gb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write2GbBackup(path: string): Promise<void> {
  const out = createWriteStream(path);
  const write = async (s: string | Buffer) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const media = Buffer.alloc(MEDIA_BYTES, 'QUJD'); // base64 text
  await write(`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${MMS_COUNT * 2}">\n`);
  for (let i = 0; i < MMS_COUNT; i++) {
    const t = Date.UTC(2025, 0, 1) + i * 60_000;
    await write(`<sms protocol="0" address="1390000${String(i).padStart(4, '0')}" date="${t}" type="1" body="第${i}条：您的借款已逾期" read="1" />\n`);
    await write(`<mms date="${t + 1000}" msg_box="1" address="13800138000"><parts>`);
    await write(`<part seq="0" ct="text/plain" text="照片${i}" />`);
    await write('<part seq="1" ct="image/jpeg" data="');
    await write(media);
    await write('" /></parts><addrs><addr address="13800138000" type="137" /></addrs></mms>\n');
  }
  await write('</smses>\n');
  out.end();
  await once(out, 'close');
}

describe('a 2 GB backup', () => {
  it('imports every message with flat memory', { timeout: 300_000 }, async () => {
    const file = join(dir, 'huge.xml');
    await write2GbBackup(file);
    expect(statSync(file).size).toBeGreaterThan(2 * 1024 ** 3);
    const db = memoryDb();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const [summary] = await importPath(db, file, {
      onProgress: () => {
        peak = Math.max(peak, process.memoryUsage().rss);
      },
    });
    expect(summary).toMatchObject({ messagesAdded: MMS_COUNT * 2 });
    expect(listMessages(db, { query: '照片256' }, 0, 5).total).toBe(1);
    // One media attribute (8 MiB of text, held as a JS string) at a time, never the file.
    expect(peak - rssBefore).toBeLessThan(300 * 1024 * 1024);
    rmSync(file);
  });
});
