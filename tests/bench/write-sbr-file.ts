// SPDX-License-Identifier: MIT
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { SyntheticSms } from './synthetic-sms';

const escapeXml = (s: string) =>
  s.replace(/[&<>"\n]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;' })[c]!);

/** Writes messages as an SMS Backup & Restore file, streamed so the writer's memory stays flat. */
export async function writeSbrFile(path: string, messages: Iterable<SyntheticSms>, count: number): Promise<void> {
  const out = createWriteStream(path);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${count}" backup_date="1763856000000" type="full">\n`);
  let chunk = '';
  for (const m of messages) {
    chunk += `  <sms protocol="0" address="${m.address}" date="${m.time}" type="${m.type}" subject="null" body="${escapeXml(m.body)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="${m.time - 1000}" sub_id="1" readable_date="" contact_name="(Unknown)" />\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(`${chunk}</smses>\n`);
  out.end();
  await once(out, 'finish');
}
