// SPDX-License-Identifier: MIT
// From the attributes SMS Backup & Restore writes to ImportRecords. SBR copies Android's telephony
// columns: the literal string "null" stands for SQL NULL, and "(Unknown)" is its placeholder
// contact name for numbers not in the address book.
import type { Direction, MessageBox } from '../model/message';
import type { CallRecord, CallType, MessageRecord } from '../import/records';
import { isRepresentableTime } from '../import/time-sanity';
import type { SbrAttributes } from './sbr-attributes';

/** Returns the attribute, or null when it is absent, empty or SBR's "null". */
function present(value: string | undefined): string | null {
  return value === undefined || value === '' || value === 'null' ? null : value;
}

function contactName(value: string | undefined): string | null {
  const name = present(value)?.trim();
  return name && name !== '(Unknown)' ? name : null;
}

function integer(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

/** Epoch ms, or null when the value is no integer or lies outside any representable date. */
function epochMs(value: string | undefined): number | null {
  const n = integer(value);
  return n !== null && isRepresentableTime(n) ? n : null;
}

function readFlag(value: string | undefined): boolean | null {
  if (value === '1') return true;
  if (value === '0') return false;
  return null;
}

/**
 * Android's MMS table keeps `date_sent` in seconds and SBR copies it as is, while SMS times are in
 * ms. 1e11 ms is March 1973 and 1e11 s is in the year 5138, so below it the value must be seconds.
 * 0 means "not recorded".
 */
function sentTime(value: string | undefined): number | null {
  const n = epochMs(value);
  if (n === null || n === 0) return null;
  return Math.abs(n) < 1e11 ? n * 1000 : n;
}

type Placement = readonly [MessageBox, Direction];

// Maps, not object literals, for every table keyed by an attribute: type="constructor" would find
// what every object inherits under that name (found by tests/fuzz/importers-text.fuzz.ts).
const SMS_TYPES: ReadonlyMap<string, Placement> = new Map([
  ['1', ['inbox', 'in']],
  ['2', ['sent', 'out']],
  ['3', ['draft', 'out']],
  ['4', ['outbox', 'out']],
  ['5', ['failed', 'out']],
  ['6', ['queued', 'out']],
]);

// Telephony.BaseMmsColumns.MESSAGE_BOX_*.
const MMS_BOXES: ReadonlyMap<string, Placement> = new Map([
  ['1', ['inbox', 'in']],
  ['2', ['sent', 'out']],
  ['3', ['draft', 'out']],
  ['4', ['outbox', 'out']],
  ['5', ['failed', 'out']],
]);

// PDU message types (OMA MMS encapsulation): m-send-req is ours, m-notification-ind and
// m-retrieve-conf came to us. Used only when msg_box is missing.
const MMS_PDU_TYPES: ReadonlyMap<string, Placement> = new Map([
  ['128', ['unknown', 'out']],
  ['130', ['unknown', 'in']],
  ['132', ['unknown', 'in']],
]);

const UNKNOWN_PLACEMENT: Placement = ['unknown', 'in'];

/** Returns null when the element has no usable `date`: the caller reports where. */
export function smsRecord(a: SbrAttributes): MessageRecord | null {
  const time = epochMs(a.date);
  if (time === null) return null;
  const [box, direction] = SMS_TYPES.get(a.type ?? '') ?? UNKNOWN_PLACEMENT;
  return {
    type: 'message',
    kind: 'sms',
    address: present(a.address) ?? '',
    contactName: contactName(a.contact_name),
    direction,
    box,
    time,
    timeSent: sentTime(a.date_sent),
    body: present(a.body) ?? '',
    serviceCenter: present(a.service_center),
    read: readFlag(a.read),
  };
}

const CALL_TYPES: ReadonlyMap<string, CallType> = new Map([
  ['1', 'incoming'],
  ['2', 'outgoing'],
  ['3', 'missed'],
  ['4', 'voicemail'],
  ['5', 'rejected'],
  ['6', 'blocked'],
]);

export function callRecord(a: SbrAttributes): CallRecord | null {
  const time = epochMs(a.date);
  if (time === null) return null;
  return {
    type: 'call',
    address: present(a.number) ?? '',
    contactName: contactName(a.contact_name),
    time,
    durationS: Math.max(0, integer(a.duration) ?? 0),
    callType: CALL_TYPES.get(a.type ?? '') ?? 'unknown',
  };
}

// PduHeaders.FROM / TO / CC as SBR writes them in <addr type="...">.
const ADDR_FROM = '137';
const ADDR_TO = '151';
/** Android's placeholder for the phone's own number in the From of an MMS it sends. */
const OWN_ADDRESS_TOKEN = 'insert-address-token';
/** SBR joins the participants of a group conversation with `~` in the mms `address` attribute. */
const PARTICIPANT_SEPARATOR = '~';

/**
 * Collects one <mms> element: its text parts and addresses, never media. SMIL layout parts and
 * media parts are skipped; several text/plain parts (one per slide) are joined with a newline.
 * A subject, when present, becomes the first line: it is message text a sender chose.
 *
 * Which address is "the other party": for an incoming MMS the From address (in a group chat that
 * is the person who wrote, while the `address` attribute names the group); for an outgoing one the
 * `address` attribute, which SBR fills with every recipient joined by `~` (the sender normaliser
 * turns that into one sorted list), falling back to the To addresses when it is missing.
 */
export class MmsCollector {
  private readonly texts: string[] = [];
  private from: string | null = null;
  private readonly to: string[] = [];

  constructor(private readonly attributes: SbrAttributes) {}

  addPart(a: SbrAttributes): void {
    const contentType = a.ct?.toLowerCase() ?? '';
    if (!contentType.startsWith('text/plain')) return;
    const text = present(a.text);
    if (text !== null) this.texts.push(text);
  }

  addAddress(a: SbrAttributes): void {
    const address = present(a.address);
    if (address === null || address === OWN_ADDRESS_TOKEN) return;
    if (a.type === ADDR_FROM) this.from ??= address;
    else if (a.type === ADDR_TO) this.to.push(address);
  }

  /** Returns null when the element has no usable `date`. */
  finish(): MessageRecord | null {
    const a = this.attributes;
    const time = epochMs(a.date);
    if (time === null) return null;
    const [box, direction] = MMS_BOXES.get(a.msg_box ?? '') ?? MMS_PDU_TYPES.get(a.m_type ?? '') ?? UNKNOWN_PLACEMENT;
    const listed = present(a.address);
    const address =
      direction === 'in'
        ? (this.from ?? listed ?? '')
        : (listed ?? (this.to.length > 0 ? this.to.join(PARTICIPANT_SEPARATOR) : ''));
    const text = this.texts.join('\n');
    const subject = present(a.sub)?.trim();
    const body = subject && subject !== text.trim() ? (text ? `${subject}\n${text}` : subject) : text;
    return {
      type: 'message',
      kind: 'mms',
      address,
      // SBR names the conversation, not the From of one message in it.
      contactName: address === listed ? contactName(a.contact_name) : null,
      direction,
      box,
      time,
      timeSent: sentTime(a.date_sent),
      body,
      serviceCenter: null,
      read: readFlag(a.read),
    };
  }
}
