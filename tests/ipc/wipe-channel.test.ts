// SPDX-License-Identifier: MIT
// 'data:wipe' through the dispatcher, as the page calls it. The handler removes Leakline's folders
// from os.tmpdir(): this file points TMPDIR at a folder of its own (vitest runs each test file in a
// process of its own), so that other tests' temporary folders are never touched.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../src-main/ipc/dispatch';
import { createTestContext, type TestContext } from '../support/handler-context';

let test: TestContext;
let privateTmp: string;
const realTmp = process.env.TMPDIR;

beforeEach(() => {
  test = createTestContext();
  privateTmp = mkdtempSync(join(tmpdir(), 'leakline-wipe-ipc-'));
  process.env.TMPDIR = privateTmp;
});
afterEach(async () => {
  if (realTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = realTmp;
  await test.close();
  rmSync(privateTmp, { recursive: true, force: true });
});

describe("the 'data:wipe' channel", { timeout: 60_000 }, () => {
  it('refuses a request without the confirmation word and keeps everything', async () => {
    const dispatch = createDispatcher(test.ctx);
    for (const request of [{}, { confirm: 'wipe' }, { confirm: true }, { confirm: 'WIPE', extra: 1 }]) {
      expect(await dispatch('data:wipe', request)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    expect(test.ctx.db.open).toBe(true);
    expect(existsSync(test.ctx.dbPath)).toBe(true);
  });

  it("removes nothing when the host's own question is declined, whatever the page sent", async () => {
    const asked = vi.fn(async () => false);
    test.ctx.confirmWipe = asked;
    const dispatch = createDispatcher(test.ctx);
    expect(await dispatch('data:wipe', { confirm: 'WIPE' })).toMatchObject({ ok: true, data: { removed: [], cancelled: true } });
    expect(asked).toHaveBeenCalledTimes(1);
    expect(test.ctx.db.open).toBe(true);
    expect(existsSync(test.ctx.dbPath)).toBe(true);
  });

  it("stops running jobs, closes the database and leaves no file in its folder; Leakline's temporary folders go too", async () => {
    writeFileSync(join(test.dir, 'db.key'), 'wrapped key');
    const leftover = mkdtempSync(join(privateTmp, 'leakline-'));
    writeFileSync(join(leftover, 'copy-mmssms.db'), 'evidence');
    mkdirSync(join(privateTmp, 'someone-else'));
    const afterWipe = vi.fn();
    test.ctx.afterWipe = afterWipe;
    const dispatch = createDispatcher(test.ctx);
    // An import is running when the user wipes: its worker has the database open too.
    expect(await dispatch('demo:load', {})).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(test.events.some((e) => e.name === 'job:progress')).toBe(true), { timeout: 30_000, interval: 20 });
    expect(test.events.some((e) => e.name === 'job:finished')).toBe(false);
    const wiped = await dispatch('data:wipe', { confirm: 'WIPE' });
    expect(wiped).toMatchObject({ ok: true });
    const { removed } = (wiped as { data: { removed: string[] } }).data;
    expect(removed).toEqual(expect.arrayContaining([test.ctx.dbPath, join(test.dir, 'db.key'), leftover]));
    expect(readdirSync(test.dir)).toEqual([]);
    // (tsx-*: the import worker's compile cache of Leakline's source, not Leakline's data.)
    expect(readdirSync(privateTmp).filter((name) => !name.startsWith('tsx-'))).toEqual(['someone-else']);
    expect(test.ctx.db.open).toBe(false);
    expect(afterWipe).toHaveBeenCalledTimes(1);
  });
});
