// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { LeaklineError } from '../core/errors';
import { parseProfileFile } from '../core/profile/profile-store';
import type { Profile } from '../core/model/profile';

/** Line and column of a character offset, as an editor counts them. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/**
 * V8's JSON.parse message quotes the text around a syntax error (`Unexpected token '林', "林晓峰"
 * is not valid JSON`), which would print a profile value to the terminal or a CI log. So the
 * syntax is checked here first and only the position is told; the parser's error is not kept as
 * the cause, since its message is exactly what must not travel.
 */
function checkJsonSyntax(path: string, text: string): void {
  try {
    JSON.parse(text);
  } catch (err) {
    const at = /at position (\d+)/.exec(err instanceof Error ? err.message : '');
    const where = at ? ` (${lineColumn(text, Number(at[1]))})` : '';
    throw new LeaklineError('BAD_REQUEST', `the profile file ${path} is not valid JSON${where}`);
  }
}

/** Reads and checks a profile file (`profile set --file`, `classify --profile`) before anything is touched. */
export function readProfileFile(path: string): Profile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new LeaklineError('FILE_NOT_FOUND', `cannot read the profile file ${path}`, { cause: err });
  }
  checkJsonSyntax(path, text.replace(/^\uFEFF/, ''));
  return parseProfileFile(text);
}
