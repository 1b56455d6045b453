// SPDX-License-Identifier: MIT
// Finds the root element's name at the start of an XML document, past the declaration, processing
// instructions, comments and any DOCTYPE: enough to tell a format by content.

const NAME_END = /[\s/>]/;

/** The root element's name, or null if the text does not reach it or is not XML. */
export function readRootName(text: string): string | null {
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 0x3c /* < */) return null;
    let end: number;
    if (text.startsWith('<?', i)) {
      end = indexAfter(text, '?>', i + 2);
    } else if (text.startsWith('<!--', i)) {
      end = indexAfter(text, '-->', i + 4);
    } else if (text.startsWith('<!DOCTYPE', i)) {
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      end = bracket >= 0 && bracket < close ? indexAfter(text, ']', bracket) : close + 1;
      if (end > 0) end = text.indexOf('>', end - 1) + 1;
    } else {
      const rest = text.slice(i + 1, i + 101);
      const nameEnd = rest.search(NAME_END);
      if (nameEnd <= 0) return null;
      return rest.slice(0, nameEnd);
    }
    if (end <= 0) return null;
    i = end;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Index just past `needle`, or 0 when it is not there. */
function indexAfter(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? 0 : at + needle.length;
}
