// SPDX-License-Identifier: MIT
// Properties of the Messages importer: on any database the generator can write, it yields exactly
// the text messages a simple model predicts; on rows full of junk values, it yields valid records
// or throws ImportInputError, never another error, and finishes.
import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportInputError } from '../../../src-main/core/errors';
import { MessageRecord } from '../../../src-main/core/import/records';
import { appleSmsDbImporter } from '../../../src-main/core/importers/apple-sms-db';
import { writeAppleSmsDb, type AppleSmsMessage } from '../../support/write-apple-sms-db';
import { readMessages, scratchDir } from './sqlite-test-files';

const scratch = scratchDir();
afterAll(scratch.cleanup);

const PEOPLE = ['+8613800138000', '13900139000', '95588', '1069012345678', 'li.na@qq.com'];
const GROUPS = [['+8613800138000', '13900139000'], ['13900139000', 'li.na@qq.com', '95588']];
const PHRASES = ['晚上回来吃饭吗？', '【工商银行】余额23,456.78元', '验证码 482913', '😂👍', ' ', '\uFFFC', 'ok', '\n'];

const text = fc.oneof(
  fc.constant(null),
  fc.array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const message: fc.Arbitrary<AppleSmsMessage> = fc
  .record({
    group: fc.boolean(),
    person: fc.constantFrom(...PEOPLE),
    groupIndex: fc.nat({ max: GROUPS.length - 1 }),
    fromMe: fc.boolean(),
    // 2001-01-01T00:00:10Z .. 2035: whole ms, as the seconds of old databases cannot hold more.
    time: fc.integer({ min: Date.UTC(2001, 0, 1, 0, 0, 10), max: Date.UTC(2035, 0, 1) }),
    text,
    store: fc.constantFrom('both', 'attributedBody', 'text' as const),
    itemType: fc.constantFrom(0, 0, 0, 1, 3),
    associatedMessageType: fc.constantFrom(0, 0, 0, 2000, 3001),
    isSpam: fc.boolean(),
    filterAction: fc.constantFrom(0, 1, 2, 3),
    error: fc.constantFrom(0, 0, 22),
    handleless: fc.boolean(),
  })
  .map((r) => {
    const members = r.group ? GROUPS[r.groupIndex]! : [r.person];
    return {
      address: r.group ? members : r.person,
      fromMe: r.fromMe,
      time: r.time,
      text: r.text,
      store: r.store,
      itemType: r.itemType,
      associatedMessageType: r.associatedMessageType,
      isSpam: r.isSpam,
      filterAction: r.filterAction,
      error: r.error,
      // iOS leaves handle_id 0 only on the user's own messages; a received group message names its writer.
      handleless: r.fromMe && r.handleless,
      ...(r.group && !r.fromMe ? { sender: members[r.time % members.length]! } : {}),
    } satisfies AppleSmsMessage;
  });

/** What the importer should make of one row, from the rules in apple-sms-db.ts. */
function model(m: AppleSmsMessage, unit: 'nanoseconds' | 'seconds') {
  const stored = m.store === 'attributedBody' || m.store === 'text' || m.text === '' ? m.text : m.text;
  const body = (stored ?? '').replace(/\uFFFC/g, '');
  if ((m.itemType ?? 0) !== 0 || (m.associatedMessageType ?? 0) >= 1000 || body.trim() === '') return null;
  const members = typeof m.address === 'string' ? [m.address] : [...m.address];
  const address = m.sender ?? (members.length === 1 && !m.handleless ? members[0] : [...members].sort().join('~'));
  return {
    address,
    direction: m.fromMe ? 'out' : 'in',
    time: unit === 'seconds' ? Math.floor(m.time / 1000) * 1000 : m.time,
    body,
    blocked: m.isSpam || m.filterAction === 2 ? true : undefined,
    box: m.fromMe ? (m.error ? 'failed' : 'sent') : 'inbox',
  };
}

describe('appleSmsDbImporter properties', () => {
  it('yields exactly the text messages of any database the generator writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { maxLength: 25 }), fc.constantFrom('nanoseconds', 'seconds' as const), async (messages, unit) => {
        const path = scratch.path('model.db');
        writeAppleSmsDb(path, messages, { dateUnit: unit });
        const expected = messages.map((m) => model(m, unit)).filter((m) => m !== null);
        if (expected.length === 0) {
          await expect(readMessages(appleSmsDbImporter, path)).rejects.toMatchObject({ code: 'EMPTY_BACKUP' });
          return;
        }
        const records = await readMessages(appleSmsDbImporter, path);
        for (const r of records) MessageRecord.parse(r);
        expect(
          records.map(({ address, direction, time, body, blocked, box }) => ({ address, direction, time, body, blocked, box })),
        ).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  const junk: fc.Arbitrary<unknown> = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom(0, 2000, 3000, 1e9, 7.3e17, -7.3e17, 1e10),
    fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    fc.double(),
    fc.string({ maxLength: 10 }),
    fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b)),
  );
  const COLUMNS = ['text', 'attributedBody', 'handle_id', 'is_from_me', 'date', 'item_type', 'associated_message_type',
    'is_read', 'error', 'service_center', 'is_spam', 'filter_action'];

  it('yields valid records or ImportInputError for rows of junk values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(junk, { minLength: COLUMNS.length, maxLength: COLUMNS.length }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: -1, max: 8 }), fc.integer({ min: -1, max: 8 })), { maxLength: 4 }),
        async (rows, chatJoins) => {
          const path = scratch.path('junk.db');
          writeAppleSmsDb(path, [{ address: ['13800138000', '95588'], fromMe: false, sender: '95588', time: Date.UTC(2024, 0, 1), text: '种子' }]);
          const db = new Database(path);
          db.pragma('foreign_keys = OFF');
          db.exec('DELETE FROM message; DELETE FROM chat_message_join');
          const insert = db.prepare(`INSERT INTO message (guid, ${COLUMNS.join(', ')}) VALUES (?, ${COLUMNS.map(() => '?').join(', ')})`);
          rows.forEach((row, i) => insert.run(`g${i}`, ...row));
          const join = db.prepare('INSERT OR IGNORE INTO chat_message_join (chat_id, message_id) VALUES (?, ?)');
          for (const [chat, msg] of chatJoins) join.run(chat, msg);
          db.close();
          const started = performance.now();
          try {
            for (const r of await readMessages(appleSmsDbImporter, path)) MessageRecord.parse(r);
          } catch (err) {
            if (!(err instanceof ImportInputError)) throw err;
          }
          expect(performance.now() - started).toBeLessThan(5_000);
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
