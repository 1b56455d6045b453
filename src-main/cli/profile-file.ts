// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { LeaklineError } from '../core/errors';
import { parseProfileFile } from '../core/profile/profile-store';
import type { Profile } from '../core/model/profile';

/** Reads and checks a profile file (`profile set --file`, `classify --profile`) before anything is touched. */
export function readProfileFile(path: string): Profile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new LeaklineError('FILE_NOT_FOUND', `cannot read the profile file ${path}`, { cause: err });
  }
  return parseProfileFile(text);
}
