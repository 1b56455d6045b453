// SPDX-License-Identifier: MIT
import type { Command } from 'commander';
import { listMessages } from '../../core/store/message-queries';
import { LeaklineError } from '../../core/errors';
import { openCliDatabase, type DbFlags } from '../db-options';
import { formatTime, oneLine, printJson, printLine } from '../output';
import { parseDateFlag } from '../date-flag';

export function registerSearch(program: Command, flags: () => DbFlags): void {
  program
    .command('search')
    .description('full-text search of message bodies (any length, Chinese included), newest first')
    .argument('<query>', 'text to find, e.g. 逾期')
    .option('--limit <n>', 'how many messages to print', '50')
    .option('--from <date>', 'only messages on or after this date (YYYY-MM-DD, local time)')
    .option('--to <date>', 'only messages before the end of this date (YYYY-MM-DD, local time)')
    .option('--json', 'print {total, rows} as JSON')
    .action((query: string, opts: { limit: string; from?: string; to?: string; json?: boolean }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100000) {
        throw new LeaklineError('BAD_REQUEST', `--limit must be a whole number from 1 to 100000, not ${opts.limit}`);
      }
      if (!query.trim()) throw new LeaklineError('BAD_REQUEST', 'the search query is empty');
      const { db } = openCliDatabase(flags());
      try {
        const filter = {
          query,
          ...(opts.from ? { from: parseDateFlag(opts.from, 'start') } : {}),
          ...(opts.to ? { to: parseDateFlag(opts.to, 'end') } : {}),
        };
        const result = listMessages(db, filter, 0, limit);
        if (opts.json) {
          printJson(result);
          return;
        }
        printLine(`${result.total} message(s) match`);
        for (const r of result.rows) {
          const who = r.contactName ? `${r.sender} (${r.contactName})` : r.sender;
          printLine(`${formatTime(r.time)}  ${r.direction === 'in' ? '←' : '→'} ${who}  ${oneLine(r.snippet, 80)}`);
        }
      } finally {
        db.close();
      }
    });
}
