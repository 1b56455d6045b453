// SPDX-License-Identifier: MIT
// The SBR importer on files written by the test: Chinese content, encodings, chunk boundaries,
// hostile and broken input, cancellation.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError, ImportInputError } from '../../../src-main/core/errors';
import type { ImportRecord, MessageRecord } from '../../../src-main/core/import/records';
import { createSbrXmlImporter, sbrXmlImporter } from '../../../src-main/core/importers/sbr-xml';
import { SBR_HEADER, scratchDir, smsesDocument, smsLine } from './sbr-test-files';
import { fileSource } from '../../../src-main/core/import/byte-source';

const scratch = scratchDir();
afterAll(scratch.cleanup);

let fileCounter = 0;
function writeFile(content: string | Buffer, name = `backup-${++fileCounter}.xml`): string {
  const path = join(scratch.dir, name);
  writeFileSync(path, content);
  return path;
}

async function readAll(file: string): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const batch of sbrXmlImporter.read(fileSource(file), {})) records.push(...batch);
  return records;
}

async function readError(file: string): Promise<ImportInputError> {
  try {
    await readAll(file);
  } catch (err) {
    if (err instanceof ImportInputError) return err;
    throw err;
  }
  throw new Error(`${file} was read without error`);
}

const T0 = Date.UTC(2024, 2, 15, 1, 30); // 2024-03-15 09:30 in China

const CHINESE_BACKUP = smsesDocument([
  smsLine({
    address: '95588',
    date: T0,
    dateSent: T0 - 2000,
    type: 1,
    serviceCenter: '+8613800100500',
    contactName: '工商银行',
    body: '【工商银行】您尾号6688的储蓄卡3月15日09:30支出人民币1,280.00元，余额23,456.78元。',
  }),
  smsLine({ address: '1069012345678', date: T0 + 1, type: 1, read: 0, body: '【淘宝】验证码 482913，5分钟内有效😂，请勿告诉他人。' }),
  smsLine({ address: '+86 138 0013 8000', date: T0 + 2, type: 2, contactName: '张伟', body: '晚上回来吃饭吗？\n记得带 <钥匙> & 伞' }),
  smsLine({ address: '13900139000', date: T0 + 3, type: 3, body: '草稿：明天早上九点' }),
  smsLine({ address: '13900139000', date: T0 + 4, type: 4, body: '发件箱' }),
  smsLine({ address: '13900139000', date: T0 + 5, type: 5, body: '发送失败' }),
  smsLine({ address: '13900139000', date: T0 + 6, type: 6, body: '排队中' }),
  smsLine({ address: '-2', date: T0 + 7, type: 1, body: '隐藏号码' }),
  '  <mms date="' + (T0 + 8) + '" ct_t="application/vnd.wap.multipart.related" msg_box="1" address="10657500000" ' +
    'read="1" date_sent="' + Math.floor((T0 + 8) / 1000) + '" sub="null" m_type="132" contact_name="(Unknown)">\n' +
    '    <parts>\n' +
    '      <part seq="-1" ct="application/smil" text="&lt;smil&gt;&lt;body&gt;&lt;/body&gt;&lt;/smil&gt;" />\n' +
    '      <part seq="0" ct="image/jpeg" name="a.jpg" text="null" data="/9j/4AAQSkZJRgABAQ==" />\n' +
    '      <part seq="0" ct="text/plain" text="【中国移动】手机报 第一页" />\n' +
    '      <part seq="1" ct="text/plain" text="第二页 &#55356;&#57101;" />\n' +
    '    </parts>\n' +
    '    <addrs>\n' +
    '      <addr address="10657500000" type="137" charset="106" />\n' +
    '      <addr address="13700137000" type="151" charset="106" />\n' +
    '    </addrs>\n' +
    '  </mms>\n',
  '  <mms date="' + (T0 + 9) + '" msg_box="2" address="13800138000~13900139000" read="1" date_sent="0" sub="周末聚餐" contact_name="张伟, 李娜">\n' +
    '    <parts><part seq="0" ct="text/plain" text="周六晚上七点，老地方" /></parts>\n' +
    '    <addrs>\n' +
    '      <addr address="insert-address-token" type="137" />\n' +
    '      <addr address="13800138000" type="151" />\n' +
    '      <addr address="13900139000" type="151" />\n' +
    '    </addrs>\n' +
    '  </mms>\n',
]);

