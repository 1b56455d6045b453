// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { KeyStoreProblem } from '../../src-main/app/key-store';
import { databaseProblemText, dialogLanguage, keyStoreProblemText } from '../../src-main/app/startup-messages';

const HAN = /\p{Script=Han}/u;
const problems: KeyStoreProblem[] = [
  { kind: 'unavailable' },
  { kind: 'weak-backend', backend: 'basic_text' },
  { kind: 'key-missing', keyFile: '/home/u/.config/Leakline/db.key' },
  { kind: 'key-unreadable', keyFile: '/home/u/.config/Leakline/db.key', reason: 'Error while decrypting' },
];

describe('startup dialog texts', () => {
  it('speaks Chinese to every zh locale and English to the rest', () => {
    expect(dialogLanguage('zh-CN')).toBe('zh');
    expect(dialogLanguage('zh-TW')).toBe('zh');
    expect(dialogLanguage('en-US')).toBe('en');
    expect(dialogLanguage('ja')).toBe('en');
  });

  it.each(problems)('explains $kind in both languages', (problem) => {
    const zh = keyStoreProblemText(problem, 'zh');
    const en = keyStoreProblemText(problem, 'en');
    expect(zh.message + zh.detail).toMatch(HAN);
    expect(en.message + en.detail).not.toMatch(HAN);
    expect(en.detail.length).toBeGreaterThan(40);
  });

  it('names the weak Linux backend and how to get a real one', () => {
    const text = keyStoreProblemText({ kind: 'weak-backend', backend: 'basic_text' }, 'en');
    expect(text.detail).toContain('basic_text');
    expect(text.detail).toMatch(/gnome-keyring|KWallet/);
  });

  it('names the missing key file so the user can restore it', () => {
    const text = keyStoreProblemText(problems[2]!, 'zh');
    expect(text.detail).toContain('/home/u/.config/Leakline/db.key');
  });

  it('tells a database from a newer version apart from a wrong key', () => {
    expect(databaseProblemText('DB_FROM_FUTURE', 'x', 'en').message).toMatch(/newer/);
    expect(databaseProblemText('DB_WRONG_KEY', 'x', 'en').message).toMatch(/key/);
    expect(databaseProblemText('DB_ERROR', 'disk I/O error', 'en').detail).toBe('disk I/O error');
  });
});
