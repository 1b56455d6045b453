// SPDX-License-Identifier: MIT
// The Google Messages importer on bugle_db files written with AOSP Messaging's schema: one-to-one
// and group conversations in both directions, Bugle statuses, MMS parts, and broken databases.
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { googleBugleImporter, sniffGoogleBugle } from '../../../src-main/core/importers/google-bugle';
import { writeBugleDb, type BugleMessageInput } from '../../support/write-bugle-db';
import { readError, readMessages, scratchDir, tablesOf } from './sqlite-test-files';

const scratch = scratchDir();
afterAll(scratch.cleanup);

const T0 = Date.UTC(2024, 5, 1, 2, 0);
const ZHANG = '13800138000';
const LI = '13900139000';
const NAMES = new Map([
  [ZHANG, '张伟'],
  [LI, '李娜'],
]);
const text = (t: string) => ({ contentType: 'text/plain', text: t });

const MESSAGES: BugleMessageInput[] = [
  { conversation: ['95588'], sender: '95588', time: T0, sentTime: T0 - 1500, read: 0, parts: [text('【工商银行】您尾号6688的卡消费1,280.00元。')] },
  { conversation: [ZHANG], sender: null, time: T0 + 1000, sentTime: T0 + 1200, status: 2, parts: [text('晚上回来吃饭吗？')] },
  { conversation: [ZHANG], sender: null, time: T0 + 2000, status: 3, parts: [text('草稿：明天见')] },
  { conversation: [ZHANG], sender: null, time: T0 + 3000, status: 8, parts: [text('发送失败的消息')] },
  { conversation: [ZHANG], sender: null, time: T0 + 4000, status: 5, parts: [text('正在发送')] },
  { conversation: [ZHANG, LI], sender: LI, time: T0 + 5000, parts: [text('周六聚餐，老地方见')] },
  { conversation: [ZHANG, LI], sender: null, time: T0 + 6000, parts: [text('好的👌')] },
  {
    conversation: ['10657500000'],
    sender: '10657500000',
    time: T0 + 7000,
    protocol: 1,
    subject: '手机报',
    parts: [{ contentType: 'image/jpeg', uri: 'content://mms/part/1' }, text('第一页'), { contentType: 'application/smil', text: '<smil/>' }, text('第二页')],
  },
  { conversation: [ZHANG], sender: null, time: T0 + 8000, status: 0, parts: [text('状态未知（自己）')] },
  { conversation: [ZHANG], sender: ZHANG, time: T0 + 9000, status: 0, parts: [text('状态未知（对方）')] },
  { conversation: [ZHANG], sender: null, time: T0 + 10_000, status: 11, parts: [text('新版本的发送状态')] },
  { conversation: ['10657500000'], sender: '10657500000', time: T0 + 11_000, status: 106, protocol: 2, parts: [] },
  { conversation: [LI], sender: LI, time: 0, sentTime: T0 + 12_000, parts: [text('只有发送时间')] },
];

function writeBugle(options: Parameters<typeof writeBugleDb>[2] = {}): string {
  const path = scratch.path('bugle_db');
  writeBugleDb(path, MESSAGES, { names: NAMES, ...options });
  return path;
}

