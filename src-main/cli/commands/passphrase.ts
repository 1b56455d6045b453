// SPDX-License-Identifier: MIT
// `leakline passphrase change`: the database re-encrypted under a new passphrase, read from a file
// so that it never appears in the shell history or the process list.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { openDatabase } from '../../core/db/open';
import { rekeyDatabase } from '../../core/db/rekey';
import { LeaklineError } from '../../core/errors';
import { resolveDbPath, resolveKey, type DbFlags } from '../db-options';
import { printJson, printLine } from '../output';

export function registerPassphrase(program: Command, flags: () => DbFlags): void {
  const passphrase = program.command('passphrase').description("the database's passphrase");
  passphrase
    .command('change')
    .description('re-encrypt the database under a new passphrase (the current one comes from --passphrase-file or $LEAKLINE_PASSPHRASE; an unencrypted database becomes encrypted)')
    .requiredOption('--new-passphrase-file <file>', 'file holding the new passphrase (a trailing newline is not part of it)')
    .option('--json', 'print {path} as JSON')
    .action((opts: { newPassphraseFile: string; json?: boolean }) => {
      // Both read and checked before the database is touched.
      const newKey = resolveKey({ passphraseFile: opts.newPassphraseFile }, {});
      const currentKey = resolveKey(flags());
      if (newKey?.kind !== 'passphrase') throw new LeaklineError('BAD_REQUEST', 'no new passphrase given');
      if (currentKey?.kind === 'passphrase' && currentKey.text === newKey.text) {
        throw new LeaklineError('BAD_REQUEST', 'the new passphrase is the current one');
      }
      const path = resolveDbPath(flags());
      // Opening would create an empty database where there is none.
      if (!existsSync(path)) throw new LeaklineError('FILE_NOT_FOUND', `no database at ${path}`);
      const db = openDatabase(path, { key: currentKey });
      try {
        rekeyDatabase(db, newKey);
      } finally {
        db.close();
      }
      if (opts.json) printJson({ path });
      else printLine(`passphrase changed: ${path} now opens with the new passphrase only`);
    });
}
