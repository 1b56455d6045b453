// SPDX-License-Identifier: MIT
// The vMessage importer on files written the way OPPO/Meizu/MediaTek and Nokia phones write them:
// encodings, body styles, date formats, boxes, chunk boundaries and broken files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError, ImportInputError } from '../../../src-main/core/errors';
import { fileSource } from '../../../src-main/core/import/byte-source';
import type { MessageRecord } from '../../../src-main/core/import/records';
import { createVmessageImporter, sniffVmessage, vmessageImporter } from '../../../src-main/core/importers/vmessage';
import type { ExportedSms } from '../../support/exported-sms';
import { memorySource, readAll, readError } from '../../support/memory-byte-source';
import { vmessageFile, writeVmessageFile } from '../../support/write-vmessage';

const SHANGHAI = { timeZone: 'Asia/Shanghai' };
/** 2025-04-16 13:09:12 in Shanghai. */
const T0 = Date.UTC(2025, 3, 16, 5, 9, 12);

const MESSAGES: ExportedSms[] = [
  { address: '10086', time: T0, type: 1, body: '【中国移动】尊敬的客户，您本月套餐内流量已使用85%，剩余1.20GB。' },
  { address: '+8613800138000', time: T0 + 60_000, type: 2, body: '晚上回来吃饭吗？\n记得带钥匙和伞', contactName: '张伟' },
  { address: '95588', time: T0 + 120_000, type: 1, body: '【工商银行】您尾号6688的储蓄卡4月16日13:11支出人民币1,280.00元，余额23,456.78元。😂' },
];

async function messages(bytes: Buffer | string, options = SHANGHAI, chunkSize?: number): Promise<MessageRecord[]> {
  const { records } = await readAll(vmessageImporter, memorySource(bytes, { chunkSize }), options);
  return records as MessageRecord[];
}

function expectMessages(records: MessageRecord[]): void {
  expect(records.map((r) => [r.address, r.direction, r.box, r.time, r.body])).toEqual([
    ['10086', 'in', 'inbox', T0, MESSAGES[0]!.body],
    ['+8613800138000', 'out', 'sent', T0 + 60_000, MESSAGES[1]!.body],
    ['95588', 'in', 'inbox', T0 + 120_000, MESSAGES[2]!.body],
  ]);
}

async function malformed(bytes: Buffer | string): Promise<ImportInputError> {
  const err = await readError(vmessageImporter, memorySource(bytes, { name: 'sms.vmsg' }), SHANGHAI);
  expect(err).toBeInstanceOf(ImportInputError);
  expect((err as ImportInputError).code).toBe('MALFORMED_INPUT');
  return err as ImportInputError;
}

const block = (lines: string[]) => lines.join('\r\n') + '\r\n';

