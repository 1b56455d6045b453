// SPDX-License-Identifier: MIT
import type { Command } from 'commander';
import { basename } from 'node:path';
import type { ImportSummary } from '../../ipc/contract';
import { ImportFormat } from '../../ipc/contract';
import { LeaklineError, toErrorPayload, type ErrorCode } from '../../core/errors';
import { importReviewFiles, importScreenshotInputs, sortImportInputs, type ScreenshotImportFlags } from '../screenshot-import';
import { screenshotOptionsHelp } from '../screenshot-reading';
import { importPath, type ImportOptions } from '../../core/import/run-import';
import { openCliDatabase, type DbFlags } from '../db-options';
import { formatTime, printJson, printLine, progressReporter } from '../output';
import { csvMappingFor, parseFormat, parseTimeZone, type ImportFlags } from '../import-choices';

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
  const help = screenshotOptionsHelp();
  program
    .command('import')
    .description('import SMS backups, zip archives of them, iPhone backup folders, message screenshots (read by OCR) or screenshot review files (format detected from the content)')
    .argument('<path...>', 'backup files, folders, screenshots or folders of screenshots')
    .option('--format <format>', `force a format (${ImportFormat.options.join(', ')})`)
    .option('--tz <zone>', 'IANA time zone of local times in CSV/JSON/vMessage files and of screenshots (default: this machine\'s)')
    .option('--encoding <encoding>', 'CSV/JSON text encoding: utf-8, utf-16le, utf-16be, gb18030 (gbk) (default: detected)')
    .option('--delimiter <delimiter>', 'CSV delimiter: comma, tab, semicolon or pipe (default: detected)')
    .option('--csv-address <column>', 'CSV/JSON column holding the other party\'s number')
    .option('--csv-body <column>', 'CSV/JSON column holding the message text')
    .option('--csv-time <column>', 'CSV/JSON column holding the time')
    .option('--csv-direction <column>', 'CSV/JSON column telling received from sent')
    .option('--csv-contact <column>', 'CSV/JSON column holding the contact name')
    .option('--csv-time-format <format>', "how times are written, e.g. 'yyyy-MM-dd HH:mm:ss', epoch-s, epoch-ms (default: detected)")
    .option(...help.date)
    .option(...help.workers)
    .option('--min-confidence <0..1>', 'screenshots: import only messages read with at least this confidence (default: 0.8)')
    .option('--review [file]', 'screenshots: write what was read as a review file (JSON) to correct and import later, instead of importing')
    .option('--json', 'print one JSON object: {imported: [...], failed: [...]}')
    .action(async (paths: string[], opts: ImportFlags & ScreenshotImportFlags & { json?: boolean }) => {
      const format = parseFormat(opts.format);
      const timeZone = parseTimeZone(opts.tz);
      const outcome: ImportOutcome = { imported: [], failed: [] };
      // With a forced format every path is a backup of that format.
      const inputs = format ? { backups: paths, screenshots: [], reviews: [] } : await sortImportInputs(paths);
      if (opts.review !== undefined && inputs.screenshots.length === 0) {
        throw new LeaklineError('BAD_REQUEST', '--review applies to screenshots, and none were given');
      }
      if (inputs.screenshots.length > 0) await importScreenshotInputs(flags(), inputs.screenshots, opts, outcome);
      await importReviewFiles(flags(), inputs.reviews, outcome);
      if (opts.review !== undefined) {
        for (const f of outcome.failed) process.stderr.write(`leakline: ${f.error.message}\n`);
        if (outcome.failed.length > 0) process.exitCode = 1;
        return;
      }
      for (const path of inputs.backups) {
        let csv;
        try {
          csv = await csvMappingFor(path, opts, format);
        } catch (err) {
          outcome.failed.push({ file: path, error: toErrorPayload(err) });
          continue;
        }
        const one = await importPaths(flags(), [path], {
          ...(format ? { format } : {}),
          ...(timeZone ? { timeZone } : {}),
          ...(csv ?? {}),
          progress: !opts.json,
        });
        outcome.imported.push(...one.imported);
        outcome.failed.push(...one.failed);
      }
      printImportOutcome(outcome, opts.json ?? false);
      if (outcome.failed.length > 0) process.exitCode = 1;
    });
}
