// SPDX-License-Identifier: MIT
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { demoBackupPaths } from '../../core/demo/demo-paths';
import type { DbFlags } from '../db-options';
import { importPaths, printImportOutcome } from './import';

const RESOURCES_DIR = fileURLToPath(new URL('../../../resources', import.meta.url));

export function registerDemo(program: Command, flags: () => DbFlags): void {
  program
    .command('demo')
    .description('load the bundled, fictional demo data set into the database')
    .option('--json', 'print the import summary as JSON')
    .action(async (opts: { json?: boolean }) => {
      const outcome = await importPaths(flags(), demoBackupPaths(RESOURCES_DIR), { progress: !opts.json });
      printImportOutcome(outcome, opts.json ?? false);
      if (outcome.failed.length > 0) process.exitCode = 1;
    });
}