describe('googleBugleImporter on a generated Chinese bugle_db', () => {
  it('recognises the database by its four tables', async () => {
    expect(sniffGoogleBugle(await tablesOf(writeBugle()))).toBe(true);
    expect(sniffGoogleBugle(new Set(['messages', 'parts', 'participants']))).toBe(false);
    expect(sniffGoogleBugle(new Set(['sms', 'threads', 'pdu']))).toBe(false);
  });

  it('reads an incoming SMS from its sender', async () => {
    const [bank] = await readMessages(googleBugleImporter, writeBugle());
    expect(bank).toEqual({
      type: 'message',
      kind: 'sms',
      address: '95588',
      contactName: null,
      direction: 'in',
      box: 'inbox',
      time: T0,
      timeSent: T0 - 1500,
      body: '【工商银行】您尾号6688的卡消费1,280.00元。',
      serviceCenter: null,
      read: false,
    });
  });

  it('addresses outgoing messages to the conversation’s other party, boxed by Bugle status', async () => {
    const records = await readMessages(googleBugleImporter, writeBugle());
    expect(records.slice(1, 5).map((r) => [r.address, r.contactName, r.direction, r.box])).toEqual([
      [ZHANG, '张伟', 'out', 'sent'],
      [ZHANG, '张伟', 'out', 'draft'],
      [ZHANG, '张伟', 'out', 'failed'],
      [ZHANG, '张伟', 'out', 'outbox'],
    ]);
    expect(records[1]?.timeSent).toBe(T0 + 1200);
  });

  it('gives a group message the writer when incoming and every member when outgoing', async () => {
    const records = await readMessages(googleBugleImporter, writeBugle());
    expect(records[5]).toMatchObject({ address: LI, contactName: '李娜', direction: 'in', body: '周六聚餐，老地方见' });
    expect(records[6]).toMatchObject({ address: `${ZHANG}~${LI}`, contactName: '张伟, 李娜', direction: 'out', body: '好的👌' });
  });

  it('joins an MMS subject and its text parts, leaving media and SMIL out', async () => {
    const records = await readMessages(googleBugleImporter, writeBugle());
    expect(records[7]).toMatchObject({ kind: 'mms', direction: 'in', body: '手机报\n第一页\n第二页' });
  });

  it('decides from the sender when the status is unknown, and keeps unnamed outgoing statuses outgoing', async () => {
    const records = await readMessages(googleBugleImporter, writeBugle());
    expect(records.slice(8, 11).map((r) => [r.direction, r.box])).toEqual([
      ['out', 'unknown'],
      ['in', 'unknown'],
      ['out', 'unknown'],
    ]);
  });

  it('keeps an MMS that failed to download as an empty inbox message', async () => {
    const records = await readMessages(googleBugleImporter, writeBugle());
    expect(records[11]).toMatchObject({ kind: 'mms', direction: 'in', box: 'inbox', body: '' });
  });

  it('uses the sent time when no received time was recorded', async () => {
    const records = await readMessages(googleBugleImporter, writeBugle());
    expect(records[12]).toMatchObject({ time: T0 + 12_000, timeSent: T0 + 12_000 });
    expect(records).toHaveLength(MESSAGES.length);
  });

  it('falls back to the conversation’s participant destination without conversation_participants', async () => {
    const records = await readMessages(googleBugleImporter, writeBugle({ withoutConversationParticipants: true }));
    expect(records[1]).toMatchObject({ address: ZHANG, contactName: '张伟', direction: 'out' });
  });
});

describe('googleBugleImporter on bad input', () => {
  function mutate(sql: string): string {
    const path = writeBugle();
    const db = new Database(path);
    db.exec(sql);
    db.close();
    return path;
  }

  it('names a missing required table', async () => {
    const err = await readError(googleBugleImporter, mutate('DROP TABLE parts;'));
    expect(err.code).toBe('MALFORMED_INPUT');
    expect(err.message).toMatch(/no table parts/);
  });

  it('names the column a messages table lacks', async () => {
    const err = await readError(
      googleBugleImporter,
      mutate('DROP TABLE messages; CREATE TABLE messages (_id INTEGER PRIMARY KEY, conversation_id INT, received_timestamp INT); INSERT INTO messages VALUES (1, 1, 5);'),
    );
    expect(err.message).toMatch(/table messages has no column sender_id/);
  });

  it('names a participants table without any destination column', async () => {
    const err = await readError(googleBugleImporter, mutate('DROP TABLE participants; CREATE TABLE participants (_id INTEGER PRIMARY KEY, sub_id INT);'));
    expect(err.message).toMatch(/table participants has no column normalized_destination/);
  });

  it('reports a message with an unreadable timestamp with its row', async () => {
    const err = await readError(googleBugleImporter, mutate("UPDATE messages SET received_timestamp = 'gestern', sent_timestamp = NULL WHERE _id = 3;"));
    expect(err.message).toMatch(/table messages, row 3: the message has no valid timestamp/);
  });

  it('reports a bugle_db without messages as an empty backup', async () => {
    const path = join(scratch.dir, 'empty_bugle_db');
    writeBugleDb(path, []);
    const err = await readError(googleBugleImporter, path);
    expect(err.code).toBe('EMPTY_BACKUP');
  });
});
