// SPDX-License-Identifier: MIT
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { runCli } from '../support/run-cli';

const PROFILE = resolve(__dirname, '../../resources/demo/demo-profile.json');
let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-cli-report-'));
  env = { LEAKLINE_DB: join(dir, 'cli.db'), LEAKLINE_PASSPHRASE: 'correct horse', TZ: 'Asia/Shanghai' };
  expect(runCli(['demo'], env).status).toBe(0);
  const set = runCli(['profile', 'set', '--file', PROFILE], env);
  expect(set.status, set.stderr).toBe(0);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('leakline report', { timeout: 120_000 }, () => {
  it('writes the masked HTML report of the demo and says where', () => {
    const out = join(dir, 'report.html');
    const r = runCli(['report', '--out', out, '--json'], env);
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ path: out, format: 'html' });
    expect(summary.cited).toBeGreaterThan(20);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(summary.content_hash);
    expect(html).not.toContain('32010619900517283X');
    expect(html).toContain('身份证号 3201**********283X');
  });

  it('gives the same content hash on a second run, and shows the details with --reveal in English', () => {
    const first = JSON.parse(runCli(['report', '--out', join(dir, 'a.html'), '--json'], env).stdout);
    const out = join(dir, 'b.html');
    const second = runCli(['report', '--out', out, '--reveal', '--lang', 'en', '--json'], env);
    expect(second.status, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).content_hash).toBe(first.content_hash);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('32010619900517283X');
  });

  it('writes CSV and Timesketch JSONL chosen by the extension', () => {
    expect(runCli(['report', '--out', join(dir, 'r.csv')], env).status).toBe(0);
    const rows = parse(readFileSync(join(dir, 'r.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.some((row) => row['sender'] === '16521907783')).toBe(true);
    expect(runCli(['report', '--out', join(dir, 'r.jsonl')], env).status).toBe(0);
    const lines = readFileSync(join(dir, 'r.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.every((l) => l.message && l.datetime && l.timestamp_desc)).toBe(true);
  });

  it('prints a PDF through headless Chromium', () => {
    const out = join(dir, 'report.pdf');
    const r = runCli(['report', '--out', out], env);
    expect(r.status, r.stderr).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  it('refuses an unknown extension and a bad language with a clear message', () => {
    const txt = runCli(['report', '--out', join(dir, 'report.txt')], env);
    expect(txt.status).toBe(1);
    expect(txt.stderr).toMatch(/^leakline: .*report\.txt.*\.html, \.pdf, \.csv or \.jsonl/);
    const lang = runCli(['report', '--out', join(dir, 'x.html'), '--lang', 'fr'], env);
    expect(lang.status).toBe(1);
    expect(lang.stderr).toMatch(/zh or en/);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });

  it('does not replace an existing file unless --force', () => {
    const out = join(dir, 'kept.html');
    writeFileSync(out, 'earlier report');
    const refused = runCli(['report', '--out', out], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/exists.*--force/);
    expect(readFileSync(out, 'utf8')).toBe('earlier report');
    expect(runCli(['report', '--out', out, '--force'], env).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});
