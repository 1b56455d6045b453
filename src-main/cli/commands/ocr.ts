// SPDX-License-Identifier: MIT
// `leakline ocr <image...> --json`: what the machine reads in screenshots, without a database.
import type { Command } from 'commander';
import { expandImagePaths } from '../../core/ocr/image-files';
import type { ScreenshotReading } from '../../core/model/screenshot';
import { ImportInputError, toErrorPayload } from '../../core/errors';
import { printJson, printLine } from '../output';
import { readScreenshotFiles, screenshotOptionsHelp, type ScreenshotFlags } from '../screenshot-reading';

/** The public shape: scripts rely on exactly these fields. */
function publicReading(reading: ScreenshotReading) {
  return {
    file: reading.file,
    sender: reading.sender,
    messages: reading.messages.map((m) => ({
      text: m.text,
      time: m.time,
      time_text: m.time_text,
      direction: m.direction,
      confidence: m.confidence,
    })),
  };
}

function printReading(reading: ScreenshotReading): void {
  printLine(`${reading.file}: ${reading.sender ?? '(sender not read)'}`);
  for (const m of reading.messages) {
    const arrow = m.direction === 'out' ? '→' : m.direction === 'in' ? '←' : '?';
    printLine(`  ${arrow} ${m.time_text ?? '-'}  [${Math.round(m.confidence * 100)}%] ${m.text.replace(/\s+/g, ' ')}`);
  }
}

export function registerOcr(program: Command): void {
  const help = screenshotOptionsHelp();
  program
    .command('ocr')
    .description('read message screenshots (PNG, JPEG, WebP; or folders of them) offline, without storing anything')
    .argument('<image...>', 'screenshots, or folders of screenshots')
    .option(...help.tz)
    .option(...help.date)
    .option(...help.workers)
    .option('--json', 'print a JSON array: one {file, sender, messages: [{text, time, time_text, direction, confidence}]} per image')
    .action(async (paths: string[], opts: ScreenshotFlags & { json?: boolean }) => {
      // One unreadable input does not cost the others; it is named on stderr and in the exit code.
      const fail = (err: unknown) => {
        process.stderr.write(`leakline: ${toErrorPayload(err).message}\n`);
        process.exitCode = 1;
      };
      const files: string[] = [];
      for (const path of paths) await expandImagePaths([path]).then((found) => files.push(...found), fail);
      if (files.length === 0 && process.exitCode !== 1) throw new ImportInputError('UNKNOWN_FORMAT', paths.join(', '), 'no PNG, JPEG or WebP screenshots found');
      const outcomes = files.length > 0 ? await readScreenshotFiles(files, opts, !opts.json) : [];
      const readings: ScreenshotReading[] = [];
      for (const outcome of outcomes) {
        if ('reading' in outcome) readings.push(outcome.reading);
        else fail(outcome.error);
      }
      if (opts.json) printJson(readings.map(publicReading));
      else for (const reading of readings) printReading(reading);
    });
}
