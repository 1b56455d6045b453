// SPDX-License-Identifier: MIT
// Who is on the other side of each conversation of a Messages database (chat, chat_handle_join →
// handle), read once before the messages: a database holds a few thousand chats at most, against
// up to millions of messages. This names the other party of a message whose own handle_id is 0
// (what iOS writes for messages the user sent in a group, and for some sent 1:1 messages).
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { DatabaseReading } from './database-reading';
import { TableColumns } from './sqlite-columns';
import { integerValue, nonEmptyText } from './sqlite-values';

/** chat.style for a group conversation; 45 is a one-to-one chat. */
const GROUP_STYLE = 43;
/** SBR's separator for the participants of a group; the sender normaliser splits on it. */
const PARTICIPANT_SEPARATOR = '~';

interface ChatRow {
  rowid: unknown;
  chat_identifier: unknown;
  style: unknown;
}

export class AppleChats {
  private constructor(private readonly addresses: ReadonlyMap<number, string>) {}

  static read(db: Database, reading: DatabaseReading): AppleChats {
    const handles = reading.guard('chat_handle_join', () => chatHandles(db));
    const chatColumns = TableColumns.read(db, 'chat');
    const addresses = new Map<number, string>();
    for (const [id, members] of handles) addresses.set(id, members.join(PARTICIPANT_SEPARATOR));
    if (chatColumns !== null) {
      const rows = reading.guard('chat', () =>
        db.prepare(`SELECT ROWID AS rowid, ${chatColumns.selectList(['chat_identifier', 'style'])} FROM chat`).all(),
      ) as ChatRow[];
      for (const row of rows) {
        const id = integerValue(row.rowid);
        // A one-to-one chat's identifier is the other party's address; a group's is `chat1234...`.
        const identifier = integerValue(row.style) === GROUP_STYLE ? null : nonEmptyText(row.chat_identifier);
        if (id !== null && identifier !== null && !addresses.has(id)) addresses.set(id, identifier);
      }
    }
    return new AppleChats(addresses);
  }

  /** The other party of a chat: its handles (joined with `~` in a group), or null when unknown. */
  address(chatId: unknown): string | null {
    const id = integerValue(chatId);
    return id === null ? null : (this.addresses.get(id) ?? null);
  }
}

function chatHandles(db: Database): Map<number, string[]> {
  const byChat = new Map<number, string[]>();
  const join = TableColumns.read(db, 'chat_handle_join');
  const handle = TableColumns.read(db, 'handle');
  if (join === null || handle === null || !join.has('chat_id') || !join.has('handle_id') || !handle.has('id')) return byChat;
  const rows = db
    .prepare(
      `SELECT j.chat_id AS chat_id, h.id AS address FROM chat_handle_join j JOIN handle h ON h.ROWID = j.handle_id
       ORDER BY j.chat_id, h.id`,
    )
    .all() as { chat_id: unknown; address: unknown }[];
  for (const row of rows) {
    const id = integerValue(row.chat_id);
    const address = nonEmptyText(row.address);
    if (id === null || address === null) continue;
    const members = byChat.get(id);
    if (members === undefined) byChat.set(id, [address]);
    else if (!members.includes(address)) members.push(address);
  }
  return byChat;
}
