// SPDX-License-Identifier: MIT
// Who a Google Messages (Bugle) message was with. `participants` holds one row per address and per
// SIM of the phone itself; AOSP's ParticipantData marks every participant that is NOT the phone
// with sub_id = -2 (OTHER_THAN_SELF_SUB_ID), and the self rows carry the SIM's subscription id (-1
// for the default). `conversation_participants` lists a conversation's members without the user.
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import type { DatabaseReading } from './database-reading';
import { RECIPIENT_SEPARATOR } from './android-thread-addresses';
import { requireTable, TableColumns } from './sqlite-columns';
import { integerValue, nonEmptyText } from './sqlite-values';

const OTHER_THAN_SELF_SUB_ID = -2;
const DESTINATION_COLUMNS = ['send_destination', 'normalized_destination', 'display_destination'] as const;
const PARTICIPANT_COLUMNS = ['_id', 'sub_id', ...DESTINATION_COLUMNS, 'full_name'] as const;
type ParticipantRow = Record<(typeof PARTICIPANT_COLUMNS)[number], unknown>;

// Bounded like the thread cache: a hostile file could hold one conversation per message.
const CACHE_LIMIT = 10_000;

export interface Participant {
  address: string | null;
  name: string | null;
  /** True for the phone's own participant, false for another party, null when sub_id is unknown. */
  isSelf: boolean | null;
}

export interface OtherParty {
  address: string | null;
  contactName: string | null;
}

function participant(row: ParticipantRow): Participant {
  const subId = integerValue(row.sub_id);
  return {
    address: nonEmptyText(row.send_destination) ?? nonEmptyText(row.normalized_destination) ?? nonEmptyText(row.display_destination),
    name: nonEmptyText(row.full_name)?.trim() ?? null,
    isSelf: subId === null ? null : subId !== OTHER_THAN_SELF_SUB_ID,
  };
}

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export class BugleParticipants {
  private readonly byId = new Map<number, Participant | null>();
  private readonly byConversation = new Map<number, OtherParty>();
  private readonly participantById: Statement;
  private readonly membersOf: Statement | null;
  private readonly conversationById: Statement;

  constructor(db: Database, reading: DatabaseReading) {
    const participants = requireTable(db, reading.file, 'participants');
    participants.require(reading.file, ['_id']);
    if (participants.firstOf(DESTINATION_COLUMNS) === null) participants.require(reading.file, ['normalized_destination']);
    const conversations = requireTable(db, reading.file, 'conversations');
    conversations.require(reading.file, ['_id']);
    const select = participants.selectList(PARTICIPANT_COLUMNS);
    this.participantById = reading.guard('participants', () => db.prepare(`SELECT ${select} FROM participants WHERE _id = ?`));
    const members = TableColumns.read(db, 'conversation_participants');
    this.membersOf =
      members?.has('conversation_id') && members.has('participant_id')
        ? reading.guard('conversation_participants', () =>
            db.prepare(
              `SELECT ${participants.selectList(PARTICIPANT_COLUMNS, 'p')} FROM conversation_participants cp ` +
                'JOIN participants p ON p._id = cp.participant_id WHERE cp.conversation_id = ? ORDER BY p._id',
            ),
          )
        : null;
    this.conversationById = reading.guard('conversations', () =>
      db.prepare(`SELECT ${conversations.selectList(['name', 'participant_normalized_destination'])} FROM conversations WHERE _id = ?`),
    );
  }

  sender(idValue: unknown): Participant | null {
    const id = integerValue(idValue);
    if (id === null) return null;
    const cached = this.byId.get(id);
    if (cached !== undefined) return cached;
    const row = this.participantById.get(id) as ParticipantRow | undefined;
    return remember(this.byId, id, row ? participant(row) : null);
  }

  /** The conversation's members other than the phone, joined with `~` for a group. */
  others(conversationIdValue: unknown): OtherParty {
    const id = integerValue(conversationIdValue);
    if (id === null) return { address: null, contactName: null };
    const cached = this.byConversation.get(id);
    if (cached !== undefined) return cached;
    return remember(this.byConversation, id, this.resolveOthers(id));
  }

  private resolveOthers(conversationId: number): OtherParty {
    const conversation = this.conversationById.get(conversationId) as { name: unknown; participant_normalized_destination: unknown } | undefined;
    const conversationName = nonEmptyText(conversation?.name)?.trim() ?? null;
    const members = ((this.membersOf?.all(conversationId) ?? []) as ParticipantRow[]).map(participant).filter((p) => p.isSelf !== true);
    const addresses = members.map((m) => m.address).filter((a): a is string => a !== null);
    if (addresses.length === 0) {
      // Without member rows, a one-to-one conversation still names its other party.
      return { address: nonEmptyText(conversation?.participant_normalized_destination), contactName: conversationName };
    }
    return {
      address: addresses.join(RECIPIENT_SEPARATOR),
      contactName: members.length === 1 ? (members[0]?.name ?? conversationName) : conversationName,
    };
  }
}
