// SPDX-License-Identifier: MIT
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../src-main/core/db/open';
import { importPath } from '../../../src-main/core/import/run-import';
import { setAnnotations } from '../../../src-main/core/annotations/set-annotations';
import { annotationOf, listTags } from '../../../src-main/core/annotations/read-annotations';
import { normalizeTag } from '../../../src-main/core/annotations/tag-name';
import { getMessage, listMessages } from '../../../src-main/core/store/message-queries';
import { listSenders } from '../../../src-main/core/store/sender-queries';
import { removeSource } from '../../../src-main/core/store/remove-source';
import { LeaklineError } from '../../../src-main/core/errors';

const SMS = [
  ['17150832216', 1736993520000, '林晓峰先生，您在速借宝的借款已逾期35天，请于今日18:00前回电0755-86302217协商还款。'],
  ['17089254473', 1737687900000, '林晓峰，经核实您目前就职于南京某某贸易有限公司，今日不处理将联系贵单位人事部门。'],
  ['95555', 1737000000000, '【招商银行】您账户8848于01月16日支出人民币200.00元，余额1,024.50。'],
  ['13952178260', 1737100000000, '今天有人打电话给你爸，说你欠网贷不还，这是怎么回事？'],
] as const;

function smsXml(rows: readonly (readonly [string, number, string])[]): string {
  const body = rows
    .map(([address, date, text]) => `<sms protocol="0" address="${address}" date="${date}" type="1" body="${text}" read="1" status="-1" />`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<smses count="${rows.length}">\n${body}\n</smses>\n`;
}

let dir: string;
let db: Database;
let ids: number[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-annotations-'));
  db = openDatabase(join(dir, 'a.db'), { key: null });
  writeFileSync(join(dir, 'a.xml'), smsXml(SMS.slice(0, 3)));
  writeFileSync(join(dir, 'b.xml'), smsXml(SMS.slice(3)));
  await importPath(db, join(dir, 'a.xml'));
  await importPath(db, join(dir, 'b.xml'));
  ids = listMessages(db, {}, 0, 10).rows.map((r) => r.id);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const idOf = (sender: string): number => listMessages(db, {}, 0, 10).rows.find((r) => r.sender === sender || r.sender.endsWith(sender))!.id;

describe('tag names', () => {
  it('trims, folds inner white space and keeps the case', () => {
    expect(normalizeTag('  催收  证据 ')).toBe('催收 证据');
    expect(normalizeTag(' Lawyer ')).toBe('Lawyer');
  });

  it('refuses an empty tag and one longer than 40 characters', () => {
    expect(() => normalizeTag('   ')).toThrow(LeaklineError);
    expect(() => normalizeTag('证'.repeat(41))).toThrow(/40/);
    expect(normalizeTag('证'.repeat(40))).toHaveLength(40);
  });
});

describe('annotations on messages', () => {
  it('stars, tags and notes one message and shows them in the list and the detail', () => {
    const id = idOf('17150832216');
    expect(setAnnotations(db, { messageIds: [id] }, { star: true, addTag: ' 催收 ', note: '第一次联系，冒充贷后部' })).toBe(1);
    const row = listMessages(db, {}, 0, 10).rows.find((r) => r.id === id)!;
    expect(row).toMatchObject({ starred: true, tags: ['催收'] });
    expect(getMessage(db, id)).toMatchObject({ starred: true, tags: ['催收'], note: '第一次联系，冒充贷后部' });
    const other = listMessages(db, {}, 0, 10).rows.find((r) => r.id !== id)!;
    expect(other).toMatchObject({ starred: false, tags: [] });
  });

  it('never changes the message itself', () => {
    const id = idOf('17089254473');
    const before = getMessage(db, id);
    setAnnotations(db, { messageIds: [id] }, { star: true, addTag: 'employer', note: '知道单位' });
    const after = getMessage(db, id);
    expect({ ...after, starred: false, tags: [], note: null }).toEqual(before);
  });

  it('deduplicates tags ignoring ASCII case and keeps the first spelling', () => {
    const id = idOf('17150832216');
    setAnnotations(db, { messageIds: [id] }, { addTag: 'Evidence' });
    setAnnotations(db, { messageIds: [id] }, { addTag: 'evidence' });
    expect(annotationOf(db, 'message', id).tags).toEqual(['Evidence']);
    expect(listTags(db)).toEqual([{ tag: 'Evidence', messages: 1, senders: 0 }]);
  });

  it('tags, untags and stars many messages at once and counts only those that exist', () => {
    expect(setAnnotations(db, { messageIds: [...ids, 999_999] }, { star: true, addTag: '证据' })).toBe(4);
    expect(listMessages(db, { starred: true }, 0, 10).total).toBe(4);
    expect(setAnnotations(db, { messageIds: ids.slice(0, 2) }, { star: false, removeTag: '证据' })).toBe(2);
    expect(listMessages(db, { starred: true }, 0, 10).total).toBe(2);
    expect(listMessages(db, { tag: '证据' }, 0, 10).rows.map((r) => r.id).sort()).toEqual(ids.slice(2).sort());
    expect(listMessages(db, { starred: false }, 0, 10).total).toBe(2);
  });

  it('combines the star and tag filters with a search and a sender', () => {
    const collector = idOf('17150832216');
    const bank = idOf('95555');
    setAnnotations(db, { messageIds: [collector, bank] }, { star: true });
    setAnnotations(db, { messageIds: [collector] }, { addTag: '催收' });
    expect(listMessages(db, { starred: true, tag: '催收' }, 0, 10).rows.map((r) => r.id)).toEqual([collector]);
    expect(listMessages(db, { starred: true, query: '招商银行' }, 0, 10).rows.map((r) => r.id)).toEqual([bank]);
    const sender = listMessages(db, {}, 0, 10).rows.find((r) => r.id === bank)!.senderId;
    expect(listMessages(db, { starred: true, senderId: sender }, 0, 10).total).toBe(1);
    expect(listMessages(db, { tag: 'CUI' }, 0, 10).total).toBe(0);
  });

  it('clears a note given only white space and drops the tag once nothing carries it', () => {
    const id = idOf('17150832216');
    setAnnotations(db, { messageIds: [id] }, { note: '记下时间', addTag: '待处理' });
    setAnnotations(db, { messageIds: [id] }, { note: '   ', removeTag: '待处理' });
    expect(annotationOf(db, 'message', id)).toEqual({ starred: false, tags: [], note: null });
    expect(listTags(db)).toEqual([]);
  });
});

describe('annotations on senders', () => {
  it('stars, tags and notes senders, shown in the senders list', () => {
    const senders = listSenders(db, undefined, 10);
    const collector = senders.find((s) => s.address.endsWith('17150832216'))!;
    expect(setAnnotations(db, { senderIds: [collector.id] }, { star: true, addTag: '速借宝催收', note: '自称贷后部' })).toBe(1);
    const row = listSenders(db, undefined, 10).find((s) => s.id === collector.id)!;
    expect(row).toMatchObject({ starred: true, tags: ['速借宝催收'], note: '自称贷后部' });
    expect(listTags(db)).toEqual([{ tag: '速借宝催收', messages: 0, senders: 1 }]);
    expect(listSenders(db, undefined, 10).filter((s) => s.starred)).toHaveLength(1);
  });
});

describe('removing a source', () => {
  it("removes its messages' and senders' annotations and keeps the others", () => {
    const mother = idOf('13952178260');
    const collector = idOf('17150832216');
    const motherSender = listSenders(db, undefined, 10).find((s) => s.address.endsWith('13952178260'))!;
    setAnnotations(db, { messageIds: [mother, collector] }, { star: true, addTag: '家人', note: '父亲被联系' });
    setAnnotations(db, { senderIds: [motherSender.id] }, { star: true, addTag: '家人' });
    const source = (db.prepare('SELECT source_id AS s FROM messages WHERE id = ?').get(mother) as { s: number }).s;
    removeSource(db, source);
    expect((db.prepare('SELECT count(*) AS n FROM message_marks WHERE message_id = ?').get(mother) as { n: number }).n).toBe(0);
    expect((db.prepare('SELECT count(*) AS n FROM sender_marks WHERE sender_id = ?').get(motherSender.id) as { n: number }).n).toBe(0);
    expect(annotationOf(db, 'message', collector)).toEqual({ starred: true, tags: ['家人'], note: '父亲被联系' });
    expect(listTags(db)).toEqual([{ tag: '家人', messages: 1, senders: 0 }]);
  });
});
