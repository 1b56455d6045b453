// SPDX-License-Identifier: MIT
// Contact names from an iPhone's address book (Library/AddressBook/AddressBook.sqlitedb in a
// backup): ABPerson holds the names, ABMultiValue the numbers (property 3) and emails (property 4)
// of each person. sms.db keeps only addresses, so this is where a backup's names come from.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ImportInputError } from '../errors';
import { normalizeAddress } from '../senders/normalize-address';
import { TableColumns } from './sqlite-columns';
import { nonEmptyText } from './sqlite-values';

const PROPERTY_PHONE = 3;
const PROPERTY_EMAIL = 4;
const HAN = /\p{Script=Han}/u;

/**
 * One key per address however it was typed: the sender normaliser's form (it drops spaces and
 * dashes, +86 / 0086 / 86 before a Chinese number, lowercases emails), without a leading `+`, so
 * that `+44 7775 455555` in the address book meets `447775455555` in sms.db.
 */
export function contactKey(address: string): string | null {
  const { address: normalized, kind } = normalizeAddress(address);
  if (kind === 'unknown' && normalized === 'unknown') return null;
  return normalized.startsWith('+') ? normalized.slice(1) : normalized;
}

/** Chinese names are family name first without a space (张伟); others "First Last". */
export function displayName(first: string | null, last: string | null, organization: string | null): string | null {
  const given = first?.trim() ?? '';
  const family = last?.trim() ?? '';
  const name = HAN.test(given + family) ? `${family}${given}` : `${given} ${family}`.trim();
  return name || organization?.trim() || null;
}

export class ContactBook {
  static readonly EMPTY = new ContactBook(new Map());

  private constructor(private readonly names: ReadonlyMap<string, string>) {}

  get size(): number {
    return this.names.size;
  }

  lookup(address: string): string | null {
    const key = contactKey(address);
    return key === null ? null : (this.names.get(key) ?? null);
  }

  /**
   * Reads an AddressBook database. One without the ABPerson/ABMultiValue tables gives an empty
   * book; a damaged one is reported as MALFORMED_INPUT naming `file`.
   */
  static read(db: Database, file: string): ContactBook {
    try {
      const person = TableColumns.read(db, 'ABPerson');
      const values = TableColumns.read(db, 'ABMultiValue');
      if (person === null || values === null || !values.has('record_id') || !values.has('property') || !values.has('value')) {
        return ContactBook.EMPTY;
      }
      const rows = db
        .prepare(
          `SELECT ${person.selectList(['First', 'Last', 'Organization'], 'p')}, v.value AS value
           FROM ABMultiValue v JOIN ABPerson p ON p.ROWID = v.record_id
           WHERE v.property IN (${PROPERTY_PHONE}, ${PROPERTY_EMAIL})
           ORDER BY p.ROWID, v.ROWID`,
        )
        .iterate() as IterableIterator<Record<'First' | 'Last' | 'Organization' | 'value', unknown>>;
      const names = new Map<string, string>();
      for (const row of rows) {
        const name = displayName(nonEmptyText(row.First), nonEmptyText(row.Last), nonEmptyText(row.Organization));
        const value = nonEmptyText(row.value);
        if (name === null || value === null) continue;
        const key = contactKey(value);
        // The first person listed keeps a number two cards share.
        if (key !== null && !names.has(key)) names.set(key, name);
      }
      return new ContactBook(names);
    } catch (err) {
      const code = (err as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && code.startsWith('SQLITE_')) {
        throw new ImportInputError('MALFORMED_INPUT', file, `the address book cannot be read (${(err as Error).message})`, null, {
          cause: err,
        });
      }
      throw err;
    }
  }
}
