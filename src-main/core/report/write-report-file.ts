// SPDX-License-Identifier: MIT
// Writing a report file: first to a hidden file beside it, then renamed into place, so an
// interrupted export never leaves half a report under the name the user chose.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LeaklineError } from '../errors';

export function writeReportFile(path: string, bytes: Buffer, options: { overwrite: boolean }): void {
  if (!existsSync(dirname(path))) throw new LeaklineError('FILE_NOT_FOUND', `the folder ${dirname(path)} does not exist`);
  if (!options.overwrite && existsSync(path)) {
    throw new LeaklineError('BAD_REQUEST', `${path} exists: choose another name, or pass --force to replace it`);
  }
  const partial = join(dirname(path), `.${basename(path)}.partial`);
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (err) {
    rmSync(partial, { force: true });
    throw new LeaklineError('INTERNAL', `cannot write ${path}`, { cause: err });
  }
}
