// SPDX-License-Identifier: MIT
// Formats whose columns the user confirms before importing, with the function that guesses them.
import type { ByteSource } from '../import/records';
import type { CsvPreview } from '../model/csv-mapping';
import type { ImportFormat } from '../model/source';
import { previewCsv } from './csv-export';
import { previewJson } from './json-export';

export const TABLE_PREVIEWERS: Partial<Record<ImportFormat, (source: ByteSource) => Promise<CsvPreview>>> = {
  csv: previewCsv,
  json: previewJson,
};
