// SPDX-License-Identifier: MIT
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const LINES = [
  { id: 'a', text: '【招商银行】您尾号8848的信用卡本期账单已出，应还款金额2,350.00元，最后还款日10月18日。', sender: '95555' },
  { id: 'b', text: '【淘宝】验证码 382910，用于登录验证，5分钟内有效，请勿泄露给他人。', sender: '1069070555' },
  { id: 'c', text: '林晓峰你好，你在我平台的借款已逾期35天，欠款3520元，今天18点前不处理就上门并通知你全部通讯录联系人', sender: '13700001111' },
  { id: 7, text: '晚上回来吃饭吗？' },
];

describe('leakline classify --jsonl', { timeout: 60_000 }, () => {
  it('answers one line per input line, in order, in the documented shape', () => {
    const r = runCli(['classify', '--jsonl'], {}, LINES.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 7]);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['id', 'category', 'risk', 'signals', 'pii']);
      expect(o.risk).toBeGreaterThanOrEqual(0);
      expect(o.risk).toBeLessThanOrEqual(1);
      for (const s of o.signals) expect(Object.keys(s)).toEqual(['code', 'label', 'start', 'end']);
      for (const p of o.pii) expect(Object.keys(p)).toEqual(['type', 'value', 'start', 'end', 'score']);
    }
    expect(out.map((o) => o.category)).toEqual(['notice', 'verification_code', 'debt_collection', 'personal']);
    expect(out[2].risk).toBeGreaterThan(out[0].risk);
    const threat = out[2].signals.find((s: { code: string }) => s.code === 'threat_expose_contacts');
    expect(LINES[2]!.text.slice(threat.start, threat.end)).toMatch(/通讯录|通知你/);
    expect(threat.label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('labels signals in English with --lang en', () => {
    const r = runCli(['classify', '--jsonl', '--lang', 'en'], {}, JSON.stringify(LINES[2]) + '\n');
    const out = JSON.parse(r.stdout);
    expect(out.signals.length).toBeGreaterThan(0);
    for (const s of out.signals) expect(s.label).toMatch(/^[\x20-\x7e’]+$/);
  });

  it('answers a bad line with an error in its place, keeps going, and exits 1', () => {
    const input = [JSON.stringify(LINES[0]), '{not json', JSON.stringify({ id: 'x' }), JSON.stringify(LINES[3])].join('\n');
    const r = runCli(['classify', '--jsonl'], {}, input);
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[1]).toEqual({ id: null, error: expect.stringMatching(/^line 2: not JSON/) });
    expect(out[2]).toEqual({ id: 'x', error: expect.stringMatching(/^line 3: text/) });
    expect(out[3].category).toBe('personal');
    expect(r.stderr).toMatch(/2 input line\(s\) were not valid/);
  });

  it('streams a hundred thousand lines', () => {
    const one = LINES.map((l) => JSON.stringify({ ...l, id: 0 }));
    const input = Array.from({ length: 100_000 }, (_, i) => one[i % one.length]!.replace('"id":0', `"id":${i}`)).join('\n');
    const r = runCli(['classify', '--jsonl'], {}, input);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(100_000);
    expect(JSON.parse(lines[99_999]!).id).toBe(99_999);
  });

  it('adds the profile items a message mentions with --profile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leakline-classify-'));
    try {
      const profile = resolve(__dirname, '../../resources/demo/demo-profile.json');
      const r = runCli(['classify', '--jsonl', '--profile', profile], {}, JSON.stringify(LINES[2]) + '\n');
      const out = JSON.parse(r.stdout);
      expect(out.mentions).toContainEqual(expect.objectContaining({ itemKey: 'name', matchKind: 'exact', value: '林晓峰' }));
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"id_number": "320106199005172831"}');
      const refused = runCli(['classify', '--jsonl', '--profile', bad], {}, JSON.stringify(LINES[2]) + '\n');
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/^leakline: .*id_number/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
