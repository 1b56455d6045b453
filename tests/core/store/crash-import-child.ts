// SPDX-License-Identifier: MIT
// The child that import-crash-safety.test.ts kills: what `leakline import FILE` does (open the
// database, import the file in one transaction, close), without loading the whole CLI. It prints
// "ready" once its modules are loaded and waits for a line on stdin before it opens the database:
// the test starts the next child while it checks the last one, and its random delay is counted
// from that line, so that the kill lands in the import rather than in tsx loading modules.
// "committing" on stdout marks the end of the records, so that some kills can aim at the commit.
// Usage: node --import tsx crash-import-child.ts DB FILE   (passphrase in LEAKLINE_PASSPHRASE)
import { once } from 'node:events';
import { openDatabase } from '../../../src-main/core/db/open';
import { importPath } from '../../../src-main/core/import/run-import';

const [dbPath, file] = process.argv.slice(2) as [string, string];
process.stdout.write('ready\n');
await once(process.stdin, 'data');
process.stdin.destroy();
const db = openDatabase(dbPath, { key: { kind: 'passphrase', text: process.env.LEAKLINE_PASSPHRASE ?? '' } });
let announced = false;
const [summary] = await importPath(db, file, {
  // The last progress report comes after the last record is written, just before the commit.
  onProgress: ({ bytesDone, bytesTotal }) => {
    if (announced || bytesTotal === 0 || bytesDone < bytesTotal) return;
    announced = true;
    process.stdout.write('committing\n');
  },
});
db.close();
process.stdout.write(`${JSON.stringify({ messagesAdded: summary?.messagesAdded })}\n`);
