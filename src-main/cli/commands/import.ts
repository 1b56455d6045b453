// SPDX-License-Identifier: MIT
import type { Command } from 'commander';
import { basename } from 'node:path';
import type { ImportSummary } from '../../ipc/contract';
import { ImportFormat } from '../../ipc/contract';
import { toErrorPayload, type ErrorCode } from '../../core/errors';
import { importPath, type ImportOptions } from '../../core/import/run-import';
import { openCliDatabase, type DbFlags } from '../db-options';
import { formatTime, printJson, printLine, progressReporter } from '../output';

export interface ImportOutcome {
  imported: ImportSummary[];
  failed: { file: string; error: { code: ErrorCode; message: string } }[];
}

/** Imports each path in its own transaction; a bad file is reported and the others still go in. */
export async function importPaths(
  flags: DbFlags,
  paths: string[],
  options: Pick<ImportOptions, 'format' | 'csvMapping' | 'timeZone'> & { progress: boolean },
): Promise<ImportOutcome> {
  const { db } = openCliDatabase(flags);
  const outcome: ImportOutcome = { imported: [], failed: [] };
  try {
    for (const path of paths) {
      const report = progressReporter(options.progress);
      try {
        const { progress: _progress, ...choices } = options;
        const summaries = await importPath(db, path, {
          ...choices,
          onProgress: (p) => report(basename(p.file), p.bytesDone, p.bytesTotal),
        });
        outcome.imported.push(...summaries);
      } catch (err) {
        outcome.failed.push({ file: path, error: toErrorPayload(err) });
      }
    }
  } finally {
    db.close();
  }
  return outcome;
}

export function printImportOutcome(outcome: ImportOutcome, json: boolean): void {
  // Failures always reach stderr as one line each, so scripts reading JSON still see why.
  for (const f of outcome.failed) process.stderr.write(`leakline: ${f.error.message}\n`);
  if (json) {
    printJson(outcome);
    return;
  }
  for (const s of outcome.imported) {
    printLine(`${s.file} (${s.format})`);
    printLine(`  messages added: ${s.messagesAdded}, duplicates skipped: ${s.duplicatesSkipped}, calls added: ${s.callsAdded}, new senders: ${s.sendersAdded}`);
    printLine(`  time range: ${formatTime(s.firstTime)} – ${formatTime(s.lastTime)}`);
    printLine(`  sha256: ${s.sha256}`);
  }
}

export function registerImport(program: Command, flags: () => DbFlags): void {
  program
    .command('import')
    .description('import SMS backups (format detected from the content)')
    .argument('<path...>', 'backup files to import')
    .option('--format <format>', `force a format (${ImportFormat.options.join(', ')})`)
    .option('--json', 'print one JSON object: {imported: [...], failed: [...]}')
    .action(async (paths: string[], opts: { format?: string; json?: boolean }) => {
      let format: ImportFormat | undefined;
      if (opts.format !== undefined) {
        const parsed = ImportFormat.safeParse(opts.format);
        if (!parsed.success) program.error(`leakline: unknown format ${opts.format} (known: ${ImportFormat.options.join(', ')})`);
        format = parsed.data;
      }
      const outcome = await importPaths(flags(), paths, { ...(format ? { format } : {}), progress: !opts.json });
      printImportOutcome(outcome, opts.json ?? false);
      if (outcome.failed.length > 0) process.exitCode = 1;
    });
}
