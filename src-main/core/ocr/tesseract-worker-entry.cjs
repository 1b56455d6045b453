// SPDX-License-Identifier: MIT
// The tesseract.js worker thread, with one spurious line silenced: loading chi_sim before eng
// makes the WASM build print "Failed loading language '…'" for a language nobody asked for
// (recognition is unaffected; native tesseract with the same files is silent). Chinese must come
// first for mixed text, and a CLI whose stderr cries wolf on every run hides real errors.
'use strict';
/* eslint-disable no-console, @typescript-eslint/no-require-imports -- a CommonJS worker entry whose job is to filter console output */
const SPURIOUS = /^(Error opening data file \.\/|Please make sure the TESSDATA_PREFIX|Failed loading language ')/;
for (const method of ['error', 'warn', 'log']) {
  const original = console[method].bind(console);
  console[method] = (first, ...rest) => {
    if (typeof first === 'string' && SPURIOUS.test(first)) return;
    original(first, ...rest);
  };
}
require(require.resolve('tesseract.js/src/worker-script/node/index.js'));
