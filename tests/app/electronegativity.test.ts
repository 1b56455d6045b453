// SPDX-License-Identifier: MIT
// Electronegativity (Doyensec's scanner for Electron misconfigurations) as a gate: over the source
// of the main side, and over the built app when there is one, every finding must be either fixed or
// listed with its reason in src-main/app/electronegativity-accepted.json. Its CLI exits 0 whatever
// it finds, so the results are read back and judged here.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AcceptedFindings,
  describeFinding,
  findingsOf,
  judge,
  type AcceptedFinding,
  type Finding,
  type ScanResult,
} from '../support/electronegativity-findings';

const REPO = resolve(__dirname, '../..');
const SCAN = resolve(REPO, 'tests/support/electronegativity-scan.mjs');
const GUARD = resolve(REPO, 'tests/support/network-guard.mjs');
const ACCEPTED = resolve(REPO, 'src-main/app/electronegativity-accepted.json');

function electronVersion(): string {
  return (JSON.parse(readFileSync(resolve(REPO, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
}

/** Scans each root (a folder relative to the repository) in one child process, network refused. */
function scan(roots: string[]): Record<string, ScanResult> {
  const r = spawnSync(process.execPath, ['--import', GUARD, SCAN, electronVersion(), ...roots], {
    cwd: REPO,
    encoding: 'utf8',
    // en-US: its bundled locale, so descriptions read the same everywhere.
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp', LANG: 'en-US' },
    timeout: 110_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`electronegativity failed (${r.status ?? r.signal}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, ScanResult>;
}

const issue = (check: string, file: string) => ({ check, file, line: 1, column: 0, description: 'd', sample: null, manualReview: false });
const accept = (check: string, file: string): AcceptedFinding => ({ check, file, reason: 'x'.repeat(40) });

describe('electronegativity findings', () => {
  it('names findings from the repository root, a global one by its folder, and an unparsed file as PARSE_ERROR', () => {
    const findings = findingsOf('src-main', {
      issues: [issue('CSP_GLOBAL_CHECK', 'N/A'), issue('AUXCLICK_JS_CHECK', 'app/main-window.ts')],
      errors: [
        { file: 'src-main/app/broken.ts', message: 'Unexpected token', tolerable: false },
        { file: 'src-main/app/odd.ts', message: 'a warning', tolerable: true },
      ],
    });
    expect(findings.map((f) => [f.check, f.file])).toEqual([
      ['CSP_GLOBAL_CHECK', 'src-main/'],
      ['AUXCLICK_JS_CHECK', 'src-main/app/main-window.ts'],
      ['PARSE_ERROR', 'src-main/app/broken.ts'],
    ]);
  });

  it('accepts a hashed bundle name through a wildcard that stays within one folder', () => {
    const finding = (file: string): Finding => ({ check: 'PARSE_ERROR', file, line: 0, description: '' });
    const entry = accept('PARSE_ERROR', 'out/renderer/assets/index-*.js');
    expect(judge([finding('out/renderer/assets/index-BCC1TNmW.js')], [entry], ['out']).unaccepted).toEqual([]);
    expect(judge([finding('out/renderer/assets/sub/index-x.js')], [entry], ['out']).unaccepted).toHaveLength(1);
  });

  it('reports an accepted entry as stale only when its folder was scanned and nothing matched it', () => {
    const entries = [accept('AUXCLICK_JS_CHECK', 'src-main/app/gone.ts'), accept('AUXCLICK_JS_CHECK', 'out/main/index.js')];
    expect(judge([], entries, ['src-main']).stale).toEqual([entries[0]]);
  });
});

describe('electronegativity gate', () => {
  it('finds nothing in src-main (or the built out/) that is neither fixed nor accepted with a reason', () => {
    const accepted = AcceptedFindings.parse(JSON.parse(readFileSync(ACCEPTED, 'utf8')));
    const roots = ['src-main', ...(existsSync(resolve(REPO, 'out/main')) ? ['out'] : [])];
    const results = scan(roots);
    const findings = roots.flatMap((root) => findingsOf(root, results[root]!));
    const { unaccepted, stale } = judge(findings, accepted, roots);
    expect(
      unaccepted.map(describeFinding),
      'Electronegativity findings: fix them, or add {check, file, reason} to src-main/app/electronegativity-accepted.json',
    ).toEqual([]);
    expect(stale, 'accepted findings that no longer occur: remove them from the list').toEqual([]);
  }, 120_000);
});
