// SPDX-License-Identifier: MIT
// CLI: regenerates resources/demo/ (`npm run demo:generate`, i.e.
// `node --import tsx src-main/core/demo/write-demo.ts`). Takes an optional output folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDemoFiles } from './render-demo-files';

const DEFAULT_OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../resources/demo');

const outDir = resolve(process.argv[2] ?? DEFAULT_OUT);
mkdirSync(outDir, { recursive: true });
for (const [name, content] of Object.entries(renderDemoFiles())) {
  writeFileSync(join(outDir, name), content, 'utf8');
  process.stdout.write(`${name}: ${Buffer.byteLength(content, 'utf8')} bytes\n`);
}
