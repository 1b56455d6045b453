// SPDX-License-Identifier: MIT
// Types of after-pack.mjs, for the unit tests that import its fuse settings.

export declare const LEAKLINE_FUSES: Readonly<Record<string, boolean>>;

export interface FuseLeftAtDefault {
  readonly index: number;
  readonly name: string;
  readonly enabled: boolean;
}
export declare const FUSES_LEFT_AT_DEFAULT: readonly FuseLeftAtDefault[];

/** @electron/fuses' FuseV1Options enum, or a stand-in of the same shape. */
export type FuseOptionsEnum = Readonly<Record<string, string | number>>;

export interface FuseConfig {
  version: string;
  [fuse: number]: boolean;
}
export declare function leaklineFuseConfig(fuseOptions?: FuseOptionsEnum): FuseConfig;

/** A fuse wire as @electron/fuses' getCurrentFuseWire returns it: the version, then one byte per fuse. */
export interface FuseWire {
  version: string;
  [fuse: number]: number;
}
export declare function fuseWireProblems(wire: FuseWire, fuseOptions?: FuseOptionsEnum): string[];

export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
export declare function electronBinaryPath(context: PackContext): string;

export default function afterPack(context: PackContext): Promise<void>;
