// SPDX-License-Identifier: MIT
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { LeaklineError } from '../core/errors';
import type { DbFlags } from './db-options';
import { registerDemo } from './commands/demo';
import { registerImport } from './commands/import';
import { registerSearch } from './commands/search';
import { registerStats } from './commands/stats';
import { registerSources } from './commands/sources';
import { registerClassify } from './commands/classify';
import { registerAnalyze } from './commands/analyze';
import { registerProfile } from './commands/profile';
import { registerOcr } from './commands/ocr';
import { registerReport } from './commands/report';
import { registerTimeline } from './commands/timeline';
import { registerPassphrase } from './commands/passphrase';
import { registerWipe } from './commands/wipe';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export function buildProgram(): Command {
  const program = new Command('leakline')
    .description('Leakline: offline analysis of your SMS history. Nothing leaves this machine.')
    .version(version)
    .option('--db <file>', 'database file (default: $LEAKLINE_DB, else the desktop app\'s database)')
    .option('--passphrase-file <file>', 'file holding the database passphrase (default: $LEAKLINE_PASSPHRASE; none = unencrypted)')
    .showHelpAfterError()
    .exitOverride();
  const flags = () => program.opts<DbFlags>();
  registerImport(program, flags);
  registerSearch(program, flags);
  registerStats(program, flags);
  registerDemo(program, flags);
  registerSources(program, flags);
  registerClassify(program);
  registerAnalyze(program, flags);
  registerProfile(program, flags);
  registerOcr(program);
  registerReport(program, flags, version);
  registerTimeline(program, flags);
  registerPassphrase(program, flags);
  registerWipe(program, flags);
  return program;
}

/** Runs the CLI and returns the exit status; failures print one line starting with `leakline:`. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage errors were already printed.
      return err.exitCode;
    }
    const message = err instanceof LeaklineError ? err.message : err instanceof Error ? err.message : String(err);
    process.stderr.write(`leakline: ${message}\n`);
    return 1;
  }
}
