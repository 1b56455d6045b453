// SPDX-License-Identifier: MIT
// Android's telephony provider names a conversation's other parties once: `threads.recipient_ids`
// holds space-separated ids of `canonical_addresses` rows. A message whose own address is missing
// (an SMS with NULL address, an MMS without addr rows) takes its thread's recipients instead.
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { TableColumns } from './sqlite-columns';
import { integerValue, textValue } from './sqlite-values';

/** SBR and the sender normaliser join the members of a group with `~`. */
export const RECIPIENT_SEPARATOR = '~';

// Threads are few next to messages, but a hostile file could hold one per message: past this many
// the cache starts over rather than growing without bound.
const CACHE_LIMIT = 10_000;

export class ThreadAddresses {
  private readonly cache = new Map<number, string | null>();

  private constructor(
    private readonly recipients: Statement,
    private readonly address: Statement,
  ) {}

  /** Null when the database lacks either table (OEM copies such as Huawei's keep neither). */
  static open(db: Database): ThreadAddresses | null {
    const threads = TableColumns.read(db, 'threads');
    const canonical = TableColumns.read(db, 'canonical_addresses');
    if (!threads?.has('_id') || !threads.has('recipient_ids') || !canonical?.has('_id') || !canonical.has('address')) return null;
    return new ThreadAddresses(
      db.prepare('SELECT recipient_ids FROM threads WHERE _id = ?').pluck(),
      db.prepare('SELECT address FROM canonical_addresses WHERE _id = ?').pluck(),
    );
  }

  /** The thread's recipients joined with `~`, or null when the thread or its addresses are unknown. */
  lookup(threadIdValue: unknown): string | null {
    const threadId = integerValue(threadIdValue);
    if (threadId === null) return null;
    const cached = this.cache.get(threadId);
    if (cached !== undefined) return cached;
    const found = this.resolve(threadId);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(threadId, found);
    return found;
  }

  private resolve(threadId: number): string | null {
    const ids = textValue(this.recipients.get(threadId));
    if (ids === null) return null;
    const addresses: string[] = [];
    for (const token of ids.split(/\s+/)) {
      const id = integerValue(token);
      if (id === null) continue;
      const address = textValue(this.address.get(id))?.trim();
      if (address) addresses.push(address);
    }
    return addresses.length > 0 ? addresses.join(RECIPIENT_SEPARATOR) : null;
  }
}
