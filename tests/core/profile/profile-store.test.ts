// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LeaklineError } from '../../../src-main/core/errors';
import { loadProfile, saveProfile } from '../../../src-main/core/profile/profile-store';
import { ProfileInputError } from '../../../src-main/core/profile/profile-input-error';
import { memoryDb } from '../../support/records';

const demoText = readFileSync(resolve(__dirname, '../../../resources/demo/demo-profile.json'), 'utf8');

describe('profile store', () => {
  it('loads an empty profile before one is saved', () => {
    expect(loadProfile(memoryDb())).toEqual({});
  });

  it('round-trips the demo profile', () => {
    const db = memoryDb();
    saveProfile(db, JSON.parse(demoText));
    expect(loadProfile(db)).toEqual(JSON.parse(demoText));
  });

  it('stores canonical, normalised JSON under the profile key', () => {
    const db = memoryDb();
    saveProfile(db, { phones: ['+86 139 1234 5678'], name: '林晓峰', bank_cards: ['6214 8360 2571 8848'] });
    const rows = db.prepare('SELECT key, value FROM profile').all();
    expect(rows).toEqual([{ key: 'profile', value: '{"bank_cards":["6214836025718848"],"name":"林晓峰","phones":["13912345678"]}' }]);
  });

  it('replaces the previous profile', () => {
    const db = memoryDb();
    saveProfile(db, { name: '林晓峰' });
    saveProfile(db, { name: '林晓雨' });
    expect(loadProfile(db)).toEqual({ name: '林晓雨' });
  });

  it('refuses to save a card that fails Luhn, naming the field', () => {
    const db = memoryDb();
    expect(() => saveProfile(db, { bank_cards: ['6214836025718848', '6214836025718849'] })).toThrow(/bank_cards\.1/);
    expect(loadProfile(db)).toEqual({});
  });

  it('refuses to save a value of the wrong shape', () => {
    expect(() => saveProfile(memoryDb(), { name: '' })).toThrow(ProfileInputError);
  });

  it('throws a LeaklineError for damaged stored data', () => {
    const db = memoryDb();
    db.prepare("INSERT INTO profile (key, value) VALUES ('profile', ?)").run('{"name": ');
    expect(() => loadProfile(db)).toThrow(LeaklineError);
    db.prepare("UPDATE profile SET value = ? WHERE key = 'profile'").run('{"phones": "13912345678"}');
    let error: unknown;
    try {
      loadProfile(db);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LeaklineError);
    expect((error as LeaklineError).code).toBe('DB_ERROR');
    expect((error as LeaklineError).message).toContain('phones');
  });
});
