// SPDX-License-Identifier: MIT
// Logs never hold message text or profile values. A full CLI session (the demo, the profile,
// analysis, timeline, report) runs as a person would run it, in a working folder and with a HOME,
// config folder and TMPDIR of its own; everything it prints to stdout and stderr (bar the --json
// and --reveal output that exists to show the data) and every file it leaves behind (bar the
// report it was asked for) is searched for the demo profile's values and demo message texts.
// Failures are part of the session: their one stderr line must not quote the data either.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../..');
const BIN = join(REPO, 'src-main/cli/leakline.mjs');
const PROFILE = join(REPO, 'resources/demo/demo-profile.json');

const PROFILE_VALUES = [
  '林晓峰',
  '32010619900517283X',
  '13912345678',
  '6214836025718848',
  '林建国',
  '王秀兰',
  '林晓雨',
  '周明',
  '南京市鼓楼区中山路100号',
  '南京某某贸易有限公司',
];
// Whole demo texts, and pieces of them no summary line would have a reason to print.
const MESSAGE_TEXTS = [
  '林晓峰先生（身份证尾号283X），您在速借宝的借款已逾期43天，欠款¥3,280.50，绑定还款卡6214********8848多次扣款失败。今日不处理将再次上报征信，影响您及家人贷款、出行。回电0755-86302217。',
  '我知道了，最近家里有人住院手头紧，下个月发工资一定还。',
  '【顺丰速运】林先生您好，您的快件因收件地址“南京市鼓楼区中山路100号”门牌信息不全无法派送，请于24小时内点击 sf-kdcx.top/u 更新地址，逾期将退回。',
  '【招商银行】您账户8848于12月12日20:30代扣“青禾消费金融”还款人民币3280.50元未成功，原因：余额不足。',
  '家里有人住院',
  'sjb-hk.top/r/4Num4',
  '绑定还款卡',
  '门牌信息不全',
];

let root: string;
let work: string;
let env: Record<string, string>;
const printed: { command: string; stream: string; text: string }[] = [];

function leakline(args: string[], record = true): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (record) {
    printed.push({ command: args.join(' '), stream: 'stdout', text: r.stdout }, { command: args.join(' '), stream: 'stderr', text: r.stderr });
  }
  return r;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The needles found in a text: whole values, and any six characters in a row of a profile value. */
