// SPDX-License-Identifier: MIT
// The afterPack hook's checks, on made-up fuse wires: the real one is in an Electron binary this
// machine cannot download. Which value each fuse gets is checked in tests/app/packaging-config.test.ts.
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { FUSES_LEFT_AT_DEFAULT, LEAKLINE_FUSES, fuseWireProblems, leaklineFuseConfig, type FuseWire } from '../../src-main/build/after-pack.mjs';

describe('the afterPack fuse checks', () => {
  const ON = '1'.charCodeAt(0);
  const OFF = '0'.charCodeAt(0);
  const FUSE_NAMES = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

  /** A fuse wire with Leakline's settings, plus `extra` bytes after the fuses @electron/fuses knows. */
  function decidedWire(extra: number[] = []): FuseWire {
    const wire: FuseWire = { version: '1' };
    for (const [name, enabled] of Object.entries(LEAKLINE_FUSES)) wire[FuseV1Options[name as keyof typeof FuseV1Options]] = enabled ? ON : OFF;
    extra.forEach((state, i) => (wire[FUSE_NAMES.length + i] = state));
    return wire;
  }

  it('refuses to build when @electron/fuses has added or renamed a fuse', () => {
    expect(() => leaklineFuseConfig({ ...FuseV1Options, NewFuse: 99, 99: 'NewFuse' })).toThrow(/undecided \["NewFuse"\]/);
    const { RunAsNode: _renamed, ...rest } = FuseV1Options;
    expect(() => leaklineFuseConfig({ ...rest, EnableRunAsNode: 0, 0: 'EnableRunAsNode' })).toThrow(/unknown \["RunAsNode"\]/);
  });

  it("leaves at Electron's default only fuses the installed @electron/fuses cannot set", () => {
    for (const fuse of FUSES_LEFT_AT_DEFAULT) {
      expect(FUSE_NAMES, `${fuse.name} is named by @electron/fuses now: decide it in LEAKLINE_FUSES`).not.toContain(fuse.name);
      expect(fuse.index).toBeGreaterThanOrEqual(FUSE_NAMES.length);
    }
  });

  it('accepts a packaged binary whose fuses are as decided, with or without the newer fuses', () => {
    expect(fuseWireProblems(decidedWire())).toEqual([]);
    expect(fuseWireProblems(decidedWire([ON]))).toEqual([]);
  });

  it('rejects a binary with a fuse flipped the wrong way, missing or undecided', () => {
    const runsAsNode = decidedWire();
    runsAsNode[FuseV1Options.RunAsNode] = ON;
    expect(fuseWireProblems(runsAsNode)).toEqual(['RunAsNode is on, should be off']);
    const removed = decidedWire();
    removed[FuseV1Options.OnlyLoadAppFromAsar] = 'r'.charCodeAt(0);
    expect(fuseWireProblems(removed)).toEqual(["OnlyLoadAppFromAsar is 'r', should be on"]);
    expect(fuseWireProblems(decidedWire([OFF]))).toEqual(['WasmTrapHandlers is off, should be on']);
    expect(fuseWireProblems(decidedWire([ON, ON]))[0]).toMatch(/^fuse #9 is not known/);
    const short = decidedWire();
    delete short[FuseV1Options.GrantFileProtocolExtraPrivileges];
    expect(fuseWireProblems(short)).toEqual(["GrantFileProtocolExtraPrivileges is missing from this Electron's fuse wire"]);
    expect(fuseWireProblems({ version: '2' })).toHaveLength(1);
  });
});
