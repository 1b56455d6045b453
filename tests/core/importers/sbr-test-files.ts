// SPDX-License-Identifier: MIT
// Writes SMS Backup & Restore files the way SBR does, for tests that need content no fixture has.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SBR_HEADER =
  "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n" +
  '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>\n';

/** Escapes text as SBR does, including its one-reference-per-surrogate habit for emoji. */
export function sbrEscape(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) out += `&#${c};`;
    else if (c === 0x26) out += '&amp;';
    else if (c === 0x3c) out += '&lt;';
    else if (c === 0x3e) out += '&gt;';
    else if (c === 0x22) out += '&quot;';
    else if (c === 0x0a) out += '&#10;';
    else out += text[i];
  }
  return out;
}

export interface SmsLine {
  address: string;
  date: number;
  type: number;
  body: string;
  dateSent?: number;
  contactName?: string;
  serviceCenter?: string;
  read?: 0 | 1;
}

export function smsLine(m: SmsLine): string {
  return (
    `  <sms protocol="0" address="${sbrEscape(m.address)}" date="${m.date}" type="${m.type}" subject="null" ` +
    `body="${sbrEscape(m.body)}" toa="null" sc_toa="null" service_center="${m.serviceCenter ?? 'null'}" ` +
    `read="${m.read ?? 1}" status="-1" locked="0" date_sent="${m.dateSent ?? 0}" sub_id="1" ` +
    `readable_date="" contact_name="${sbrEscape(m.contactName ?? '(Unknown)')}" />\n`
  );
}

export function smsesDocument(lines: string[]): string {
  return `${SBR_HEADER}<smses count="${lines.length}" backup_set="test" backup_date="1763856000000" type="full">\n${lines.join('')}</smses>\n`;
}

/** A scratch directory removed by the returned cleanup. */
export function scratchDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'leakline-sbr-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Streams pieces of text to a file, keeping the writer's own memory flat. */
export async function writeStreamed(path: string, pieces: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length > 1 << 20) {
      if (!out.write(pending)) await once(out, 'drain');
      pending = '';
    }
  }
  out.end(pending);
  await once(out, 'finish');
}
