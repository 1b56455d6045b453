// SPDX-License-Identifier: MIT
// Writes `message.attributedBody` blobs as Messages on iOS 16+ does: an NSMutableAttributedString
// archived by NSArchiver (typedstream), one attribute run covering the whole text. The bytes around
// the string follow the layout of real blobs; only the string and the two lengths change.

const HEAD = Buffer.concat([
  Buffer.from('040b', 'hex'),
  Buffer.from('streamtyped', 'latin1'),
  Buffer.from('81e803840140848484', 'hex'),
  Buffer.from([0x19]),
  Buffer.from('NSMutableAttributedString\x00', 'latin1'),
  Buffer.from([0x84, 0x84, 0x12]),
  Buffer.from('NSAttributedString\x00', 'latin1'),
  Buffer.from([0x84, 0x84, 0x08]),
  Buffer.from('NSObject\x00', 'latin1'),
  Buffer.from([0x85, 0x92, 0x84, 0x84, 0x84, 0x0f]),
  Buffer.from('NSMutableString\x01', 'latin1'),
  Buffer.from([0x84, 0x84, 0x08]),
  Buffer.from('NSString\x01', 'latin1'),
  Buffer.from([0x95, 0x84, 0x01, 0x2b]),
]);

const RUN_TYPE = Buffer.from([0x86, 0x84, 0x02, 0x69, 0x49, 0x01]);

const TAIL = Buffer.concat([
  Buffer.from([0x92, 0x84, 0x84, 0x84, 0x0c]),
  Buffer.from('NSDictionary\x00', 'latin1'),
  Buffer.from([0x95, 0x84, 0x01, 0x69, 0x01, 0x92, 0x84, 0x98, 0x98, 0x1d]),
  Buffer.from('__kIMMessagePartAttributeName', 'latin1'),
  Buffer.from([0x86, 0x92, 0x84, 0x84, 0x84, 0x08]),
  Buffer.from('NSNumber\x00', 'latin1'),
  Buffer.from([0x84, 0x84, 0x07]),
  Buffer.from('NSValue\x00', 'latin1'),
  Buffer.from([0x95, 0x84, 0x01, 0x2a, 0x84, 0x9b, 0x9b, 0x00, 0x86, 0x86, 0x86]),
]);

/** A typedstream integer: one byte below 0x80, else tag 0x81 + int16 or 0x82 + int32, little-endian. */
export function typedstreamInteger(n: number): Buffer {
  if (n >= 0 && n < 0x80) return Buffer.from([n]);
  if (n >= -0x8000 && n < 0x8000) {
    const b = Buffer.alloc(3);
    b[0] = 0x81;
    b.writeInt16LE(n, 1);
    return b;
  }
  const b = Buffer.alloc(5);
  b[0] = 0x82;
  b.writeInt32LE(n, 1);
  return b;
}

/** The attributedBody Messages would store for `text`. */
export function encodeAttributedBody(text: string): Buffer {
  const utf8 = Buffer.from(text, 'utf8');
  return Buffer.concat([HEAD, typedstreamInteger(utf8.length), utf8, RUN_TYPE, typedstreamInteger(text.length), TAIL]);
}
