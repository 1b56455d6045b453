// SPDX-License-Identifier: MIT
// Property lines of vMessage (IrMC 1.1) and the vCard 2.1 inside it: `NAME;PARAM;KEY=VALUE:value`.
// vCard 2.1 allows bare parameters (`TEL;CELL:`, `N;QUOTED-PRINTABLE:`) as well as `KEY=VALUE` ones.
import iconv from 'iconv-lite';
import { decodeQuotedPrintable } from './quoted-printable';

export interface VProperty {
  /** Upper case. */
  name: string;
  /** Upper-cased parameters as written, e.g. `ENCODING=QUOTED-PRINTABLE`, `CELL`. */
  params: string[];
  value: string;
}

const PROPERTY_LINE = /^([A-Za-z][A-Za-z0-9-]*)((?:;[^:;]*)*):(.*)$/s;

export function parseProperty(line: string): VProperty | null {
  const m = PROPERTY_LINE.exec(line);
  if (!m) return null;
  const params = m[2] ? m[2].slice(1).split(';').map((p) => p.trim().toUpperCase()) : [];
  return { name: m[1]!.toUpperCase(), params, value: m[3]! };
}

export function isQuotedPrintable(property: VProperty): boolean {
  return property.params.some((p) => p === 'QUOTED-PRINTABLE' || p === 'ENCODING=QUOTED-PRINTABLE');
}

/** The CHARSET parameter, when present and known to iconv-lite. */
function charsetOf(property: VProperty): string | undefined {
  const param = property.params.find((p) => p.startsWith('CHARSET='));
  const charset = param?.slice('CHARSET='.length).replace(/^"|"$/g, '');
  return charset && iconv.encodingExists(charset) ? charset : undefined;
}

/**
 * The text of a property: quoted-printable values are decoded in their CHARSET (the file's when it
 * names none or one iconv-lite does not know); plain values were already decoded with the file.
 * `value` is the joined lines of a soft-broken value.
 */
export function propertyText(property: VProperty, value: string, defaultCharset: string): string {
  if (!isQuotedPrintable(property)) return value;
  return decodeQuotedPrintable(value, charsetOf(property) ?? defaultCharset);
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A display name from the structured N (`Family;Given;Middle;Prefix;Suffix`): Chinese names are
 * written family name first with no space (张;伟 → 张伟), others given name first.
 */
export function nameFromN(value: string): string | null {
  const [family = '', given = '', middle = ''] = value.split(';').map((p) => p.trim());
  const parts = [family, given, middle].filter((p) => p !== '');
  if (parts.length === 0) return null;
  if (parts.some((p) => CJK.test(p))) return parts.join('');
  return [given, middle, family].filter((p) => p !== '').join(' ');
}
