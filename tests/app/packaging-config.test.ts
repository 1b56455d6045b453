// SPDX-License-Identifier: MIT
// The release build's configuration, electron-builder.yml and its afterPack hook, checked without
// building anything: electron-builder's own loader, schema and file matchers are run against the
// files of this checkout (tests/support/release-build.ts), and the hook's fuse settings against
// @electron/fuses.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import type { Configuration, FileSet } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEAKLINE_FUSES, electronBinaryPath, leaklineFuseConfig } from '../../src-main/build/after-pack.mjs';
import { resourcesDirectory } from '../../src-main/app/resources-dir';
import { DRIVER_ADDON_IN_APP } from '../../src-main/app/sqlite-native-binding';
import { demoBackupPaths } from '../../src-main/core/demo/demo-paths';
import { tessdataFolder } from '../../src-main/core/ocr/tessdata-dir';
import { OCR_LANGUAGES } from '../../src-main/core/ocr/tesseract-worker';
import {
  MANIFEST,
  ROOT,
  appFileFilter,
  appImports,
  dependencyClosure,
  excludedPackages,
  fileSetPatterns,
  filesUnder,
  isExcluded,
  loadBuilderConfig,
  nodeModuleFilter,
  packageName,
  patternFilter,
  unpackFilter,
  validateBuilderConfig,
} from '../support/release-build';

let config: Configuration;

beforeAll(async () => {
  config = await loadBuilderConfig();
});


describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(validateBuilderConfig(config)).resolves.toBeUndefined();
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('Leakline');
  });

  it('builds an NSIS installer for Windows x64, dmgs for macOS x64 and arm64, an AppImage and a deb for Linux x64', () => {
    const targets = (platform: Configuration['win'] | Configuration['mac'] | Configuration['linux']): Record<string, string[]> =>
      Object.fromEntries([platform?.target ?? []].flat().map((t) => (typeof t === 'string' ? [t, []] : [t.target, [t.arch ?? []].flat()])));
    expect(targets(config.win)).toEqual({ nsis: ['x64'] });
    expect(targets(config.mac)).toEqual({ dmg: ['x64', 'arm64'] });
    expect(targets(config.linux)).toEqual({ AppImage: ['x64'], deb: ['x64'] });
  });

  it('publishes nowhere and writes no update metadata, since Leakline never goes online', () => {
    const publishSettings: unknown[] = [];
    const visit = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'publish') publishSettings.push(inner);
        visit(inner);
      }
    };
    visit(config);
    expect(publishSettings).toEqual([null]);
    expect(config.detectUpdateChannel).toBe(false);
    expect(config.generateUpdatesFilesForAllChannels).toBe(false);
    expect(config.dmg?.writeUpdateInfo).toBe(false);
    expect(config.nsis?.differentialPackage).toBe(false);
    expect(Object.keys({ ...MANIFEST.dependencies, ...MANIFEST.devDependencies })).not.toContain('electron-updater');
    const distScripts = Object.entries(MANIFEST.scripts).filter(([name]) => name === 'dist' || name.startsWith('dist:'));
    expect(distScripts.map(([name]) => name).sort()).toEqual(['dist', 'dist:linux', 'dist:mac', 'dist:win']);
    for (const [, script] of distScripts) expect(script).toMatch(/electron-builder( --\w+)? --publish never/);
  });

  it('rebuilds the native modules for Electron from source, and the Node copy again afterwards', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(true);
    for (const [name, script] of Object.entries(MANIFEST.scripts)) {
      if (name === 'dist' || name.startsWith('dist:')) expect(script).toMatch(/^npm run build && .* && npm run native:node$/);
    }
    expect(MANIFEST.scripts['native:node']).toBe('npm rebuild better-sqlite3-multiple-ciphers');
  });

  it('signs macOS builds with the hardened runtime and JIT as its only exception', () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlements).toBe(config.mac?.entitlementsInherit);
    const plist = readFileSync(join(ROOT, config.mac?.entitlements ?? ''), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>\s*<(\w+)\/>/g)].map((m) => [m[1], m[2]])).toEqual([['com.apple.security.cs.allow-jit', 'true']]);
    expect(config.mac?.identity).toBeUndefined();
  });

  it("installs per user on Windows and never deletes the user's database on uninstall", () => {
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('flips the fuses in its own afterPack hook and nowhere else', async () => {
    expect(config.electronFuses).toBeUndefined();
    expect(typeof config.afterPack).toBe('string');
    const hook = resolve(ROOT, config.afterPack as string);
    expect(relative(ROOT, hook).split(sep).join('/')).toBe('src-main/build/after-pack.mjs');
    const module = (await import(hook)) as { default: unknown };
    expect(typeof module.default).toBe('function');
  });
});

