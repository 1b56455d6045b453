// SPDX-License-Identifier: MIT
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const PROFILE = resolve(__dirname, '../../resources/demo/demo-profile.json');
let dir: string;
let env: Record<string, string>;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-cli-analysis-'));
  env = { LEAKLINE_DB: join(dir, 'cli.db'), LEAKLINE_PASSPHRASE: 'correct horse' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('leakline analyze and profile', { timeout: 120_000 }, () => {
  it('analyses the demo, then only what changed', () => {
    expect(runCli(['demo'], env).status).toBe(0);
    const first = runCli(['analyze', '--json'], env);
    expect(first.status, first.stderr).toBe(0);
    const out = JSON.parse(first.stdout);
    expect(out.analysed).toBe(out.messages);
    expect(out.summary.categories.debt_collection).toBeGreaterThan(0);
    expect(out.summary.categories.verification_code).toBeGreaterThan(0);
    expect(out.summary.stale).toBe(0);
    expect(JSON.parse(runCli(['analyze', '--json'], env).stdout).analysed).toBe(0);
  });

  it('sets the profile from a file, shows it back, and re-matches the messages', () => {
    runCli(['demo'], env);
    runCli(['analyze'], env);
    const set = runCli(['profile', 'set', '--file', PROFILE, '--json'], env);
    expect(set.status, set.stderr).toBe(0);
    const result = JSON.parse(set.stdout);
    expect(result.items).toBe(10);
    expect(result.analysed).toBeGreaterThan(3000);
    const shown = runCli(['profile', 'show', '--json'], env);
    expect(JSON.parse(shown.stdout)).toEqual(JSON.parse(readFileSync(PROFILE, 'utf8')));
    const masked = runCli(['profile', 'show'], env).stdout;
    expect(masked).not.toContain('32010619900517283X');
    expect(masked).not.toContain('林晓峰');
    expect(runCli(['profile', 'show', '--reveal'], env).stdout).toContain('32010619900517283X');
  });

  it('refuses a bad profile file with a clear message and keeps the stored profile', () => {
    runCli(['profile', 'set', '--file', PROFILE], env);
    for (const [content, message] of [
      ['{"name": "林晓峰",', /JSON/],
      ['{"phones": "13912345678"}', /phones/],
      ['{"bank_cards": ["6214836025718847"]}', /bank_cards/],
      ['{"nickname": "峰"}', /nickname/],
    ] as const) {
      const file = join(dir, 'bad.json');
      writeFileSync(file, content);
      const r = runCli(['profile', 'set', '--file', file], env);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^leakline: /);
      expect(r.stderr).toMatch(message);
    }
    expect(JSON.parse(runCli(['profile', 'show', '--json'], env).stdout).name).toBe('林晓峰');
  });
});
