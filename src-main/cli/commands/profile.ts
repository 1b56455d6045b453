// SPDX-License-Identifier: MIT
import type { Command } from 'commander';
import { loadProfile, saveProfile } from '../../core/profile/profile-store';
import { readProfileFile } from '../profile-file';
import { maskProfileValue, profileItems } from '../../core/profile/profile-items';
import { openCliDatabase, type DbFlags } from '../db-options';
import { printJson, printLine } from '../output';
import { runCliAnalysis } from '../analysis-run';

export function registerProfile(program: Command, flags: () => DbFlags): void {
  const profile = program.command('profile').description('the personal details you track (kept in the encrypted database)');
  profile
    .command('set')
    .description('replace the profile from a JSON file, then re-match every message against it')
    .requiredOption('--file <file>', 'profile JSON: {"name","phones":[],"id_number","bank_cards":[],"address","employer","relatives":[{"name","relation"}],"others":[{"label","value"}]}')
    .option('--json', 'print {items, analysed} as JSON')
    .action(async (opts: { file: string; json?: boolean }) => {
      // Read and checked before the database is touched: a bad file changes nothing.
      const parsed = readProfileFile(opts.file);
      const { db, path, key } = openCliDatabase(flags());
      try {
        saveProfile(db, parsed);
        const outcome = await runCliAnalysis(db, path, key, !opts.json);
        const items = profileItems(parsed).length;
        if (opts.json) printJson({ items, analysed: outcome.analysed });
        else printLine(`profile saved (${items} item(s)); ${outcome.analysed} message(s) re-matched`);
      } finally {
        db.close();
      }
    });
  profile
    .command('show')
    .description('print the profile (values masked unless --reveal; --json prints it as stored)')
    .option('--json', 'print the profile JSON, in the shape `profile set --file` reads')
    .option('--reveal', 'show the values unmasked')
    .action((opts: { json?: boolean; reveal?: boolean }) => {
      const { db } = openCliDatabase(flags());
      try {
        const stored = loadProfile(db);
        if (opts.json) {
          printJson(stored);
          return;
        }
        const items = profileItems(stored);
        if (items.length === 0) printLine('the profile is empty: set one with `leakline profile set --file profile.json`');
        // Labels of relatives and others can hold the value itself, so only --reveal prints them.
        for (const item of items) printLine(`${item.key.padEnd(14)} ${opts.reveal ? `${item.label}: ${item.value}` : maskProfileValue(item.type, item.value)}`);
      } finally {
        db.close();
      }
    });
}
