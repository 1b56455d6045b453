#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Builds a second copy of the SQLite driver against Electron's headers into out/native/, so the
// desktop app loads that one (Database's `nativeBinding` option) while node_modules keeps the
// Node build used by the CLI and the tests. Needs Electron's headers: a normal machine downloads
// them; the offline build machine skips this step (it cannot run Electron either).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '../../..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const pkgDir = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json', { paths: [root] }));
const outDir = join(root, 'out/native');
const stamp = join(outDir, 'build-stamp.json');
const wanted = JSON.stringify({ electronVersion, arch: process.arch, platform: process.platform });

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && existsSync(join(outDir, 'better_sqlite3.node'))) {
  console.warn(`native module already built for Electron ${electronVersion}`);
  process.exit(0);
}
const work = join(root, '.cache/electron-native');
rmSync(work, { recursive: true, force: true });
cpSync(pkgDir, work, { recursive: true, filter: (src) => !src.includes(`${pkgDir}/build`) });
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [root, dirname(process.execPath) + '/../lib/node_modules/npm'] });
execFileSync(
  process.execPath,
  [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
  // A nodedir from npm's config would point node-gyp at Node's headers instead of Electron's.
  { cwd: work, stdio: 'inherit', env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_nodedir$/i.test(k))) },
);
mkdirSync(outDir, { recursive: true });
cpSync(join(work, 'build/Release/better_sqlite3.node'), join(outDir, 'better_sqlite3.node'));
writeFileSync(stamp, wanted);
console.warn(`built out/native/better_sqlite3.node for Electron ${electronVersion}`);
