// SPDX-License-Identifier: MIT
// The catalogue key naming each import format; the template type fails to compile if a format the
// contract adds has no name in the catalogue.
import type { ImportFormat } from '../../src-main/ipc/contract';
import type { MessageKey } from './translate';

export function formatNameKey(format: ImportFormat): MessageKey {
  const key: `format.${ImportFormat}` & MessageKey = `format.${format}`;
  return key;
}
