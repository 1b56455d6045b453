// SPDX-License-Identifier: MIT
// Runs a command in an empty network namespace (`unshare -rn`: a user namespace that maps us to
// root, so no privileges are needed, and a network namespace with nothing but a downed loopback)
// under `strace -f`, and returns every attempt it or any of its children and threads made to reach
// a network address. The namespace makes sure nothing could leave even if something tried; strace
// makes sure we know that nothing tried, which a failed connection alone would hide.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { NETWORK_SYSCALLS, parseNetworkAttempts, type NetworkAttempt } from './strace-network-log';

export interface OfflineRun {
  status: number | null;
  stdout: string;
  stderr: string;
  attempts: NetworkAttempt[];
}

export interface OfflineRunOptions {
  env: Record<string, string>;
  /** Where strace writes its log (kept for a look after a failure). */
  log: string;
  cwd?: string;
  timeoutMs?: number;
}

/**
 * --seccomp-bpf stops the traced processes only on the syscalls asked for, so Chromium and the OCR
 * workers run at nearly full speed; -f follows every fork, clone and thread; signal=none and -qq
 * keep the log to the calls themselves.
 */
function straceArgs(log: string): string[] {
  return ['-f', '--seccomp-bpf', '-qq', '-e', `trace=${NETWORK_SYSCALLS.join(',')}`, '-e', 'signal=none', '-o', log];
}

export function runOffline(argv: readonly string[], options: OfflineRunOptions): OfflineRun {
  const r = spawnSync('unshare', ['-rn', 'strace', ...straceArgs(options.log), ...argv], {
    encoding: 'utf8',
    env: options.env,
    cwd: options.cwd,
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, attempts: parseNetworkAttempts(readFileSync(options.log, 'utf8')) };
}

/** Null when strace and an unprivileged empty network namespace both work here, else what is missing. */
export function offlineHarnessMissing(): string | null {
  const strace = spawnSync('strace', ['-V'], { encoding: 'utf8' });
  if (strace.error || strace.status !== 0) return 'strace (apt-get install strace)';
  const unshare = spawnSync('unshare', ['-rn', 'true'], { encoding: 'utf8' });
  if (unshare.error) return 'unshare (util-linux)';
  if (unshare.status !== 0) return `an unprivileged network namespace (unshare -rn failed: ${unshare.stderr.trim()})`;
  const traced = spawnSync('unshare', ['-rn', 'strace', '-f', '--seccomp-bpf', '-qq', '-o', '/dev/null', 'true'], { encoding: 'utf8' });
  if (traced.status !== 0) return `strace inside the namespace (${traced.stderr.trim() || `exit ${traced.status}`})`;
  return null;
}

export function describeAttempts(attempts: readonly NetworkAttempt[]): string {
  return attempts.length === 0 ? 'no network attempts' : `${attempts.length} network attempt(s):\n${attempts.map((a) => `  ${a.line}`).join('\n')}`;
}