describe('vmessageImporter on IrMC (OPPO, Nokia) files', () => {
  it('reads the other party, box, read status, time and multi-line text of each block', async () => {
    const records = await messages(vmessageFile(MESSAGES));
    expectMessages(records);
    expect(records[1]).toMatchObject({ kind: 'sms', contactName: '张伟', read: true, timeSent: null, serviceCenter: null });
  });

  it.each(['utf-8', 'utf-16le', 'gb18030'] as const)('decodes a %s file', async (encoding) => {
    expectMessages(await messages(vmessageFile(MESSAGES, { encoding: encoding })));
  });

  it('decodes UTF-16LE and UTF-8 files that start with a byte order mark', async () => {
    expectMessages(await messages(vmessageFile(MESSAGES, { encoding: 'utf-16le', bom: true })));
    expectMessages(await messages(vmessageFile(MESSAGES, { encoding: 'utf-8', bom: true })));
  });

  it.each(['yyyy/MM/dd HH:mm:ss', 'yyyy-MM-dd HH:mm:ss', 'dd.MM.yyyy HH:mm:ss', 'MM/dd/yyyy HH:mm:ss', 'yyyy/M/d H:mm:ss'])(
    'reads Date lines written as %s in the import time zone',
    async (dateFormat) => {
      expectMessages(await messages(vmessageFile(MESSAGES, { dateFormat })));
    },
  );

  it('reads the same wall clock 8 hours apart in Asia/Shanghai and in UTC', async () => {
    const file = vmessageFile(MESSAGES.slice(0, 1));
    const [shanghai] = await messages(file, { timeZone: 'Asia/Shanghai' });
    const [utc] = await messages(file, { timeZone: 'UTC' });
    expect(utc!.time - shanghai!.time).toBe(8 * 3600_000);
  });

  it('prefers Nokia X-NOK-DT, which is UTC, over the local Date line', async () => {
    const text = block([
      'BEGIN:VMSG', 'VERSION:1.1', 'X-IRMC-STATUS:UNREAD', 'X-IRMC-BOX:INBOX', 'X-NOK-DT:20250416T050912Z',
      'BEGIN:VCARD', 'VERSION:3.0', 'N:', 'TEL:10010', 'END:VCARD',
      'BEGIN:VENV', 'BEGIN:VBODY', 'Date:16.04.2025 07:09:12', '【中国联通】话费余额提醒', 'END:VBODY', 'END:VENV', 'END:VMSG',
    ]);
    const [record] = await messages(text, { timeZone: 'Europe/Helsinki' });
    expect(record).toMatchObject({ time: T0, read: false, address: '10010' });
  });

  it('places SENDBOX, SENTBOX, DRAFT and OUTBOX messages as outgoing, and Nokia DELIVER/SUBMIT without a box', async () => {
    const one = (header: string) =>
      block(['BEGIN:VMSG', 'VERSION:1.1', header, 'BEGIN:VCARD', 'TEL:13900139000', 'END:VCARD', 'BEGIN:VENV', 'BEGIN:VBODY', 'Date:2025/04/16 13:09:12', '好的', 'END:VBODY', 'END:VENV', 'END:VMSG']);
    const records = await messages(
      ['X-IRMC-BOX:SENDBOX', 'X-IRMC-BOX:SENTBOX', 'X-IRMC-BOX:DRAFT', 'X-IRMC-BOX:OUTBOX', 'X-IRMC-BOX:INBOX', 'X-MESSAGE-TYPE:SUBMIT', 'X-MESSAGE-TYPE:DELIVER', 'VERSION:1.1'].map(one).join(''),
    );
    expect(records.map((r) => `${r.direction}/${r.box}`)).toEqual(['out/sent', 'out/sent', 'out/draft', 'out/outbox', 'in/inbox', 'out/unknown', 'in/unknown', 'in/unknown']);
  });

  it('takes the recipients inside the envelope as the other party of a sent message, joined by ~ for a group', async () => {
    const text = block([
      'BEGIN:VMSG', 'VERSION:1.1', 'X-IRMC-BOX:SENDBOX',
      'BEGIN:VCARD', 'VERSION:2.1', 'N:', 'TEL:', 'END:VCARD',
      'BEGIN:VENV', 'BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=UTF-8:李;娜', 'TEL;CELL:13700137000', 'END:VCARD',
      'BEGIN:VENV', 'BEGIN:VCARD', 'TEL:13600136000', 'END:VCARD',
      'BEGIN:VENV', 'BEGIN:VBODY', 'Date:2025-04-16 13:09:12', '周六晚上七点，老地方', 'END:VBODY', 'END:VENV', 'END:VENV', 'END:VENV', 'END:VMSG',
    ]);
    const [record] = await messages(text);
    expect(record).toMatchObject({ address: '13700137000~13600136000', direction: 'out', contactName: null, body: '周六晚上七点，老地方' });
  });

  it('names the contact from a quoted-printable N, family name first for Chinese names', async () => {
    const text = block([
      'BEGIN:VMSG', 'X-IRMC-BOX:INBOX', 'BEGIN:VCARD', 'N;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E5=BC=A0;=E4=BC=9F', 'TEL:13800138000', 'END:VCARD',
      'BEGIN:VENV', 'BEGIN:VBODY', 'Date:2025/04/16 13:09:12', '到了吗', 'END:VBODY', 'END:VENV', 'END:VMSG',
    ]);
    expect((await messages(text))[0]!.contactName).toBe('张伟');
  });

  it('keeps empty lines that are part of the text', async () => {
    const text = block(['BEGIN:VMSG', 'X-IRMC-BOX:INBOX', 'BEGIN:VCARD', 'TEL:10086', 'END:VCARD', 'BEGIN:VENV', 'BEGIN:VBODY', 'Date:2025/04/16 13:09:12', '第一行', '', '第三行', 'END:VBODY', 'END:VENV', 'END:VMSG']);
    expect((await messages(text))[0]!.body).toBe('第一行\n\n第三行');
  });

  it('reads epoch-millisecond Date lines, with or without the colon', async () => {
    const one = (date: string) => block(['BEGIN:VMSG', 'VERSION: 1.1', 'BEGIN:VCARD', 'TEL:383816', 'END:VCARD', 'BEGIN:VENV', 'BEGIN:VBODY', date, 'Hello World!', 'END:VBODY', 'END:VENV', 'END:VMSG']);
    const records = await messages(one('Date:1451393917000') + one('Date 1451393917000'));
    expect(records.map((r) => [r.time, r.body])).toEqual([
      [1451393917000, 'Hello World!'],
      [1451393917000, 'Hello World!'],
    ]);
  });
});