function leaksIn(text: string): string[] {
  const found = [...PROFILE_VALUES, ...MESSAGE_TEXTS].filter((needle) => text.includes(needle));
  for (const value of PROFILE_VALUES) {
    const chars = Array.from(value);
    for (let i = 0; i + 6 <= chars.length; i++) {
      const piece = chars.slice(i, i + 6).join('');
      if (text.includes(piece)) found.push(`${piece} (of ${value})`);
    }
  }
  return [...new Set(found)];
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'leakline-log-privacy-'));
  work = join(root, 'work');
  env = {
    PATH: process.env.PATH ?? '',
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'config'),
    TMPDIR: join(root, 'tmp'),
    LEAKLINE_DB: join(root, 'data', 'leakline.db'),
    LEAKLINE_PASSPHRASE: 'log test',
  };
  for (const d of [work, env.HOME!, env.XDG_CONFIG_HOME!, env.TMPDIR!]) mkdirSync(d, { recursive: true });
  const session = [
    ['demo'],
    ['profile', 'set', '--file', PROFILE],
    ['analyze'],
    ['timeline'],
    ['report', '--out', join(work, 'x.html')],
    ['profile', 'show'],
    ['sources'],
    ['stats'],
  ];
  for (const args of session) expect(leakline(args).status, args.join(' ')).toBe(0);

  // Failures with the data in reach: a profile file that is not JSON, or names a value wrongly;
  // a backup cut off in a message that holds the user's details; a wrong passphrase.
  writeFileSync(join(work, 'broken.json'), '{"name": 林晓峰, "id_number": "32010619900517283X"}');
  writeFileSync(join(work, 'trailing.json'), '{"name": "林晓峰", "id_number": "32010619900517283X",\n}');
  writeFileSync(join(work, 'wrong.json'), '{"name": "林晓峰", "bank_cards": ["6214836025718847"]}');
  writeFileSync(
    join(work, 'cut.xml'),
    `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="2">\n  <sms protocol="0" address="13900001111" date="1744780152000" type="1" body="林晓峰，身份证32010619900517283X，住南京市鼓楼区中山路100号`,
  );
  expect(leakline(['profile', 'set', '--file', join(work, 'broken.json')]).status).toBe(1);
  expect(leakline(['profile', 'set', '--file', join(work, 'trailing.json')]).status).toBe(1);
  expect(leakline(['profile', 'set', '--file', join(work, 'wrong.json')]).status).toBe(1);
  expect(leakline(['import', join(work, 'cut.xml')]).status).toBe(1);
  // A CSV export without a header row, and a column named that is not there.
  writeFileSync(join(work, 'no-header.csv'), '13900001111,2025-04-16 13:09:12,林晓峰您好，您名下身份证32010619900517283X的借款已逾期\n13900001111,2025-04-17 09:00:00,请回电\n');
  expect(leakline(['import', join(work, 'no-header.csv'), '--csv-body', '内容']).status).toBe(1);
  const wrongKey = { ...env, LEAKLINE_PASSPHRASE: 'guess' };
  const r = spawnSync(process.execPath, [BIN, 'timeline'], { cwd: work, env: wrongKey, encoding: 'utf8' });
  printed.push({ command: 'timeline (wrong passphrase)', stream: 'stderr', text: r.stderr });
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a CLI session', { timeout: 60_000 }, () => {
  it('printed what it was asked for (so the searches below look at real output)', () => {
    const all = printed.map((p) => p.text).join('\n');
    expect(all).toMatch(/messages added: 3087/);
    expect(all).toMatch(/profile saved \(10 item\(s\)\)/);
    expect(all).toMatch(/first knowledge \(\d+\)/);
    expect(all).toMatch(/report written: /);
    expect(all).toMatch(/林\*峰/);
    expect(all).toMatch(/leakline: .*broken\.json is not valid JSON\n/);
    expect(all).toMatch(/leakline: .*trailing\.json is not valid JSON \(line 2, column 1\)/);
    expect(all).toMatch(/leakline: .*bank_cards\.0/);
    expect(all).toMatch(/leakline: .*cut\.xml/);
    expect(all).toMatch(/leakline: .*no-header\.csv: no column "内容" for body; the first row \(3 columns\) does not look like a header row/);
    expect(all).toMatch(/leakline: .*wrong passphrase/);
  });

  it('never printed a profile value or a message text to stdout or stderr', () => {
    const leaks = printed.flatMap((p) => leaksIn(p.text).map((l) => `${p.command} (${p.stream}): ${l}`));
    expect(leaks).toEqual([]);
  });

  it('left no file with a profile value or a message text, but the report it was asked for', () => {
    const left = [work, env.HOME!, env.XDG_CONFIG_HOME!, env.TMPDIR!, join(root, 'data')]
      .flatMap(filesUnder)
      // tsx's compile cache holds Leakline's own source (whose comments name the demo's people).
      .filter((f) => !relative(env.TMPDIR!, f).startsWith('tsx-'))
      .filter((f) => f !== join(work, 'x.html'))
      .filter((f) => !['broken.json', 'trailing.json', 'wrong.json', 'cut.xml', 'no-header.csv'].includes(relative(work, f)));
    // The database is there, encrypted: its bytes hold no plaintext either.
    expect(left.map((f) => relative(root, f))).toContain(join('data', 'leakline.db'));
    const leaks = left.flatMap((f) => leaksIn(readFileSync(f).toString('utf8')).map((l) => `${relative(root, f)}: ${l}`));
    expect(leaks).toEqual([]);
    // Besides the database the session wrote nothing: no log file, no cache, no leftover temp folder.
    expect(left.map((f) => relative(root, f)).filter((f) => !f.startsWith(join('data', 'leakline.db')))).toEqual([]);
  });
});
