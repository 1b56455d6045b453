// SPDX-License-Identifier: MIT
// The privacy promise, end to end: the whole CLI pipeline (import of every backup format and of a
// screenshot, profile, demo data, analysis, OCR, timeline, and the report as HTML, PDF through
// headless Chromium, CSV and JSONL) runs in an empty network namespace under strace, and not one
// process or thread of it so much as tries to reach a network address. Unlike the JS-level guard of
// ocr-offline.test.ts this also sees native code: SQLite, sharp, the tesseract.js WASM workers,
// esbuild (run by tsx) and Chromium.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportFormat } from '../../src-main/core/model/source';
import { ciScreenshots } from '../support/ci-screenshots';
import { writeEveryFormatBackups } from '../support/every-format-backups';
import { describeAttempts, offlineHarnessMissing, runOffline, type OfflineRun } from '../support/offline-run';
import { parseNetworkAttempts } from '../support/strace-network-log';

const REPO = resolve(__dirname, '../..');
const BIN = resolve(REPO, 'src-main/cli/leakline.mjs');
const PROFILE = resolve(REPO, 'resources/demo/demo-profile.json');
const CI = process.env['CI'] === 'true';
const missing = offlineHarnessMissing();

let dir: string;
let env: Record<string, string>;
let runs = 0;

function offline(argv: string[]): OfflineRun {
  runs += 1;
  return runOffline(argv, { env, cwd: dir, log: join(dir, `strace-${runs}.log`), timeoutMs: 110_000 });
}

/** Runs one `leakline` command offline; it must succeed and try nothing. */
function leakline(args: string[]): OfflineRun {
  const run = offline([process.execPath, BIN, ...args]);
  expect(run.status, `leakline ${args[0]} failed:\n${run.stderr}`).toBe(0);
  expect(run.attempts, `leakline ${args.join(' ')}: ${describeAttempts(run.attempts)}`).toEqual([]);
  return run;
}

describe('strace network log', () => {
  it('counts connect, sendto and sendmsg to IPv4 and IPv6 addresses, with the address and port', () => {
    const log = [
      '101 connect(19, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("93.184.216.34")}, 16 <unfinished ...>',
      '101 <... connect resumed>)            = -1 ENETUNREACH (Network is unreachable)',
      '102 sendto(20, "\\x12", 33, MSG_NOSIGNAL, {sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH',
      '103 sendmsg(21, {msg_name={sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("10.0.0.1")}, msg_namelen=16}, 0) = -1 ENETUNREACH',
    ].join('\n');
    expect(parseNetworkAttempts(log).map(({ pid, syscall, family, address, port }) => ({ pid, syscall, family, address, port }))).toEqual([
      { pid: 101, syscall: 'connect', family: 'AF_INET', address: '93.184.216.34', port: 80 },
      { pid: 102, syscall: 'sendto', family: 'AF_INET6', address: '2001:db8::1', port: 53 },
      { pid: 103, syscall: 'sendmsg', family: 'AF_INET', address: '10.0.0.1', port: 443 },
    ]);
  });

  it('counts asking a name-resolution daemon over its Unix socket: the daemon would ask the network', () => {
    const log = '301 connect(20, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)';
    expect(parseNetworkAttempts(log)).toMatchObject([{ pid: 301, syscall: 'connect', family: 'AF_UNIX', address: '/var/run/nscd/socket' }]);
  });

  it('lets other Unix-domain and netlink sockets pass: they never leave the machine', () => {
    const log = [
      '201 connect(20, {sa_family=AF_UNIX, sun_path="/tmp/tsx-0/1234.pipe"}, 110) = 0',
      '201 connect(23, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 29) = -1 ENOENT (No such file or directory)',
      '201 bind(21, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 0',
      '201 sendto(21, [{nlmsg_len=20, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP}], 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20',
      '201 sendmsg(22, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="x", iov_len=1}]}, 0) = 1',
    ].join('\n');
    expect(parseNetworkAttempts(log)).toEqual([]);
  });
});

describe.skipIf(missing !== null && !CI)('leakline pipeline in an empty network namespace under strace', { timeout: 120_000 }, () => {
  let backups: string[];
  let screenshot: string;

  beforeAll(async () => {
    // CI must prove the promise, so a machine without the tools fails there instead of skipping.
    if (missing !== null) throw new Error(`the zero-egress proof needs ${missing}; .ci/run installs strace, and unshare comes with util-linux`);
    dir = mkdtempSync(join(tmpdir(), 'leakline-egress-'));
    const home = join(dir, 'home');
    env = {
      PATH: process.env['PATH'] ?? '',
      HOME: home,
      TZ: 'Asia/Shanghai',
      LEAKLINE_DB: join(dir, 'leakline.db'),
      LEAKLINE_PASSPHRASE: 'correct horse battery staple',
    };
    backups = await writeEveryFormatBackups(join(dir, 'backups'));
    const corpus = await ciScreenshots();
    const ios = corpus.entries.find((e) => e.app === 'ios' && e.conversation === null) ?? corpus.entries[0]!;
    screenshot = join(corpus.dir, ios.file);
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has a checker that sees a direct connection to 93.184.216.34:80', () => {
    const run = offline([process.execPath, '-e', "require('node:net').connect(80, '93.184.216.34').on('error', () => {})"]);
    expect(run.attempts).toContainEqual(expect.objectContaining({ syscall: 'connect', family: 'AF_INET', address: '93.184.216.34', port: 80 }));
  });

  it('has a checker that sees fetch(http://example.com), whose name lookup already tries the network', () => {
    const run = offline([process.execPath, '-e', "fetch('http://example.com').catch(() => {})"]);
    expect(run.attempts.length, describeAttempts(run.attempts)).toBeGreaterThan(0);
  });

  it('imports one backup of every format and a screenshot into an encrypted database', () => {
    const run = leakline(['import', ...backups, screenshot, '--json', '--tz', 'Asia/Shanghai', '--date', '2025-04-16', '--min-confidence', '0.5']);
    const outcome = JSON.parse(run.stdout) as { imported: { format: string }[]; failed: unknown[] };
    expect(outcome.failed).toEqual([]);
    expect(new Set(outcome.imported.map((s) => s.format))).toEqual(new Set(ImportFormat.options));
    // Encrypted: no SQLite header in the clear.
    expect(readFileSync(env['LEAKLINE_DB']!).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });

  it('sets the profile, loads the demo data and analyses it', () => {
    leakline(['profile', 'set', '--file', PROFILE]);
    leakline(['demo']);
    leakline(['analyze']);
  });

  it('reads a screenshot', () => {
    const run = leakline(['ocr', screenshot, '--json', '--tz', 'Asia/Shanghai']);
    expect(JSON.parse(run.stdout)[0].messages.length).toBeGreaterThan(0);
  });

  it('prints the timeline', () => {
    const run = leakline(['timeline', '--json']);
    expect(JSON.parse(run.stdout).events.length).toBeGreaterThan(0);
  });

  it('writes the report as HTML, PDF (through headless Chromium), CSV and JSONL', () => {
    for (const ext of ['html', 'pdf', 'csv', 'jsonl']) {
      const out = join(dir, `report.${ext}`);
      leakline(['report', '--out', out]);
      expect(readFileSync(out).length).toBeGreaterThan(0);
    }
    expect(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
