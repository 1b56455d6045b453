// SPDX-License-Identifier: MIT
// Measures false hits of the demo profile on public Chinese spam and SMS collections, read in
// place: none of those messages is about 林晓峰, so every mention beyond a weak 林先生 is wrong.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Profile } from '../../../src-main/core/model/profile';
import { compileProfileMatcher } from '../../../src-main/core/profile/profile-matcher';

const EVAL = resolve(__dirname, '../../../../shared/eval');
const demo = Profile.parse(JSON.parse(readFileSync(resolve(__dirname, '../../../resources/demo/demo-profile.json'), 'utf8')));
const matcher = compileProfileMatcher(demo);

function evalLines(): string[] {
  const files = [resolve(EVAL, 'cn_spam_80w/spam.txt')];
  const fbs = resolve(EVAL, 'fbs_sms_cn');
  if (existsSync(fbs)) for (const f of readdirSync(fbs)) if (f.endsWith('.txt') && f !== 'SOURCE.txt') files.push(resolve(fbs, f));
  return files.filter((f) => existsSync(f)).flatMap((f) => readFileSync(f, 'utf8').split('\n'));
}

describe('compileProfileMatcher on unrelated messages', () => {
  it.skipIf(!existsSync(EVAL))('finds almost nothing of the demo profile in public spam collections', () => {
    const lines = evalLines();
    expect(lines.length).toBeGreaterThan(1000);
    let strong = 0;
    for (const line of lines) for (const m of matcher.match(line, [])) if (m.score > 0.3) strong++;
    expect(strong / lines.length).toBeLessThan(0.001);
  });

  it('never throws and every span slices to its value', () => {
    const pieces = fc.constantFrom('林晓峰', '林*峰', '林**', '晓峰', '139****5678', '13912345678', '尾号8848', '银行卡', '身份证', '283X', '父亲', '林*国', '中山路100号', ' ', '-', '*', 'x', '，');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (const m of matcher.match(text, [])) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.value);
        }
      }),
      { numRuns: 500 },
    );
  });
});
