// SPDX-License-Identifier: MIT
// The report's events as JSON lines in Timesketch's import format (`message`, `datetime`,
// `timestamp_desc` plus any fields), so forensic users can continue in their own tools. One line
// per event: each first-knowledge of an item, each step of a debt story, each link between senders
// and each fact behind advice; a cited message with several reasons gives several lines.
import type { ReportInput } from '../model/report';
import { STAGE_NAMES } from './report-strings';
import { utcTime } from './report-text';

export function renderJsonl(input: ReportInput): string {
  const labels = new Map(input.timeline.items.map((i) => [i.key, i.label]));
  const stages = new Map<number, string[]>();
  for (const inc of input.timeline.incidents) {
    for (const s of inc.steps) stages.set(s.messageId, [...(stages.get(s.messageId) ?? []), `${inc.title}: ${STAGE_NAMES[input.lang][s.stage]}`]);
  }
  const links = new Map<number, string[]>();
  for (const c of input.timeline.clusters) {
    for (const r of c.reasons) for (const id of r.messageIds) links.set(id, [...(links.get(id) ?? []), `cluster ${c.id}: ${r.kind} ${r.value}`]);
  }
  const lines: string[] = [];
  for (const m of input.messages) {
    const base = {
      message: `[${m.sender}] ${m.body}`,
      datetime: utcTime(m.time),
      timestamp: m.time * 1000,
      timestamp_desc: m.direction === 'in' ? 'SMS received' : 'SMS sent',
      sender: m.sender,
      direction: m.direction,
      category: m.category,
      risk: m.risk,
      time_suspect: m.timeSuspect,
      source_file: m.sourceFile,
      source_sha256: m.sourceSha256,
      message_id: m.id,
      db_content_hash: input.dbContentHash,
      // Timesketch keeps its own tags; the user's are kept apart under their own names.
      user_starred: m.annotation.starred,
      user_tags: m.annotation.tags,
      user_note: m.annotation.note,
    };
    const events: { item: string | null; leakline_event: string }[] = [];
    for (const reason of m.reasons) {
      if (reason === 'first_knowledge') for (const k of m.items) events.push({ item: labels.get(k) ?? k, leakline_event: 'first_knowledge' });
      else if (reason === 'incident_step') for (const s of stages.get(m.id) ?? []) events.push({ item: s, leakline_event: 'incident_step' });
      else if (reason === 'cluster_reason') for (const l of links.get(m.id) ?? []) events.push({ item: l, leakline_event: 'cluster_reason' });
      else events.push({ item: null, leakline_event: reason });
    }
    if (events.length === 0) events.push({ item: null, leakline_event: 'cited' });
    for (const ev of events) lines.push(JSON.stringify({ ...base, ...ev }));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
