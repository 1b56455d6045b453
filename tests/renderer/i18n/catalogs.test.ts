// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src-main/core/errors';
import { CategorySource, CATEGORIES, CsvField, ImportFormat, MatchKind, MessageBox, PII_TYPES, SenderKind } from '../../../src-main/ipc/contract';
import { MAPPED_FIELDS } from '../../../src-renderer/state/csv-mapping-check';
import { en } from '../../../src-renderer/i18n/en';
import { catalogs, errorKey, isMessageKey, translate } from '../../../src-renderer/i18n/translate';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('string catalogues', () => {
  it('have exactly the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have no empty strings', () => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      for (const [key, text] of Object.entries(catalog)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same {parameters} in both languages', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('name every kind of sender number', () => {
    for (const kind of SenderKind.options) expect(isMessageKey(`kind.${kind}`), kind).toBe(true);
  });

  it('name every message box', () => {
    for (const box of MessageBox.options) expect(isMessageKey(`box.${box}`), box).toBe(true);
  });

  it('name every import format', () => {
    for (const format of ImportFormat.options) expect(isMessageKey(`format.${format}`), format).toBe(true);
  });

  it('name every column field the mapping panel offers', () => {
    for (const field of MAPPED_FIELDS) {
      expect(CsvField.options).toContain(field);
      expect(isMessageKey(`csv.field.${field}`), field).toBe(true);
    }
  });

  it('name every category, category source, kind of personal detail and match kind', () => {
    for (const category of CATEGORIES) expect(isMessageKey(`category.${category}`), category).toBe(true);
    for (const source of CategorySource.options) expect(isMessageKey(`categorySource.${source}`), source).toBe(true);
    for (const type of PII_TYPES) expect(isMessageKey(`pii.${type}`), type).toBe(true);
    for (const kind of MatchKind.options) expect(isMessageKey(`matchKind.${kind}`), kind).toBe(true);
  });

  it('explain every error code the main side can send', () => {
    for (const code of ERROR_CODES) expect(errorKey(code), code).toBe(`error.${code}`);
  });
});

describe('translate', () => {
  it('fills named parameters', () => {
    expect(translate('zh-CN', 'import.file', { index: 2, count: 3, name: 'a.xml' })).toBe('文件 2/3：a.xml');
    expect(translate('en', 'filter.count', { count: 42 })).toBe('42 messages');
  });

  it('leaves a placeholder without a value visible rather than inventing one', () => {
    expect(translate('en', 'filter.count', {})).toBe('{count} messages');
  });

  it('falls back to a generic text for an error code it does not know', () => {
    expect(errorKey('SOMETHING_NEW')).toBe('error.unknown');
    expect(translate('en', errorKey('SOMETHING_NEW'), { code: 'SOMETHING_NEW' })).toBe('Unknown error (SOMETHING_NEW).');
  });
});
