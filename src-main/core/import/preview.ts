// SPDX-License-Identifier: MIT
// What a path is, before importing it: the app shows this (and, for CSV/JSON, the column guess to
// confirm) so the user knows what will happen to each file.
import { resolve } from 'node:path';
import type { CsvPreview } from '../model/csv-mapping';
import type { ImportFormat } from '../model/source';
import { fileSource } from './byte-source';
import { importUnits } from './import-units';
import { TABLE_PREVIEWERS } from '../importers/table-previewers';

export interface PathPreview {
  path: string;
  format: ImportFormat;
  csv: CsvPreview | null;
}

export async function previewPath(path: string, format?: ImportFormat): Promise<PathPreview> {
  const absolute = resolve(path);
  const { units, close } = await importUnits(absolute, format);
  try {
    const first = units[0]!;
    const previewer = TABLE_PREVIEWERS[first.format];
    const csv = previewer && first.name === absolute ? await previewer(fileSource(absolute)) : null;
    return { path: absolute, format: first.format, csv };
  } finally {
    close();
  }
}
