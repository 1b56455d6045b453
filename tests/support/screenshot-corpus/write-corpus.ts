// SPDX-License-Identifier: MIT
// Renders a corpus set from the command line, to look at the images or feed another tool:
//   node --import tsx tests/support/screenshot-corpus/write-corpus.ts [outDir] [ci|eval] [seed]
// With only a set name ("… write-corpus.ts eval") it writes to .cache/ocr-corpus/<set>.
import { resolve } from 'node:path';
import { generateScreenshotCorpus } from './generate-corpus';

const args = process.argv.slice(2);
if (args[0] === 'ci' || args[0] === 'eval') args.unshift(`.cache/ocr-corpus/${args[0]}`);
const [outArg, setArg = 'ci', seedArg] = args;
if (setArg !== 'ci' && setArg !== 'eval') throw new Error(`unknown set ${setArg}: use ci or eval`);
const outDir = resolve(outArg ?? `.cache/ocr-corpus/${setArg}`);
const started = performance.now();
const entries = await generateScreenshotCorpus(outDir, { set: setArg, seed: seedArg === undefined ? undefined : Number(seedArg) });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`${entries.length} screenshots in ${outDir} (${seconds} s)\n`);
