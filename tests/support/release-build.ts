// SPDX-License-Identifier: MIT
// electron-builder's own configuration loader and file matchers, and the checkout's dependency
// tree, for tests/app/packaging-config.test.ts: what a release build would put where, worked out
// without building anything (electron-builder cannot run here without Electron's downloads).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration, FileSet } from 'electron-builder';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
const requireHere = createRequire(import.meta.url);
// electron-builder's internals (app-builder-lib), resolved the way electron-builder resolves them.
const requireFromBuilder = createRequire(requireHere.resolve('electron-builder/package.json'));

type Filter = (file: string, stat: { isDirectory(): boolean }) => boolean;
interface Matcher {
  patterns: string[];
  createFilter(): Filter;
}
interface PackagerInfo {
  projectDir: string;
  buildResourcesDir: string;
  isPrepackedAppAsar: boolean;
  config: Configuration;
  debugLogger: { isEnabled: boolean; add(): void };
}
const builderConfig = requireFromBuilder('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: Configuration | null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: PackagerInfo['debugLogger']): Promise<void>;
};
const fileMatcher = requireFromBuilder('app-builder-lib/out/fileMatcher.js') as {
  FileMatcher: new (from: string, to: string, macroExpander: (s: string) => string, patterns?: string | string[]) => Matcher;
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (s: string) => string,
    platformOptions: object,
    platformPackager: { info: PackagerInfo },
    outDir: string,
    isElectronCompile: boolean,
  ): Matcher[];
  getNodeModuleFileMatcher(appDir: string, destination: string, macroExpander: (s: string) => string, platformOptions: object, packager: PackagerInfo): Matcher;
  getFileMatchers(
    config: Configuration,
    name: 'asarUnpack',
    destination: string,
    options: { macroExpander: (s: string) => string; customBuildOptions: object; globalOutDir: string; defaultSrc: string },
  ): Matcher[] | null;
};

const SAME = (s: string): string => s;
const FILE = { isDirectory: () => false };
const DEST = join(ROOT, 'dist', 'linux-unpacked', 'resources', 'app');
const QUIET_LOGGER = { isEnabled: false, add: () => undefined };

/** electron-builder.yml as electron-builder reads it (defaults merged, `files` normalised). */
export function loadBuilderConfig(): Promise<Configuration> {
  return builderConfig.getConfig(ROOT, null, null);
}

/** Resolves when electron-builder's schema accepts `config`, rejects with its message otherwise. */
export function validateBuilderConfig(config: Configuration): Promise<void> {
  return builderConfig.validateConfiguration(config, QUIET_LOGGER);
}

function packagerInfo(config: Configuration): PackagerInfo {
  return { projectDir: ROOT, buildResourcesDir: config.directories?.buildResources ?? 'build', isPrepackedAppAsar: false, config, debugLogger: QUIET_LOGGER };
}

export function fileSetPatterns(sets: Configuration['files']): string[] {
  return ((sets ?? []) as (string | FileSet)[]).flatMap((set) => (typeof set === 'string' ? [set] : [set.filter ?? []].flat()));
}

/** Whether a path of this checkout goes into app.asar (or app.asar.unpacked), as electron-builder decides. */
export function appFileFilter(config: Configuration): (path: string) => boolean {
  const matchers = fileMatcher.getMainFileMatchers(ROOT, DEST, SAME, config.linux ?? {}, { info: packagerInfo(config) }, join(ROOT, 'dist'), false);
  const filters = matchers.map((matcher) => matcher.createFilter());
  return (path) => filters.some((filter) => filter(join(ROOT, path), FILE));
}

/** The same for files of node_modules, which electron-builder copies with the exclusions of `files`. */
export function nodeModuleFilter(config: Configuration): (path: string) => boolean {
  const matcher = fileMatcher.getNodeModuleFileMatcher(ROOT, DEST, SAME, config.linux ?? {}, packagerInfo(config));
  const filter = new fileMatcher.FileMatcher(ROOT, DEST, SAME, matcher.patterns).createFilter();
  return (path) => filter(join(ROOT, path), FILE);
}

/** Whether a file of the app is left outside app.asar, in app.asar.unpacked. */
export function unpackFilter(config: Configuration): (path: string) => boolean {
  const matchers = fileMatcher.getFileMatchers(config, 'asarUnpack', DEST, {
    macroExpander: SAME,
    customBuildOptions: config.linux ?? {},
    globalOutDir: join(ROOT, 'dist'),
    defaultSrc: ROOT,
  });
  const filter = matchers?.[0]?.createFilter();
  return (path) => filter !== undefined && filter(join(ROOT, path), FILE);
}

// ---- the dependency tree, from package-lock.json ----

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const LOCK = (JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }).packages;
export const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** Where Node finds `name` when required from the package installed at `from` ('' for the app). */
function resolveInLock(from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const candidate = base === '' ? `node_modules/${name}` : `${base}/node_modules/${name}`;
    if (candidate in LOCK) return candidate;
    if (base === '') return null;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
}

export function packageName(lockPath: string): string {
  return lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/** Every installed package reachable from `roots`, the production dependencies by default. */
export function dependencyClosure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = roots.map((name) => resolveInLock('', name)).filter((path): path is string => path !== null);
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    const entry = LOCK[path] ?? {};
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      const found = resolveInLock(path, name);
      if (found !== null) queue.push(found);
    }
  }
  return seen;
}

export function filesUnder(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return (readdirSync(abs, { recursive: true, withFileTypes: true }) as { name: string; parentPath?: string; path?: string; isFile(): boolean }[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath ?? entry.path ?? abs, entry.name)).split(sep).join('/'));
}

/** Packages (or whole @scopes) that `files` leaves out of node_modules altogether. */
export function excludedPackages(config: Configuration): string[] {
  return fileSetPatterns(config.files).flatMap((pattern) => {
    const match = /^!\*\*\/node_modules\/((?:@[^/{]+\/)?[^/{]+)\{,\/\*\*\}$/.exec(pattern);
    return match?.[1] ? [match[1]] : [];
  });
}

export function isExcluded(name: string, excluded: string[]): boolean {
  return excluded.some((entry) => name === entry || (entry.startsWith('@') && !entry.includes('/') && name.startsWith(`${entry}/`)));
}

/**
 * The packages the desktop app's bundles load: the static imports (and requires) reachable from
 * main.ts and preload.ts, following relative imports through src-main the way electron-vite
 * bundles them, `?modulePath` worker entries included. Type-only imports load nothing.
 */
export function appImports(): string[] {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = ['src-main/app/main.ts', 'src-main/app/preload.ts'];
  const resolveSource = (from: string, spec: string): string => {
    const base = join(ROOT, from, '..', spec.replace(/\?.*$/, ''));
    const found = ['', '.ts', '.mjs', '.cjs', '.js', '/index.ts'].map((ext) => base + ext).find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
    if (found === undefined) throw new Error(`${from}: cannot resolve ${spec}`);
    return relative(ROOT, found).split(sep).join('/');
  };
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    const specs = [
      ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]),
      ...[...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]),
      ...[...text.matchAll(/(?:\bimport\(|\brequire(?:\.resolve)?\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]),
    ] as string[];
    for (const spec of specs) {
      if (spec.startsWith('.')) queue.push(resolveSource(file, spec));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
    }
  }
  return [...packages].sort();
}


/** A filter for `patterns` relative to `from`, with electron-builder's glob semantics. */
export function patternFilter(from: string, patterns: string | string[]): (path: string) => boolean {
  const filter = new fileMatcher.FileMatcher(from, DEST, SAME, patterns).createFilter();
  return (path) => filter(join(from, path), FILE);
}
