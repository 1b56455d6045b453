// SPDX-License-Identifier: MIT
// `leakline timeline`: who showed which of your details (or which debt) first, and when; the
// senders with what they knew, and the senders linked into one operation. Linkage and the
// timeline tables are brought up to date first (incremental after the first run).
import type { Command } from 'commander';
import { buildTimeline } from '../../core/timeline/build-timeline';
import { timelineJson } from '../../core/timeline/timeline-json';
import { updateLeakTimeline } from '../../core/timeline/update-leak-timeline';
import { openCliDatabase, type DbFlags } from '../db-options';
import { formatTime, printJson, printLine } from '../output';

export function registerTimeline(program: Command, flags: () => DbFlags): void {
  program
    .command('timeline')
    .description('who first showed which of your details or debts, the senders and what they knew, and linked senders')
    .option('--json', 'print {items, events, senders, clusters} as JSON (every mention; times in UTC)')
    .option('--reveal', 'show your own details unmasked in item labels (masked by default)')
    .action((opts: { json?: boolean; reveal?: boolean }) => {
      const { db } = openCliDatabase(flags());
      try {
        updateLeakTimeline(db);
        const timeline = buildTimeline(db, { reveal: opts.reveal ?? false, events: opts.json ? 'all' : 'first' });
        if (opts.json) {
          printJson(timelineJson(timeline));
          return;
        }
        const labels = new Map(timeline.items.map((i) => [i.key, i.label]));
        printLine(`first knowledge (${timeline.events.length}):`);
        for (const e of timeline.events) printLine(`  ${formatTime(e.time)}  ${e.sender}  ${labels.get(e.item) ?? e.item}  (message ${e.messageId})`);
        const knowing = timeline.senders.filter((s) => s.knows.length > 0).length;
        printLine(`senders: ${timeline.senders.length}, of which ${knowing} showed knowledge of you; linked clusters: ${timeline.clusters.length}`);
        for (const inc of timeline.incidents) {
          printLine(`debt story ${inc.title}: ${inc.steps.length} step(s)${inc.contactsDrawnIn === null ? '' : `, contacts drawn in ${formatTime(inc.contactsDrawnIn)}`}`);
        }
        if (!opts.reveal) printLine('your own details are masked; --reveal shows them');
      } finally {
        db.close();
      }
    });
}
