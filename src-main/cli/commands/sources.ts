// SPDX-License-Identifier: MIT
import type { Command } from 'commander';
import { LeaklineError } from '../../core/errors';
import { removeSource } from '../../core/store/remove-source';
import { purgeRemovedData } from '../../core/store/purge-removed';
import { updateLeakTimeline } from '../../core/timeline/update-leak-timeline';
import { listSources } from '../../core/store/source-queries';
import { openCliDatabase, type DbFlags } from '../db-options';
import { formatTime, printJson, printLine } from '../output';

export function registerSources(program: Command, flags: () => DbFlags): void {
  const sources = program.command('sources').description('list the imported files (each with its sha256), or remove one');
  sources
    .command('list', { isDefault: true })
    .description('list every imported file')
    .option('--json', 'print the sources as JSON')
    .action((opts: { json?: boolean }) => {
      const { db } = openCliDatabase(flags());
      try {
        const rows = listSources(db);
        if (opts.json) {
          printJson(rows);
          return;
        }
        for (const s of rows) {
          const zone = s.timeZone ? `, local times read as ${s.timeZone}` : '';
          printLine(`#${s.sourceId}  ${s.file}  (${s.format}, imported ${formatTime(s.importedAt)}${zone})`);
          printLine(`    ${s.messagesAdded} messages, ${s.callsAdded} calls, ${s.duplicatesSkipped} duplicates; ${formatTime(s.firstTime)} – ${formatTime(s.lastTime)}`);
          printLine(`    sha256 ${s.sha256}`);
        }
      } finally {
        db.close();
      }
    });
  sources
    .command('remove')
    .description('remove one imported file and everything that came only from it')
    .argument('<id>', 'the source number shown by `leakline sources`')
    .option('--purge', "then rewrite the database so the removed messages' bytes leave the file too (slow on a large database)")
    .option('--json', 'print what was removed as JSON')
    .action((id: string, opts: { json?: boolean; purge?: boolean }) => {
      const sourceId = Number(id);
      if (!Number.isInteger(sourceId) || sourceId < 1) throw new LeaklineError('BAD_REQUEST', `expected a source number, not ${id}`);
      const { db } = openCliDatabase(flags());
      try {
        const removed = removeSource(db, sourceId);
        updateLeakTimeline(db);
        if (opts.purge) purgeRemovedData(db);
        if (opts.json) printJson(opts.purge ? { ...removed, purged: true } : removed);
        else {
          printLine(`removed source #${sourceId}: ${removed.messagesRemoved} messages and ${removed.callsRemoved} calls that no other source carried`);
          if (opts.purge) printLine('purged: their bytes are gone from the database file as well');
        }
      } finally {
        db.close();
      }
    });
}