describe('vmessageImporter on MediaTek-style quoted-printable bodies', () => {
  const LONG: ExportedSms = {
    address: '1069012345678',
    time: T0,
    type: 1,
    body: '【淘宝】亲，您购买的宝贝已发货，快递单号YT1234567890，预计明天送达。如有疑问请联系客服，回T退订。=等号=也要保留',
  };

  it('decodes soft-broken quoted-printable UTF-8 text, with X-BOX and X-READ inside the body', async () => {
    const file = vmessageFile([LONG, { ...MESSAGES[1]!, contactName: undefined }], { style: 'mtk', qpLineLength: 40 });
    expect(file.toString('utf8')).toMatch(/=\r\n/);
    const records = await messages(file);
    expect(records.map((r) => [r.address, r.direction, r.box, r.time, r.body, r.read])).toEqual([
      ['1069012345678', 'in', 'inbox', T0, LONG.body, true],
      ['+8613800138000', 'out', 'sent', T0 + 60_000, MESSAGES[1]!.body, true],
    ]);
  });

  it('decodes a UTF-8 quoted-printable body inside a GB18030 file', async () => {
    const records = await messages(vmessageFile([LONG], { style: 'mtk', encoding: 'gb18030' }));
    expect(records[0]!.body).toBe(LONG.body);
  });

  it('reads the same records whatever the chunk boundaries, one byte at a time included', async () => {
    const file = vmessageFile([LONG, ...MESSAGES], { style: 'mtk', qpLineLength: 30 });
    const escape = file.indexOf('=E3');
    expect(escape).toBeGreaterThan(0);
    for (const chunkSize of [1, 2, 3, 7, escape + 1, escape + 2]) {
      const records = await messages(file, SHANGHAI, chunkSize);
      expect(records.map((r) => r.body)).toEqual([LONG.body, ...MESSAGES.map((m) => m.body)]);
    }
  });

  it('reads a UTF-16LE file whose characters are split across chunks', async () => {
    const file = vmessageFile(MESSAGES, { encoding: 'utf-16le' });
    for (const chunkSize of [1, 3, 5]) expectMessages(await messages(file, SHANGHAI, chunkSize));
  });

  it('decodes a GB18030 file whose two-byte characters are split across chunks', async () => {
    const file = vmessageFile(MESSAGES, { encoding: 'gb18030' });
    expectMessages(await messages(file, SHANGHAI, 3));
  });
});

