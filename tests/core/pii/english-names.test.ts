// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findEnglishNames, findEnglishTitledNames } from '../../../src-main/core/pii/english-names';

function run(text: string): Array<[string, string]> {
  const out: PiiFinding[] = [];
  findEnglishNames(text, out);
  findEnglishTitledNames(text, out);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.value);
  return out.map((f) => [f.type, f.value]);
}

describe('English names', () => {
  it('reads full and first names after greetings', () => {
    expect(run('Dear John Smith, your loan is overdue')).toEqual([['name', 'John Smith']]);
    expect(run('Hi John, are you free tonight?')).toEqual([['name', 'John']]);
  });

  it('scores a lone first name after Hi lower than a full name after Dear', () => {
    const out: PiiFinding[] = [];
    findEnglishNames('Dear John Smith', out);
    findEnglishNames('Hi John,', out);
    expect(out[0]!.score).toBeGreaterThan(out[1]!.score);
  });

  it('reads a surname with a title as a masked name', () => {
    expect(run('Mr. Chen, please call us back')).toEqual([['masked_name', 'Mr. Chen']]);
  });

  it('ignores generic greetings', () => {
    expect(run('Dear Customer, your account is locked')).toEqual([]);
    expect(run('Dear Voucher Holder, claim now')).toEqual([]);
    expect(run('You Will Miss Your chance')).toEqual([]);
  });
});
