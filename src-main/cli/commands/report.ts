// SPDX-License-Identifier: MIT
// `leakline report --out FILE`: the evidence report, its format taken from the file's extension.
// An existing file is never replaced unless --force: a report is evidence, and silently writing
// over an earlier one (perhaps already handed to someone) would lose it. The check comes before
// the work, so a slow PDF is not made only to be refused.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { LeaklineError } from '../../core/errors';
import { ReportLang } from '../../core/model/report';
import { collectReportInput } from '../../core/report/collect-report-input';
import { reportBytes, reportFormatOf } from '../../core/report/render-report';
import { writeReportFile } from '../../core/report/write-report-file';
import { updateLeakTimeline } from '../../core/timeline/update-leak-timeline';
import { printPdfWithChromium } from '../chromium-pdf';
import { openCliDatabase, type DbFlags } from '../db-options';
import { printJson, printLine } from '../output';

interface ReportOptions {
  out: string;
  reveal?: boolean;
  lang: string;
  force?: boolean;
  json?: boolean;
}

export function registerReport(program: Command, flags: () => DbFlags, version: string): void {
  program
    .command('report')
    .description('write the evidence report: summary, exposure, senders, linked operations, debt stories and every cited message')
    .requiredOption('--out <file>', 'the report file: .html or .pdf (the full report), .csv (spreadsheets) or .jsonl (Timesketch import)')
    .option('--reveal', 'show your own details unmasked (masked by default)')
    .option('--lang <lang>', 'report language: zh or en', 'zh')
    .option('--force', 'replace the file if it exists')
    .option('--json', 'print {path, format, bytes, cited, content_hash} as JSON')
    .action(async (opts: ReportOptions) => {
      const out = resolve(opts.out);
      const format = reportFormatOf(out);
      if (format === null) {
        throw new LeaklineError('BAD_REQUEST', `cannot tell the report format from ${basename(out)}: end the name in .html, .pdf, .csv or .jsonl`);
      }
      const lang = ReportLang.safeParse(opts.lang);
      if (!lang.success) throw new LeaklineError('BAD_REQUEST', `unknown report language ${opts.lang}: use zh or en`);
      if (existsSync(out) && !opts.force) throw new LeaklineError('BAD_REQUEST', `${out} exists: choose another name, or pass --force to replace it`);
      const { db } = openCliDatabase(flags());
      let input;
      try {
        updateLeakTimeline(db);
        input = collectReportInput(db, { reveal: opts.reveal ?? false, lang: lang.data, appVersion: version });
      } finally {
        db.close();
      }
      const bytes = await reportBytes(input, format, (html) => printPdfWithChromium(html));
      writeReportFile(out, bytes, { overwrite: opts.force ?? false });
      const summary = { path: out, format, bytes: bytes.length, cited: input.messages.length, content_hash: input.dbContentHash };
      if (opts.json) printJson(summary);
      else {
        printLine(`report written: ${out} (${format}, ${input.messages.length} cited message(s))`);
        printLine(`data content hash: ${input.dbContentHash}`);
        if (!input.reveal) printLine('your own details are masked; --reveal shows them');
      }
    });
}
