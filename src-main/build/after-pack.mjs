// SPDX-License-Identifier: MIT
// electron-builder's afterPack hook (electron-builder.yml): sets every Electron fuse of the packaged
// binary to Leakline's value, then reads the fuse wire back and stops the build when a fuse is not
// as decided here, a fuse newer than this list included. It runs before signing, so the signature
// is what keeps the bits from being flipped back afterwards.
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';

/** Leakline's value for each fuse that @electron/fuses names (its FuseV1Options), and why. */
export const LEAKLINE_FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node.js for whoever sets it;
  // Leakline starts no child Node processes (its workers are threads).
  RunAsNode: false,
  // Whatever Chromium keeps in its cookie store is encrypted with the OS key store, the one
  // safeStorage already uses for the database key. The app itself sets no cookies.
  EnableCookieEncryption: true,
  // NODE_OPTIONS (--require, --inspect, …) would let the environment inject code into the process
  // that holds the database key.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect, --inspect-brk and SIGUSR1 would open a debugger on that same process.
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash electron-builder embeds in the executable (macOS, and
  // Windows since Electron 30; Electron has no such check on Linux) …
  EnableEmbeddedAsarIntegrityValidation: true,
  // … and app.asar is the only place the app is loaded from, never an app/ folder beside it.
  OnlyLoadAppFromAsar: true,
  // Electron's default: one V8 snapshot for all processes; Leakline ships no browser-only one.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The page is served from app://leakline; the only file:// page is the report being printed to
  // PDF, with JavaScript off. Neither needs file:// to fetch other files.
  GrantFileProtocolExtraPrivileges: false,
});

/**
 * Fuses newer than the installed @electron/fuses, by their place in the fuse wire: it cannot set
 * them, so they keep Electron's default, which is checked to be the value Leakline wants.
 * WasmTrapHandlers on: V8 catches out-of-bounds WebAssembly memory accesses with signal handlers
 * instead of compiled-in bounds checks, which the OCR engine (tesseract, WebAssembly) runs faster with.
 */
export const FUSES_LEFT_AT_DEFAULT = Object.freeze([Object.freeze({ index: 8, name: 'WasmTrapHandlers', enabled: true })]);

// One byte per fuse in Electron's fuse wire: '0' off, '1' on, 'r' removed.
const FUSE_OFF = '0'.charCodeAt(0);
const FUSE_ON = '1'.charCodeAt(0);

/**
 * The @electron/fuses configuration for LEAKLINE_FUSES. Throws when the two disagree on the fuses'
 * names: a fuse the library added since (decide it above) or one it renamed.
 */
export function leaklineFuseConfig(fuseOptions = FuseV1Options) {
  const known = Object.keys(fuseOptions).filter((key) => Number.isNaN(Number(key)));
  const undecided = known.filter((name) => !(name in LEAKLINE_FUSES));
  const unknown = Object.keys(LEAKLINE_FUSES).filter((name) => !known.includes(name));
  if (undecided.length > 0 || unknown.length > 0) {
    throw new Error(
      `the fuse settings in src-main/build/after-pack.mjs do not match @electron/fuses: ` +
        `undecided ${JSON.stringify(undecided)}, unknown ${JSON.stringify(unknown)}`,
    );
  }
  const config = { version: FuseVersion.V1 };
  for (const [name, enabled] of Object.entries(LEAKLINE_FUSES)) config[fuseOptions[name]] = enabled;
  return config;
}

/**
 * What is wrong with a fuse wire as @electron/fuses' getCurrentFuseWire reads it ({ version, 0: byte,
 * 1: byte, … }): every fuse in it must have Leakline's value, and there must be no fuse nobody decided.
 */
export function fuseWireProblems(wire, fuseOptions = FuseV1Options) {
  if (wire.version !== FuseVersion.V1) return [`fuse wire version ${String(wire.version)}, expected ${FuseVersion.V1}`];
  const expected = new Map();
  for (const [name, enabled] of Object.entries(LEAKLINE_FUSES)) expected.set(fuseOptions[name], { name, enabled });
  for (const fuse of FUSES_LEFT_AT_DEFAULT) if (!expected.has(fuse.index)) expected.set(fuse.index, fuse);
  const length = Object.keys(wire).filter((key) => /^\d+$/.test(key)).length;
  const problems = [];
  for (let index = 0; index < length; index++) {
    const want = expected.get(index);
    const state = wire[index];
    if (want === undefined) problems.push(`fuse #${index} is not known to Leakline's fuse settings: update @electron/fuses and decide it`);
    else if (state !== (want.enabled ? FUSE_ON : FUSE_OFF)) {
      problems.push(`${want.name} is ${state === FUSE_ON ? 'on' : state === FUSE_OFF ? 'off' : `'${String.fromCharCode(state)}'`}, should be ${want.enabled ? 'on' : 'off'}`);
    }
  }
  for (const [index, want] of expected) {
    // A fuse that Electron's wire does not have yet only matters when Leakline set it.
    if (index >= length && want.name in LEAKLINE_FUSES) problems.push(`${want.name} is missing from this Electron's fuse wire`);
  }
  return problems;
}

/** The file that holds the fuse wire, named as electron-builder names it (PlatformPackager.addElectronFuses). */
export function electronBinaryPath({ appOutDir, electronPlatformName, packager }) {
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  const binary = electronBinaryPath(context);
  // Flipping bytes breaks the ad-hoc signature macOS requires on arm64; re-sign ad hoc so that an
  // unsigned build still starts (a real identity signs over it right after this hook).
  await flipFuses(binary, { ...leaklineFuseConfig(), resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' });
  const problems = fuseWireProblems(await getCurrentFuseWire(binary));
  if (problems.length > 0) throw new Error(`Electron fuses of ${binary} are not as Leakline requires:\n- ${problems.join('\n- ')}`);
}
