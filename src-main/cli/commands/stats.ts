// SPDX-License-Identifier: MIT
import type { Command } from 'commander';
import { getStats } from '../../core/store/stats';
import { openCliDatabase, type DbFlags } from '../db-options';
import { formatTime, printJson, printLine } from '../output';

export function registerStats(program: Command, flags: () => DbFlags): void {
  program
    .command('stats')
    .description('counts of messages, calls, senders and sources, and the time range')
    .option('--json', 'print the statistics as JSON')
    .action((opts: { json?: boolean }) => {
      const { db, path } = openCliDatabase(flags());
      try {
        const s = getStats(db);
        if (opts.json) {
          printJson(s);
          return;
        }
        printLine(`database: ${path}`);
        printLine(`messages: ${s.messages} (${s.incoming} received, ${s.outgoing} sent)`);
        printLine(`calls: ${s.calls}`);
        printLine(`senders: ${s.senders}`);
        for (const [kind, n] of Object.entries(s.sendersByKind)) if (n > 0) printLine(`  ${kind}: ${n}`);
        printLine(`sources: ${s.sources}`);
        printLine(`time range: ${formatTime(s.firstTime)} – ${formatTime(s.lastTime)}`);
        if (s.suspectTimes > 0) printLine(`entries with an impossible date (kept, flagged): ${s.suspectTimes}`);
      } finally {
        db.close();
      }
    });
}