describe('app.asar contents', () => {
  it('holds the built app and package.json', () => {
    const inApp = appFileFilter(config);
    for (const file of ['package.json', 'out/main/index.js', 'out/main/chunks/import-worker-0.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-0.js']) {
      expect(inApp(file), file).toBe(true);
    }
  });

  it('leaves out tests, sources, caches, the dev-only Electron addon and the packaging files', () => {
    const patterns = fileSetPatterns(config.files);
    expect(patterns).toContain('!tests{,/**}');
    expect(patterns).toContain('!.cache{,/**}');
    const inApp = appFileFilter(config);
    for (const file of [
      'tests/app/packaging-config.test.ts',
      'tests/fuzz/some.fuzz.ts',
      '.cache/ocr-corpus/shot.png',
      '.cache/electron-native/build/Release/better_sqlite3.node',
      'src-main/app/main.ts',
      'src-main/build/after-pack.mjs',
      'src-renderer/index.html',
      'resources/demo/demo-sms.xml',
      'resources/tessdata/chi_sim.traineddata.gz',
      'out/native/better_sqlite3.node',
      'out/main/index.js.map',
      'electron-builder.yml',
      'package-lock.json',
      'dist/Leakline-0.1.0.AppImage',
      '.ci/run',
      'node_modules/zod/package.json',
    ]) {
      expect(inApp(file), file).toBe(false);
    }
  });

  it('copies what the app runs of node_modules and leaves out what only the CLI or the build uses', () => {
    const kept = nodeModuleFilter(config);
    for (const file of [
      'node_modules/zod/package.json',
      'node_modules/better-sqlite3-multiple-ciphers/lib/database.js',
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
      'node_modules/sharp/lib/index.js',
      'node_modules/tesseract.js/src/worker-script/node/index.js',
      'node_modules/tesseract.js-core/tesseract-core-simd-lstm.js',
      'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm',
    ]) {
      expect(kept(file), file).toBe(true);
    }
    for (const file of [
      'node_modules/@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz',
      'node_modules/playwright-core/package.json',
      'node_modules/tsx/package.json',
      'node_modules/esbuild/package.json',
      'node_modules/@esbuild/linux-x64/bin/esbuild',
      'node_modules/commander/package.json',
      'node_modules/better-sqlite3-multiple-ciphers/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3-multiple-ciphers/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/test_extension.node',
      'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
    ]) {
      expect(kept(file), file).toBe(false);
    }
  });

  it('leaves out no package that a shipped package depends on', () => {
    const excluded = excludedPackages(config);
    expect(excluded.sort()).toEqual(['@esbuild', '@tesseract.js-data', 'commander', 'esbuild', 'playwright-core', 'tsx']);
    const shippedRoots = Object.keys(MANIFEST.dependencies).filter((name) => !isExcluded(name, excluded));
    const shipped = [...dependencyClosure(shippedRoots)].map(packageName);
    expect(shipped.filter((name) => isExcluded(name, excluded))).toEqual([]);
  });

  it('leaves out no package that the desktop app loads', () => {
    const excluded = excludedPackages(config);
    const loaded = appImports();
    expect(loaded).toContain('tesseract.js');
    expect(loaded).toContain('better-sqlite3-multiple-ciphers');
    expect(loaded.filter((name) => isExcluded(name, excluded))).toEqual([]);
  });
});