describe('sbrXmlImporter on a Chinese backup', () => {
  it('reads Chinese SMS with their boxes, emoji and escaped characters', async () => {
    const records = (await readAll(writeFile(CHINESE_BACKUP))) as MessageRecord[];
    expect(records).toHaveLength(10);
    expect(records[0]).toEqual({
      type: 'message',
      kind: 'sms',
      address: '95588',
      contactName: '工商银行',
      direction: 'in',
      box: 'inbox',
      time: T0,
      timeSent: T0 - 2000,
      body: '【工商银行】您尾号6688的储蓄卡3月15日09:30支出人民币1,280.00元，余额23,456.78元。',
      serviceCenter: '+8613800100500',
      read: true,
    });
    expect(records[1]).toMatchObject({ address: '1069012345678', read: false, contactName: null });
    expect(records[1]?.body).toBe('【淘宝】验证码 482913，5分钟内有效😂，请勿告诉他人。');
    expect(records[2]).toMatchObject({ address: '+86 138 0013 8000', direction: 'out', box: 'sent', contactName: '张伟' });
    expect(records[2]?.body).toBe('晚上回来吃饭吗？\n记得带 <钥匙> & 伞');
    expect(records.slice(3, 7).map((r) => `${r.box}/${r.direction}`)).toEqual([
      'draft/out',
      'outbox/out',
      'failed/out',
      'queued/out',
    ]);
    expect(records[7]?.address).toBe('-2');
  });

  it('reads a carrier MMS: text parts in order, SMIL and the picture left out, date_sent in seconds', async () => {
    const records = (await readAll(writeFile(CHINESE_BACKUP))) as MessageRecord[];
    expect(records[8]).toEqual({
      type: 'message',
      kind: 'mms',
      address: '10657500000',
      contactName: null,
      direction: 'in',
      box: 'inbox',
      time: T0 + 8,
      timeSent: Math.floor((T0 + 8) / 1000) * 1000,
      body: '【中国移动】手机报 第一页\n第二页 🌍',
      serviceCenter: null,
      read: true,
    });
  });

  it('addresses an outgoing group MMS to all participants and puts the subject first', async () => {
    const records = (await readAll(writeFile(CHINESE_BACKUP))) as MessageRecord[];
    expect(records[9]).toMatchObject({
      address: '13800138000~13900139000',
      direction: 'out',
      box: 'sent',
      contactName: '张伟, 李娜',
      body: '周末聚餐\n周六晚上七点，老地方',
      timeSent: null,
    });
  });

  it('reads the same records from UTF-8 with a BOM and from UTF-16 in either byte order, with or without BOM', async () => {
    const expected = await readAll(writeFile(CHINESE_BACKUP));
    const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CHINESE_BACKUP, 'utf8')]);
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CHINESE_BACKUP, 'utf16le')]);
    const utf16be = Buffer.from(utf16le).swap16();
    expect(await readAll(writeFile(utf8Bom))).toEqual(expected);
    expect(await readAll(writeFile(utf16le))).toEqual(expected);
    expect(await readAll(writeFile(utf16be))).toEqual(expected);
    expect(await readAll(writeFile(utf16le.subarray(2)))).toEqual(expected);
    expect(await readAll(writeFile(utf16be.subarray(2)))).toEqual(expected);
  });

  it('keeps times as written, however absurd, for the store to flag', async () => {
    const file = writeFile(
      smsesDocument([
        smsLine({ address: '10086', date: 0, type: 1, body: '1970' }),
        smsLine({ address: '10086', date: 4102444800000, type: 1, body: '2100' }),
      ]),
    );
    expect((await readAll(file)).map((r) => r.time)).toEqual([0, 4102444800000]);
  });
});

describe('sbrXmlImporter across 64 KiB read boundaries', () => {
  const CHUNK = 64 * 1024;
  const EMOJI_REFS = '&#55357;&#56834;';

  /** A backup in which `marker` (already escaped) starts `offsetBeforeBoundary` bytes before 64 KiB. */
  function straddling(marker: string, offsetBeforeBoundary: number, bodyAfter: string): { file: string; body: string } {
    const head = `${SBR_HEADER}<smses count="1">\n  <sms address="10086" date="1" type="1" body="`;
    const padding = CHUNK - offsetBeforeBoundary - Buffer.byteLength(head);
    const rawBody = 'x'.repeat(padding) + marker + bodyAfter;
    const file = writeFile(`${head}${rawBody}" />\n</smses>\n`);
    return { file, body: rawBody };
  }

  it('rebuilds an emoji whose two references are cut by the boundary at any byte', async () => {
    for (let offset = 1; offset < EMOJI_REFS.length; offset++) {
      const { file, body } = straddling(EMOJI_REFS, offset, '好');
      const [record] = (await readAll(file)) as MessageRecord[];
      expect(record?.body, `cut ${offset} bytes into the references`).toBe(body.replace(EMOJI_REFS, '😂'));
    }
  });

  it('decodes a Chinese character whose UTF-8 bytes are cut by the boundary', async () => {
    for (const offset of [1, 2]) {
      const { file, body } = straddling('中文', offset, '');
      const [record] = (await readAll(file)) as MessageRecord[];
      expect(record?.body).toBe(body);
    }
  });
});

