// SPDX-License-Identifier: MIT
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportHandlers } from '../../src-main/ipc/report-handlers';
import { parseProfileFile, saveProfile } from '../../src-main/core/profile/profile-store';
import { createTestContext, type TestContext, type TestContextOptions } from '../support/handler-context';

const PROFILE = readFileSync(resolve(__dirname, '../../resources/demo/demo-profile.json'), 'utf8');
let t: TestContext | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function analysedDemo(options: TestContextOptions = {}): Promise<TestContext> {
  t = createTestContext(options);
  await t.finished(t.ctx.jobs.start('demo', t.ctx.demoPaths));
  saveProfile(t.ctx.db, parseProfileFile(PROFILE));
  await t.finished(t.ctx.jobs.start('analyze', []));
  return t;
}

const exportReport = (ctx: TestContext['ctx'], format: 'html' | 'pdf' | 'csv' | 'jsonl', reveal = false, lang: 'zh' | 'en' = 'zh') =>
  reportHandlers['report:export']({ format, reveal, lang }, ctx);

describe('the Export button (report:export)', { timeout: 120_000 }, () => {
  it('saves the HTML report where the save dialog answered, named for the day', async () => {
    const { ctx, dir } = await analysedDemo();
    const { path } = await exportReport(ctx, 'html');
    expect(path).toMatch(new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/leakline-report-\\d{4}-\\d\\d-\\d\\d\\.html$`));
    const html = readFileSync(path!, 'utf8');
    expect(html).toContain('<section id="cited">');
    expect(html).not.toContain('32010619900517283X');
    expect(html).toContain('Leakline 0.0.0-test');
  });

  it('writes the report in the language the page asks for', async () => {
    const { ctx } = await analysedDemo();
    const zh = readFileSync((await exportReport(ctx, 'html'))!.path!, 'utf8');
    const en = readFileSync((await exportReport(ctx, 'html', false, 'en'))!.path!, 'utf8');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('What to do next');
  });

  it('prints the PDF with the host\'s printer', async () => {
    const { ctx } = await analysedDemo();
    const { path } = await exportReport(ctx, 'pdf');
    expect(readFileSync(path!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('writes nothing and answers null when the user cancels the dialog', async () => {
    let printed = false;
    const { ctx } = await analysedDemo({ chooseSavePath: async () => null });
    ctx.printPdf = async () => {
      printed = true;
      return Buffer.from('%PDF-');
    };
    expect(await exportReport(ctx, 'pdf')).toEqual({ path: null });
    expect(printed).toBe(false);
  });

  it('replaces a file the dialog confirmed overwriting', async () => {
    const { ctx, dir } = await analysedDemo({ chooseSavePath: async () => join(t!.dir, 'chosen.jsonl') });
    await exportReport(ctx, 'csv');
    const { path } = await exportReport(ctx, 'jsonl', true);
    expect(path).toBe(join(dir, 'chosen.jsonl'));
    const first = JSON.parse(readFileSync(path!, 'utf8').split('\n')[0]!);
    expect(first).toHaveProperty('timestamp_desc');
  });
});