describe('vmessageImporter on broken files', () => {
  const good = vmessageFile(MESSAGES).toString('utf8');

  it('rejects a truncated last block, naming the line where it starts', async () => {
    const cut = good.slice(0, good.lastIndexOf('END:VBODY'));
    const err = await malformed(cut);
    const lastBegin = good.slice(0, good.lastIndexOf('BEGIN:VMSG')).split('\r\n').length;
    expect(err.position).toEqual({ line: lastBegin, column: 1 });
    expect(err.message).toContain('sms.vmsg');
    expect(err.message).toMatch(/truncated/);
  });

  it('rejects a block with no date, without quoting its text', async () => {
    const err = await malformed(block(['BEGIN:VMSG', 'X-IRMC-BOX:INBOX', 'BEGIN:VCARD', 'TEL:10086', 'END:VCARD', 'BEGIN:VENV', 'BEGIN:VBODY', '您的验证码是 482913', 'END:VBODY', 'END:VENV', 'END:VMSG']));
    expect(err.message).toMatch(/no Date/);
    expect(err.message).not.toContain('482913');
  });

  it('rejects an unrecognisable date', async () => {
    const err = await malformed(good.replace('Date:2025/04/16 13:09:12', 'Date:昨天下午'));
    expect(err.message).toMatch(/does not recognise/);
  });

  it('rejects mismatched END lines and text between blocks', async () => {
    expect((await malformed(good.replace('END:VENV', 'END:VCARD'))).message).toMatch(/END:VCARD where END:VENV/);
    expect((await malformed(good.replace('END:VMSG\r\nBEGIN:VMSG', 'END:VMSG\r\nhello\r\nBEGIN:VMSG'))).message).toMatch(/expected BEGIN:VMSG/);
    expect((await malformed(good.replace('BEGIN:VENV', 'BEGIN:VMSG'))).message).toMatch(/BEGIN:VMSG inside/);
  });

  it('rejects a file that is not vMessage as UNKNOWN_FORMAT', async () => {
    const err = await readError(vmessageImporter, memorySource('号码,内容,时间\n10086,余额,2025-04-16\n'), SHANGHAI);
    expect(err).toMatchObject({ code: 'UNKNOWN_FORMAT' });
  });

  it('refuses a line longer than 1 MB instead of holding it', async () => {
    const err = await malformed(`BEGIN:VMSG\r\n${'x'.repeat(1_100_000)}`);
    expect(err.message).toMatch(/longer than 1 MB/);
  });

  it('refuses a body that never ends instead of holding it', async () => {
    const err = await malformed(`BEGIN:VMSG\r\nBEGIN:VBODY\r\n${'正文内容\r\n'.repeat(600_000)}`);
    expect(err.message).toMatch(/larger than 2 MB/);
  });

  it('yields the records before a later error so the pipeline can roll them back', async () => {
    const importer = createVmessageImporter({ batchSize: 1 });
    const seen: number[] = [];
    await expect(async () => {
      for await (const batch of importer.read(memorySource(good + 'BEGIN:VMSG\r\n', { chunkSize: 16 }), SHANGHAI)) seen.push(batch.length);
    }).rejects.toThrow(ImportInputError);
    expect(seen).toEqual([1, 1, 1]);
  });

  it('stops with CancelledError when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await readError(vmessageImporter, memorySource(good), { signal: controller.signal })).toBeInstanceOf(CancelledError);
  });

  it('reports an unknown time zone as a bad request', async () => {
    expect(await readError(vmessageImporter, memorySource(good), { timeZone: 'Mars/Olympus' })).toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('sniffVmessage', () => {
  it('recognises BEGIN:VMSG at the start in UTF-8, UTF-16 with or without BOM, and after blank lines', () => {
    expect(sniffVmessage(vmessageFile(MESSAGES))).toBe(true);
    expect(sniffVmessage(vmessageFile(MESSAGES, { encoding: 'utf-16le' }))).toBe(true);
    expect(sniffVmessage(vmessageFile(MESSAGES, { encoding: 'utf-16le', bom: true }))).toBe(true);
    expect(sniffVmessage(Buffer.from('\r\n\r\nbegin:vmsg\r\nVERSION:1.1'))).toBe(true);
    expect(sniffVmessage(iconv.encode('BEGIN:VMSG\nVERSION:1.1\n', 'utf-16be'))).toBe(true);
  });

  it('does not take vCards, XML or CSV for vMessage', () => {
    expect(sniffVmessage(Buffer.from('BEGIN:VCARD\r\nVERSION:2.1\r\n'))).toBe(false);
    expect(sniffVmessage(Buffer.from("<?xml version='1.0'?><smses>"))).toBe(false);
    expect(sniffVmessage(Buffer.from('号码,内容\nBEGIN:VMSG\n'))).toBe(false);
    expect(sniffVmessage(Buffer.from('BEGIN:VMSGX\n'))).toBe(false);
  });
});

describe('writeVmessageFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leakline-vmsg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams a file the importer reads back in batches of 500', async () => {
    const path = join(dir, 'sms.vmsg');
    const many = Array.from({ length: 1_200 }, (_, i): ExportedSms => ({ ...MESSAGES[i % 3]!, time: T0 + i * 1000 }));
    await writeVmessageFile(path, many, { encoding: 'utf-16le', bom: true });
    const { records, batches } = await readAll(vmessageImporter, fileSource(path), SHANGHAI);
    expect(batches).toEqual([500, 500, 200]);
    expect((records as MessageRecord[]).map((r) => r.time)).toEqual(many.map((m) => m.time));
  });

  it('reports a missing file as FILE_NOT_FOUND', async () => {
    expect(await readError(vmessageImporter, fileSource(join(dir, 'nope.vmsg')))).toMatchObject({ code: 'FILE_NOT_FOUND' });
  });
});

describe('vmessageImporter on text that looks like headers', () => {
  it('keeps a first line of text that reads like a second Date line', async () => {
    const text = block(['BEGIN:VMSG', 'X-IRMC-BOX:INBOX', 'BEGIN:VCARD', 'TEL:13800138000', 'END:VCARD', 'BEGIN:VENV', 'BEGIN:VBODY', 'Date:2025/04/16 13:09:12', 'Date:明天晚上七点', '老地方见', 'END:VBODY', 'END:VENV', 'END:VMSG']);
    const [record] = await messages(text);
    expect(record).toMatchObject({ time: T0, body: 'Date:明天晚上七点\n老地方见' });
  });
});
