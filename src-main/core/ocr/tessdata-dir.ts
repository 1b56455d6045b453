// SPDX-License-Identifier: MIT
// Where the OCR language models are: resources/tessdata in a checkout (filled by `npm ci`, see
// src-main/build/copy-tessdata.mjs) and in the packaged app's resources.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LeaklineError } from '../errors';
import { OCR_LANGUAGES } from './tesseract-worker';

export function tessdataFolder(resourcesDir: string): string {
  return join(resourcesDir, 'tessdata');
}

/** The folder, once it is known to hold every language the OCR loads. */
export function checkedTessdata(folder: string): string {
  const missing = OCR_LANGUAGES.filter((lang) => !existsSync(join(folder, `${lang}.traineddata.gz`)));
  if (missing.length > 0) {
    throw new LeaklineError('NOT_FOUND', `the OCR language data (${missing.join(', ')}) is missing from ${folder}; run \`npm run tessdata\``);
  }
  return folder;
}

export function tessdataDir(resourcesDir: string): string {
  return checkedTessdata(tessdataFolder(resourcesDir));
}
