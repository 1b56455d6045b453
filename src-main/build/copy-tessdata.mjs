// SPDX-License-Identifier: MIT
// Copies the OCR language models into resources/tessdata, where the app and the CLI load them
// from. tesseract.js wants every language of a worker in one folder, and the npm packages keep
// each in its own; the packages' index.js points at the larger legacy models, so the LSTM-only
// `4.0.0_best_int` files are picked by path. Run by `npm ci` (prepare) and before every build.
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const target = fileURLToPath(new URL('../../resources/tessdata/', import.meta.url));
const MODEL = '4.0.0_best_int';

mkdirSync(target, { recursive: true });
for (const lang of ['chi_sim', 'eng']) {
  const packageDir = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  const from = join(packageDir, MODEL, `${lang}.traineddata.gz`);
  const to = join(target, `${lang}.traineddata.gz`);
  const same = (() => {
    try {
      return statSync(to).size === statSync(from).size;
    } catch {
      return false;
    }
  })();
  if (!same) copyFileSync(from, to);
}
