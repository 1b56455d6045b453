// SPDX-License-Identifier: MIT
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { ContactBook, contactKey, displayName } from '../../../src-main/core/importers/apple-contacts';


describe('contactKey', () => {
  it('gives one key for the ways a Chinese number is written', () => {
    const keys = ['+8613800138000', '+86 138-0013-8000', '8613800138000', '008613800138000', '138 0013 8000'].map(contactKey);
    expect(new Set(keys)).toEqual(new Set(['13800138000']));
    expect(contactKey('+86 21 1234 5678')).toBe(contactKey('021-12345678'));
  });

  it('matches an international number with or without its plus sign', () => {
    expect(contactKey('+44 7775 455555')).toBe(contactKey('447775455555'));
  });

  it('lowercases emails and has no key for hidden numbers', () => {
    expect(contactKey('Li.Na@QQ.com')).toBe('li.na@qq.com');
    expect(contactKey('')).toBeNull();
    expect(contactKey('-2')).toBeNull();
  });
});

describe('displayName', () => {
  it('writes Chinese names family name first without a space, others first name first', () => {
    expect(displayName('伟', '张', null)).toBe('张伟');
    expect(displayName('John', 'Smith', 'ACME')).toBe('John Smith');
    expect(displayName(null, 'Smith', null)).toBe('Smith');
    expect(displayName(' ', null, '中国移动')).toBe('中国移动');
    expect(displayName(null, null, null)).toBeNull();
  });
});

describe('ContactBook.read', () => {
  it('gives an empty book for a database without address-book tables', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE other (x)');
    expect(ContactBook.read(db, 'AddressBook.sqlitedb').size).toBe(0);
    db.close();
  });

  it('reads numbers and emails, skipping other properties', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE ABPerson (ROWID INTEGER PRIMARY KEY, First TEXT, Last TEXT, Organization TEXT);
             CREATE TABLE ABMultiValue (UID INTEGER PRIMARY KEY, record_id INTEGER, property INTEGER, value TEXT);
             INSERT INTO ABPerson VALUES (1, '娜', '李', NULL), (2, NULL, NULL, NULL);
             INSERT INTO ABMultiValue (record_id, property, value) VALUES
               (1, 3, '+86 139 0013 9000'), (1, 4, 'LI.NA@qq.com'), (1, 5, 'https://example.cn'), (2, 3, '13700137000');`);
    const book = ContactBook.read(db, 'AddressBook.sqlitedb');
    expect(book.lookup('13900139000')).toBe('李娜');
    expect(book.lookup('li.na@qq.com')).toBe('李娜');
    expect(book.lookup('https://example.cn')).toBeNull();
    expect(book.lookup('13700137000')).toBeNull();
    expect(book.size).toBe(2);
    db.close();
  });
});
