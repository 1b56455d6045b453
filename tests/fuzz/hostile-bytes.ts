// SPDX-License-Identifier: MIT
// Damage done to real files: bytes flipped, deleted, duplicated, the file cut short, and fragments
// a hostile or broken exporter would write spliced in (nul bytes, invalid UTF-8, lone UTF-16
// surrogates, numbers no field can hold, dates before 1970 and past 9999, nesting thousands deep).
// The edits are fast-check values, so a failing file shrinks to the few edits that matter.
import fc from 'fast-check';

const u16le = (codes: number[]) => Buffer.from(new Uint16Array(codes).buffer);

/** Numbers a date, type or size field may hold in a damaged or forged file. */
export const HOSTILE_NUMBERS = [
  '0', '-1', '-0', '1', '00000000000000000000', '9007199254740993', '-9007199254740993', '9223372036854775807',
  '-9223372036854775808', '18446744073709551616', '1e308', '-1e308', '1e-400', 'NaN', 'Infinity', '0x7fffffff',
  '253402300800000', '-62135596800001', '8640000000000001', '-8640000000000001', '99999999999999999999999999',
  '1.5', '٣١٤', '１２３', '2147483648', '4294967296',
];

/** Values a type, box or name field may hold: names that a plain object inherits, placeholders. */
export const HOSTILE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'null', 'undefined', '(Unknown)', '', ' ', 'NULL', 'true'];

/** Fragments spliced into a file; each breaks some parser's assumption. */
export const HOSTILE_FRAGMENTS: readonly Buffer[] = [
  Buffer.from([0]),
  Buffer.alloc(64, 0),
  Buffer.from([0xc0, 0x80]), // overlong NUL
  Buffer.from([0xed, 0xa0, 0x80]), // a UTF-16 surrogate encoded as UTF-8
  Buffer.from([0xf4, 0x90, 0x80, 0x80]), // past U+10FFFF
  Buffer.from([0xe4, 0xb8]), // a CJK character cut in half
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0xfe, 0xff]),
  Buffer.from([0xef, 0xbb, 0xbf]),
  u16le([0xd800]),
  u16le([0xdfff, 0xd83d]),
  Buffer.from('\ud800', 'utf16le'),
  Buffer.from('\u202e\u200b\ufeff\ufffe'),
  ...HOSTILE_NUMBERS.map((n) => Buffer.from(n)),
  ...HOSTILE_WORDS.map((w) => Buffer.from(w)),
  Buffer.from('<a>'.repeat(3000)),
  Buffer.from('['.repeat(5000)),
  Buffer.from('{"a":'.repeat(2000)),
  Buffer.from('BEGIN:VENV\r\n'.repeat(100)),
  Buffer.from('<!DOCTYPE smses [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'),
  Buffer.from('<!ENTITY x SYSTEM "file:///etc/passwd">&x;'),
  Buffer.from('&#0;&#xD800;&#55357;&#56834;&#99999999999;&#x110000;&lol;&'),
  Buffer.from('<![CDATA[ ]]> <!-- --> <?pi x?>'),
  Buffer.from('"'),
  Buffer.from('""'),
  Buffer.from('\r'),
  Buffer.from('\r\n'),
  Buffer.from(',\t;|'),
  Buffer.from('\\u0000\\ud800\\'),
  Buffer.from('=\r\n=E4=B8=\r\n'),
  Buffer.from('END:VBODY\r\nEND:VMSG\r\nBEGIN:VMSG\r\n'),
  Buffer.from(';ENCODING=QUOTED-PRINTABLE;CHARSET=NO-SUCH-CHARSET:'),
  Buffer.from('SQLite format 3\0'),
  Buffer.from('PK\x03\x04'),
  Buffer.from('1970-01-01 00:00:00'),
  Buffer.from('0000-00-00 00:00:00'),
  Buffer.from('9999-12-31T23:59:60+99:99'),
  Buffer.from('2025年2月30日 下午25:61'),
  Buffer.alloc(70_000, 'A'), // longer than any head that detection reads
];

export type Edit =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; fragment: number }
  | { kind: 'value'; which: number; value: number }
  | { kind: 'cut'; at: number };

const HOSTILE_VALUES = [...HOSTILE_NUMBERS, ...HOSTILE_WORDS];
const position = fc.double({ min: 0, max: 1, noNaN: true });

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: position, byte: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 256 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, fragment: fc.nat({ max: HOSTILE_FRAGMENTS.length - 1 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('value' as const), which: fc.nat(), value: fc.nat({ max: HOSTILE_VALUES.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: position }) },
);

/** No edit at all now and then, so that the valid file's path is part of every run. */
export const edits: fc.Arbitrary<Edit[]> = fc.array(edit, { minLength: 0, maxLength: 6 });

/** A number, or a short quoted value (an XML attribute, a JSON string, a quoted CSV field). */
const VALUE = /\d+|(?<=")[^"\r\n<>]{1,40}(?=")/g;

/** Replaces the `which`-th value of the file (a date, a type, a box, a name) by `value`. */
function replaceValue(bytes: Buffer, which: number, value: string): Buffer {
  const text = bytes.toString('latin1');
  const values = [...text.matchAll(VALUE)];
  if (values.length === 0) return bytes;
  const found = values[which % values.length]!;
  return Buffer.concat([bytes.subarray(0, found.index), Buffer.from(value), bytes.subarray(found.index + found[0].length)]);
}

export function applyEdits(original: Buffer, list: readonly Edit[]): Buffer {
  let bytes = original;
  for (const e of list) {
    const at = e.kind === 'value' ? 0 : Math.floor(e.at * bytes.length);
    switch (e.kind) {
      case 'flip':
        if (bytes.length === 0) break;
        bytes = Buffer.from(bytes);
        bytes[Math.min(at, bytes.length - 1)] = e.byte;
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.length)]);
        break;
      case 'duplicate':
        bytes = Buffer.concat([bytes.subarray(0, at + e.length), bytes.subarray(at)]);
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), HOSTILE_FRAGMENTS[e.fragment]!, bytes.subarray(at)]);
        break;
      case 'value':
        bytes = replaceValue(bytes, e.which, HOSTILE_VALUES[e.value]!);
        break;
      case 'cut':
        bytes = bytes.subarray(0, at);
        break;
    }
  }
  return bytes;
}

/** Text built from pieces a detector cares about, hostile fragments and random Unicode. */
export function hostileText(pieces: readonly string[], maxPieces = 60): fc.Arbitrary<string> {
  const fragments = HOSTILE_FRAGMENTS.filter((f) => f.length < 200).map((f) => f.toString('utf8'));
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...pieces) },
    { weight: 1, arbitrary: fc.constantFrom(...fragments) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS, ...HOSTILE_WORDS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    // A short pattern repeated hundreds of times: the shape that makes a regex backtrack.
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.array(fc.constantFrom(...pieces, '1', '*', ' ', 'a', '.', '-'), { minLength: 1, maxLength: 3 }), fc.integer({ min: 2, max: 1000 }))
        .map(([pattern, n]) => pattern.join('').repeat(n).slice(0, 20_000)),
    },
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 4, arbitrary: fc.array(piece, { maxLength: maxPieces }).map((ps) => ps.join('')) },
  );
}