describe('asarUnpack', () => {
  const shippedFiles = (): string[] => {
    const excluded = excludedPackages(config);
    const kept = nodeModuleFilter(config);
    const roots = Object.keys(MANIFEST.dependencies).filter((name) => !isExcluded(name, excluded));
    return [...dependencyClosure(roots)].flatMap((path) => filesUnder(path)).filter(kept);
  };

  it('matches files that exist, with every pattern', () => {
    const files = shippedFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const pattern of config.asarUnpack as string[]) {
      const matches = patternFilter(ROOT, pattern);
      expect(files.filter(matches).length, pattern).toBeGreaterThan(0);
    }
  });

  it("unpacks every native addon and sharp's libvips next to them", () => {
    const unpacked = unpackFilter(config);
    const files = shippedFiles();
    const addons = files.filter((file) => file.endsWith('.node'));
    expect(addons).toContain(DRIVER_ADDON_IN_APP.join('/'));
    expect(addons.some((file) => file.startsWith('node_modules/@img/sharp-'))).toBe(true);
    // libvips: its own @img package on Linux and macOS, beside the addon on Windows.
    const libvips = files.filter((file) => file.startsWith('node_modules/@img/') && /(\.so(\.\d+)*|\.dylib|\.dll)$/.test(file));
    expect(libvips.length).toBeGreaterThan(0);
    for (const file of [...addons, ...libvips]) expect(unpacked(file), file).toBe(true);
  });

  it("unpacks tesseract's worker thread script and its WebAssembly engine", () => {
    const unpacked = unpackFilter(config);
    const engines = shippedFiles().filter((file) => /^node_modules\/tesseract\.js-core\/tesseract-core[\w-]*lstm\.(js|wasm)$/.test(file));
    // Plain, SIMD and relaxed-SIMD builds: which one loads depends on the CPU.
    expect(engines).toHaveLength(6);
    for (const file of ['node_modules/tesseract.js/src/worker-script/node/index.js', 'node_modules/tesseract.js/src/worker-script/node/getCore.js', ...engines]) {
      expect(unpacked(file), file).toBe(true);
    }
  });

  it('keeps the app code itself inside app.asar, under the integrity check', () => {
    const unpacked = unpackFilter(config);
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json', 'node_modules/zod/package.json']) {
      expect(unpacked(file), file).toBe(false);
    }
  });
});

describe('extra resources', () => {
  const RESOURCES = join('/opt', 'Leakline', 'resources');
  const packagedResources = resourcesDirectory(true, join(RESOURCES, 'app.asar'), RESOURCES);

  function entry(to: string): FileSet {
    const found = ((config.extraResources ?? []) as FileSet[]).find((set) => set.to === to);
    if (found?.from === undefined) throw new Error(`no extraResources entry to ${to}`);
    return found;
  }

  /** Where a file shipped by `set` lands for a packaged app with RESOURCES as its resources folder. */
  function shippedAt(set: FileSet): (file: string) => string | null {
    const from = resolve(ROOT, set.from as string);
    const passes = set.filter === undefined ? () => true : patternFilter(from, set.filter);
    return (file) => (existsSync(join(from, file)) && passes(file) ? join(RESOURCES, set.to as string, file) : null);
  }

  it('ships the OCR models where the packaged app looks for them', () => {
    const tessdata = entry('tessdata');
    expect(tessdataFolder(packagedResources)).toBe(join(RESOURCES, tessdata.to as string));
    const land = shippedAt(tessdata);
    for (const lang of OCR_LANGUAGES) {
      const model = `${lang}.traineddata.gz`;
      expect(land(model), `${model} (run npm run tessdata)`).toBe(join(tessdataFolder(packagedResources), model));
    }
  });

  it('ships the demo backups where the packaged app looks for them', () => {
    const demo = entry('demo');
    const land = shippedAt(demo);
    for (const path of demoBackupPaths(packagedResources)) {
      expect(land(relative(join(RESOURCES, demo.to as string), path))).toBe(path);
    }
  });
});

describe('the afterPack fuses', () => {
  const FUSE_NAMES = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

  it('turns ELECTRON_RUN_AS_NODE, NODE_OPTIONS and --inspect off, asar integrity and only-load-from-asar on', () => {
    expect(LEAKLINE_FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
  });

  it("encrypts Chromium's cookie store and withholds file:// extra privileges", () => {
    expect(LEAKLINE_FUSES).toMatchObject({ EnableCookieEncryption: true, GrantFileProtocolExtraPrivileges: false, LoadBrowserProcessSpecificV8Snapshot: false });
  });

  it('decides every fuse that @electron/fuses names, by its current name', () => {
    expect(Object.keys(LEAKLINE_FUSES).sort()).toEqual([...FUSE_NAMES].sort());
    const fuseConfig = leaklineFuseConfig();
    expect(fuseConfig.version).toBe('1');
    expect(fuseConfig[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfig[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(Object.keys(fuseConfig).filter((key) => key !== 'version')).toHaveLength(FUSE_NAMES.length);
  });

  it('finds the binary electron-builder packed on each platform', () => {
    const packager = { appInfo: { productFilename: 'Leakline' }, executableName: config.linux?.executableName as string };
    expect(electronBinaryPath({ appOutDir: '/out/mac-arm64', electronPlatformName: 'darwin', packager })).toBe(join('/out/mac-arm64', 'Leakline.app'));
    expect(electronBinaryPath({ appOutDir: '/out/win-unpacked', electronPlatformName: 'win32', packager })).toBe(join('/out/win-unpacked', 'Leakline.exe'));
    expect(electronBinaryPath({ appOutDir: '/out/linux-unpacked', electronPlatformName: 'linux', packager })).toBe(join('/out/linux-unpacked', 'leakline'));
  });
});
