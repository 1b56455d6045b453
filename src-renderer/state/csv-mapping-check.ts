// SPDX-License-Identifier: MIT
// The column mapping the user confirms before a CSV/JSON import: which fields the page lets them
// set, which of those an import cannot do without, and whether the current choice is usable.
import type { CsvField, CsvMapping, CsvPreview } from '../../src-main/ipc/contract';

/** The fields the mapping panel offers a select for, in the order it shows them. */
export const MAPPED_FIELDS = ['address', 'body', 'time', 'direction', 'type', 'contactName'] as const satisfies readonly CsvField[];
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Without these a row is no message; the contract types them as non-null strings for that reason. */
export const REQUIRED_FIELDS = ['address', 'body', 'time'] as const satisfies readonly MappedField[];
type RequiredField = (typeof REQUIRED_FIELDS)[number];

export function isRequired(field: MappedField): field is RequiredField {
  return (REQUIRED_FIELDS as readonly MappedField[]).includes(field);
}

/** The column chosen for a field, or null when none is. */
export function columnOf(mapping: CsvMapping, field: MappedField): string | null {
  const column = mapping.columns[field];
  return column === null || column === '' ? null : column;
}

/**
 * The guess as the panel starts from it: a field the inference reported missing, or placed on a
 * column the file does not have, starts unset, so that the user sees the gap instead of a guess.
 */
export function initialMapping(preview: CsvPreview): CsvMapping {
  const headers = new Set(preview.headers);
  const missing = new Set<CsvField>(preview.missing);
  let mapping = preview.mapping;
  for (const field of MAPPED_FIELDS) {
    const column = columnOf(mapping, field);
    if (missing.has(field) || (column !== null && !headers.has(column))) mapping = withColumn(mapping, field, null);
  }
  return mapping;
}

/** The mapping with one field moved to another column (null: no column). */
export function withColumn(mapping: CsvMapping, field: MappedField, column: string | null): CsvMapping {
  const value = column === '' ? null : column;
  const columns = isRequired(field)
    ? { ...mapping.columns, [field]: value ?? '' }
    : { ...mapping.columns, [field]: value };
  return { ...mapping, columns };
}

export interface MappingProblems {
  /** Required fields with no column (or one the file does not have). */
  missing: RequiredField[];
  /** Columns chosen for more than one field: one column cannot be both the number and the text. */
  shared: string[];
}

export function mappingProblems(mapping: CsvMapping, headers: readonly string[]): MappingProblems {
  const known = new Set(headers);
  const missing = REQUIRED_FIELDS.filter((field) => {
    const column = columnOf(mapping, field);
    return column === null || !known.has(column);
  });
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const field of MAPPED_FIELDS) {
    const column = columnOf(mapping, field);
    if (column === null) continue;
    if (seen.has(column)) shared.add(column);
    seen.add(column);
  }
  return { missing, shared: [...shared] };
}

export function isMappingUsable(mapping: CsvMapping, headers: readonly string[]): boolean {
  const problems = mappingProblems(mapping, headers);
  return problems.missing.length === 0 && problems.shared.length === 0;
}
