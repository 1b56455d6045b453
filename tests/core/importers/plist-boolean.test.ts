// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlistBoolean } from '../../../src-main/core/importers/plist-boolean';
import { binaryPlist, xmlPlist } from '../../support/write-plist';

// Written by Python's plistlib, an independent writer: a Manifest.plist-like dictionary with a
// nested Lockdown dictionary that has its own IsEncrypted, a data value and a UTF-16 string.
const PLISTLIB_NOT_ENCRYPTED = Buffer.from(
  '62706c6973743030d4010203040506070b5c4261636b75704b65794261675b4973456e63727970746564584c6f636b646f776e5756657273696f6e' +
    '4f10280000000000000000000000000000000000000000000000000000000000000000000000000000000008d20802090a5a446576696365' +
    '4e616d656a5f204f1f76840020006900500068006f006e0065095431302e3008111e2a333b66676c778c8d00000000000001010000000000' +
    '00000c00000000000000000000000000000092',
  'hex',
);
const PLISTLIB_ONLY_NESTED = Buffer.from(
  '62706c6973743030d201020306584c6f636b646f776e5756657273696f6ed104055b4973456e63727970746564085431302e30080d161e212d2e' +
    '0000000000000101000000000000000700000000000000000000000000000033',
  'hex',
);

describe('readPlistBoolean', () => {
  it.each([
    ['binary', (d: Record<string, boolean | string>) => binaryPlist(d)],
    ['XML', (d: Record<string, boolean | string>) => Buffer.from(xmlPlist(d))],
  ])('reads true, false and absent keys of a %s plist', (_, write) => {
    expect(readPlistBoolean(write({ Version: '10.0', IsEncrypted: true }), 'IsEncrypted')).toBe(true);
    expect(readPlistBoolean(write({ IsEncrypted: false, Version: '10.0' }), 'IsEncrypted')).toBe(false);
    expect(readPlistBoolean(write({ Version: '10.0' }), 'IsEncrypted')).toBeNull();
    expect(readPlistBoolean(write({ IsEncrypted: 'yes' }), 'IsEncrypted')).toBeNull();
  });

  it('reads plists written by another implementation, top level only', () => {
    expect(readPlistBoolean(PLISTLIB_NOT_ENCRYPTED, 'IsEncrypted')).toBe(false);
    expect(readPlistBoolean(PLISTLIB_ONLY_NESTED, 'IsEncrypted')).toBeNull();
  });

  it('ignores a key of a nested dictionary in XML', () => {
    const xml = Buffer.from(
      '<?xml version="1.0"?><plist version="1.0"><dict><key>Applications</key><dict/>' +
        '<key>Lockdown</key><dict><key>IsEncrypted</key><true/><key>List</key><array><dict>' +
        '<key>IsEncrypted</key><true/></dict></array></dict><key>Version</key><string>10.0</string></dict></plist>',
    );
    expect(readPlistBoolean(xml, 'IsEncrypted')).toBeNull();
    expect(readPlistBoolean(Buffer.from(xml.toString().replace('<key>Version</key>', '<key>IsEncrypted</key><false/><key>Version</key>')), 'IsEncrypted')).toBe(false);
  });

  it('reads a key stored as a UTF-16 string and a dictionary with more than 14 entries', () => {
    const entries: Record<string, boolean> = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`键${i}`, i % 2 === 0]));
    const plist = binaryPlist(entries);
    expect(readPlistBoolean(plist, '键4')).toBe(true);
    expect(readPlistBoolean(plist, '键19')).toBe(false);
  });

  it('returns null, never throws, for damaged or random binary plists', () => {
    const valid = binaryPlist({ Version: '10.0', IsEncrypted: true, WasPasscodeSet: false });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), fc.nat(), (random, flips, cut) => {
        const result = readPlistBoolean(Buffer.concat([Buffer.from('bplist00'), random]), 'IsEncrypted');
        expect(result === null || typeof result === 'boolean').toBe(true);
        const damaged = Buffer.from(valid);
        for (const [at, value] of flips) damaged[at % damaged.length] = value;
        const again = readPlistBoolean(damaged.subarray(0, damaged.length - (cut % damaged.length)), 'IsEncrypted');
        expect(again === null || typeof again === 'boolean').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