describe('sbrXmlImporter on bad and hostile input', () => {
  it('refuses a DOCTYPE, which is how entity-expansion attacks start', async () => {
    const laughs =
      `<?xml version="1.0"?>\n<!DOCTYPE smses [\n <!ENTITY lol "lol">\n` +
      ` <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n` +
      `<smses count="1"><sms address="1" date="1" type="1" body="&lol2;" /></smses>\n`;
    const err = await readError(writeFile(laughs));
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toMatch(/document type/);
    expect(err.position?.line).toBe(5);
  });

  it('reports an element without a usable date as malformed, with its line', async () => {
    const file = writeFile(
      smsesDocument([
        smsLine({ address: '10086', date: 1, type: 1, body: 'ok' }),
        '  <sms address="10086" date="yesterday" type="1" body="bad" />\n',
      ]),
    );
    const err = await readError(file);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toMatch(/<sms> has no valid date/);
    expect(err.position?.line).toBe(5);
  });

  it('reports a duplicated attribute as malformed', async () => {
    const file = writeFile(smsesDocument(['  <sms address="1" date="1" type="1" body="a" body="b" />\n']));
    const err = await readError(file);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toMatch(/duplicate attribute: body/);
  });

  it('reports an undefined entity and an unclosed root as malformed', async () => {
    const entity = writeFile(smsesDocument(['  <sms address="1" date="1" type="1" body="&nbsp;" />\n']));
    expect((await readError(entity)).code).toBe('MALFORMED_INPUT');
    const unclosed = writeFile(`${SBR_HEADER}<smses count="1">\n${smsLine({ address: '1', date: 1, type: 1, body: 'a' })}`);
    const err = await readError(unclosed);
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toMatch(/unclosed tag: smses/);
  });

  it('refuses other XML, images, random bytes and empty files as UNKNOWN_FORMAT', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const random = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256));
    for (const content of ['<?xml version="1.0"?>\n<html><body/></html>', png, random, '']) {
      expect((await readError(writeFile(content))).code).toBe('UNKNOWN_FORMAT');
    }
  });

  it('reports a missing file or a directory as FILE_NOT_FOUND', async () => {
    expect((await readError(join(scratch.dir, 'no-such-backup.xml'))).code).toBe('FILE_NOT_FOUND');
    const dir = join(scratch.dir, 'a-directory.xml');
    mkdirSync(dir);
    expect((await readError(dir)).code).toBe('FILE_NOT_FOUND');
  });

  it('reports a calls backup with no calls as EMPTY_BACKUP', async () => {
    const err = await readError(writeFile(`${SBR_HEADER}<calls count="0">\n</calls>\n`));
    expect(err.code).toBe('EMPTY_BACKUP');
  });
});

describe('sbrXmlImporter progress and cancellation', () => {
  const lines = Array.from({ length: 3000 }, (_, i) =>
    smsLine({ address: `1069${String(i).padStart(8, '0')}`, date: T0 + i, type: 1, body: `【京东】您的订单${i}已发货，快递单号 JD${i}。` }),
  );
  const big = () => writeFile(smsesDocument(lines), 'progress.xml');

  it('reports bytes read, growing to the file size, and yields batches of 500', async () => {
    const file = big();
    const progress: number[] = [];
    const sizes: number[] = [];
    for await (const batch of sbrXmlImporter.read(fileSource(file), { onBytes: (n) => progress.push(n) })) sizes.push(batch.length);
    expect(sizes).toEqual([500, 500, 500, 500, 500, 500]);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(statSync(file).size);
  });

  it('stops with CancelledError once the signal is aborted', async () => {
    const file = big();
    const controller = new AbortController();
    let batches = 0;
    const run = async () => {
      for await (const _ of createSbrXmlImporter({ batchSize: 100 }).read(fileSource(file), { signal: controller.signal })) {
        batches += 1;
        controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(CancelledError);
    expect(batches).toBeLessThan(10);
  });

  it('reads nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const bytes: number[] = [];
    const iterator = sbrXmlImporter.read(fileSource(big()), { signal: controller.signal, onBytes: (n) => bytes.push(n) });
    await expect(iterator[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(CancelledError);
    expect(bytes).toEqual([]);
  });
});
