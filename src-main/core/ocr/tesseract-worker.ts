// SPDX-License-Identifier: MIT
// One tesseract.js worker set up to run from local files only. The library's defaults fetch the
// language models from a CDN and cache them in the working directory; here the models come from
// one local folder, nothing is cached, and the worker script is resolved from node_modules, so
// reading a screenshot never touches the network or leaves a file behind.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import Tesseract, { type Worker } from 'tesseract.js';

const require = createRequire(import.meta.url);

/** Chinese first: tesseract prefers the first language where both read a glyph equally well. */
export const OCR_LANGUAGES = ['chi_sim', 'eng'] as const;

/** The worker entry that silences a spurious startup line, where it ships beside this module. */
const QUIET_ENTRY = fileURLToPath(new URL('./tesseract-worker-entry.cjs', import.meta.url));

function workerScriptPath(): string {
  if (existsSync(QUIET_ENTRY)) return QUIET_ENTRY;
  return join(dirname(require.resolve('tesseract.js/package.json')), 'src', 'worker-script', 'node', 'index.js');
}

export async function startTesseractWorker(langPath: string): Promise<Worker> {
  const worker = await Tesseract.createWorker([...OCR_LANGUAGES], Tesseract.OEM.LSTM_ONLY, {
    langPath,
    workerPath: workerScriptPath(),
    gzip: true,
    cacheMethod: 'none',
    legacyCore: false,
    legacyLang: false,
    // Errors reach the caller through the rejected promise; the default handler only logs them.
    errorHandler: () => undefined,
  });
  // Without this tesseract drops the spaces of English text inside a Chinese line; the spaces it
  // puts between CJK characters instead are removed afterwards (cjk-spacing.ts).
  // Region crops carry no resolution; without one tesseract guesses 70 dpi and warns each time.
  await worker.setParameters({ preserve_interword_spaces: '1', user_defined_dpi: '300', tessedit_do_invert: '0' });
  return worker;
}
