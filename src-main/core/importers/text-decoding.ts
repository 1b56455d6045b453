// SPDX-License-Identifier: MIT
// Which text encoding an XML backup uses, from its first bytes (XML 1.0 appendix F): a byte order
// mark, or UTF-16 without one recognised by the `<?` it must start with. Anything else is read as
// UTF-8, which is what SMS Backup & Restore writes.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export function detectTextEncoding(head: Uint8Array): TextEncodingName {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return 'utf-16le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return 'utf-16be';
  return 'utf-8';
}

/**
 * A decoder for a whole file, to be fed chunk by chunk with `{ stream: true }` so that a character
 * cut by a chunk boundary is decoded once both halves are in. The BOM, if any, is dropped.
 * Invalid sequences become U+FFFD rather than failing the import: one bad byte in a 2 GB backup
 * should not lose the other messages.
 */
export function createFileDecoder(head: Uint8Array): TextDecoder {
  return new TextDecoder(detectTextEncoding(head));
}

/** Decodes the first bytes of a file on their own, for format detection. */
export function decodeHead(head: Uint8Array): string {
  return createFileDecoder(head).decode(head, { stream: true });
}
