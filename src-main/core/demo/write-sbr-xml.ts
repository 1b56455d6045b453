// SPDX-License-Identifier: MIT
// Serialises records the way SMS Backup & Restore (Android) writes its backups, quirks
// included: characters outside the BMP become two decimal references, one per UTF-16
// surrogate ('&#55357;&#56834;' for 😂), which strict XML parsers reject, as real files do.
import type { CallRecord, CallType, MessageRecord } from '../import/records';
import { chinaParts, readableDate } from './china-time';

export interface BackupMeta {
  /** The backup's UUID, as SBR stamps every file of one backup run. */
  backupSet: string;
  /** When the backup ran, UTC epoch ms. */
  backupDate: number;
  appVersion: string;
}

/** An attribute value as SBR escapes it (Android's serializer plus the surrogate quirk). */
export function sbrAttribute(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) {
      out += `&#${unit};`;
      continue;
    }
    const ch = value[i] as string;
    switch (ch) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '"':
        out += '&quot;';
        break;
      case "'":
        out += '&apos;';
        break;
      default:
        out += unit < 0x20 ? `&#${unit};` : ch;
    }
  }
  return out;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function header(meta: BackupMeta, stylesheet: string): string {
  const p = chinaParts(meta.backupDate);
  const created = `${pad2(p.day)}/${pad2(p.month)}/${p.year} ${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`;
  return (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n" +
    `<!--File Created By SMS Backup & Restore ${meta.appVersion} on ${created}-->\n` +
    `<?xml-stylesheet type="text/xsl" href="${stylesheet}"?>\n`
  );
}

function attributes(pairs: readonly (readonly [string, string | number])[]): string {
  return pairs.map(([name, value]) => `${name}="${sbrAttribute(String(value))}"`).join(' ');
}

/** SBR's <sms type>: 1 inbox, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued. */
const SMS_TYPE: Record<MessageRecord['box'], number> = { inbox: 1, sent: 2, draft: 3, outbox: 4, failed: 5, queued: 6, unknown: 0 };

export function smsBackupXml(messages: readonly MessageRecord[], meta: BackupMeta): string {
  const lines = messages.map((m) => {
    if (m.kind !== 'sms') throw new RangeError('the SBR writer writes SMS only');
    return `  <sms ${attributes([
      ['protocol', 0],
      ['address', m.address],
      ['date', m.time],
      ['type', SMS_TYPE[m.box]],
      ['subject', 'null'],
      ['body', m.body],
      ['toa', 'null'],
      ['sc_toa', 'null'],
      ['service_center', m.serviceCenter ?? 'null'],
      ['read', m.read === false ? 0 : 1],
      ['status', -1],
      ['locked', 0],
      ['date_sent', m.timeSent ?? 0],
      ['sub_id', 1],
      ['readable_date', readableDate(m.time)],
      ['contact_name', m.contactName ?? '(Unknown)'],
    ])} />\n`;
  });
  return (
    header(meta, 'sms.xsl') +
    `<smses count="${messages.length}" backup_set="${meta.backupSet}" backup_date="${meta.backupDate}" type="full">\n` +
    lines.join('') +
    '</smses>\n'
  );
}

/** SBR's <call type>: 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked. */
const CALL_TYPE: Record<Exclude<CallType, 'unknown'>, number> = { incoming: 1, outgoing: 2, missed: 3, voicemail: 4, rejected: 5, blocked: 6 };

export function callsBackupXml(calls: readonly CallRecord[], meta: BackupMeta): string {
  const lines = calls.map((c) => {
    if (c.callType === 'unknown') throw new RangeError('SBR has no call type for "unknown"');
    return `  <call ${attributes([
      ['number', c.address],
      ['duration', c.durationS],
      ['date', c.time],
      ['type', CALL_TYPE[c.callType]],
      ['presentation', 1],
      ['readable_date', readableDate(c.time)],
      ['contact_name', c.contactName ?? '(Unknown)'],
    ])} />\n`;
  });
  return (
    header(meta, 'calls.xsl') +
    `<calls count="${calls.length}" backup_set="${meta.backupSet}" backup_date="${meta.backupDate}" type="full">\n` +
    lines.join('') +
    '</calls>\n'
  );
}
