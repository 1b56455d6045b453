// SPDX-License-Identifier: MIT
// The Messages importer on plaso's macOS chat.db test file (dates in seconds, WAL mode).
import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MessageRecord } from '../../../src-main/core/import/records';
import { decodeAttributedBody } from '../../../src-main/core/importers/apple-attributed-body';
import { appleSmsDbImporter } from '../../../src-main/core/importers/apple-sms-db';
import { withTempCopy } from '../../../src-main/core/importers/sqlite-temp-copy';
import { FIXTURES, readMessages, tablesOf } from './sqlite-test-files';

const CHAT_DB = join(FIXTURES, 'apple-chatdb', 'plaso__imessage_chat.db');

describe('appleSmsDbImporter on a macOS chat.db', () => {
  it('recognises the database by its tables', async () => {
    expect(appleSmsDbImporter.sniff(await tablesOf(CHAT_DB))).toBe(true);
  });

  it('reads all ten messages with their direction and other party', async () => {
    const messages = await readMessages(appleSmsDbImporter, CHAT_DB);
    expect(messages).toHaveLength(10);
    for (const m of messages) expect(MessageRecord.parse(m)).toEqual(m);
    expect(messages.map((m) => m.direction).join(' ')).toBe('in out in in out out in in out out');
    expect(messages.map((m) => m.box)).toEqual(messages.map((m) => (m.direction === 'in' ? 'inbox' : 'sent')));
    expect(messages.filter((m) => m.address === '447775455555')).toHaveLength(8);
    expect(messages.filter((m) => m.address === 'xxxxxx2015@icloud.com').map((m) => m.body)).toEqual([
      'Did you try to send me a message?',
      'Yes, did you get it?',
    ]);
    expect(messages.every((m) => m.kind === 'sms' && m.blocked === undefined && m.timeSent === null)).toBe(true);
  });

  it('converts dates stored in seconds since 2001', async () => {
    const [first] = await readMessages(appleSmsDbImporter, CHAT_DB);
    // message.date = 469908586 s after 2001-01-01T00:00:00Z.
    expect(new Date(first!.time).toISOString()).toBe('2015-11-22T18:09:46.000Z');
    expect(first!.body.startsWith("Hey Kenneth, it's Eireanne!")).toBe(true);
    expect(first!.body.endsWith('Would really appreciate it! ')).toBe(true);
    expect(first!.read).toBe(true);
  });

  it('takes the text column when it is set, even where attributedBody says otherwise', async () => {
    // In this test file row 6's text was edited after the fact; its attributedBody kept the original.
    const blob = await withTempCopy(CHAT_DB, (copy) => {
      const db = new Database(copy, { readonly: true });
      try {
        return (db.prepare('SELECT attributedBody FROM message WHERE ROWID = 6').get() as { attributedBody: Buffer }).attributedBody;
      } finally {
        db.close();
      }
    });
    expect(decodeAttributedBody(blob)).toContain('install Microsoft Office');
    const messages = await readMessages(appleSmsDbImporter, CHAT_DB);
    expect(messages[5]!.body).toBe('It does have it’s own ‘office’ software, but you can also install Open Office, which I have a copy of.');
  });

  it('reports progress in rows', async () => {
    const seen: number[] = [];
    await readMessages(appleSmsDbImporter, CHAT_DB, { onBytes: (n) => seen.push(n) });
    expect(seen.at(-1)).toBe(10);
  });
});
