// SPDX-License-Identifier: MIT
// Crash safety of an import: the importer is killed with SIGKILL at random points of 50 imports of
// one large file into one encrypted database. After every kill the database must pass
// `PRAGMA integrity_check` and hold either the whole import or none of it; at the end a
// re-import must complete. The kills are real: a child process (crash-import-child.ts) dies with
// the transaction open, its WAL half written, or in the middle of the commit's checkpoint.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase, type DbKey } from '../../../src-main/core/db/open';
import { importPath } from '../../../src-main/core/import/run-import';
import { removeSource } from '../../../src-main/core/store/remove-source';
import { prng, syntheticSms } from '../../bench/synthetic-sms';
import { writeSbrFile } from '../../bench/write-sbr-file';

const REPO = resolve(__dirname, '../../..');
const CHILD = resolve(__dirname, 'crash-import-child.ts');
const KILLS = 50;
// Large enough that an import takes a second or more on a 2-core CI machine (so the random kills
// land all over it), small enough that 50 of them fit in about a minute.
const MESSAGES = 8_000;
const BASELINE = 500;
const PASSPHRASE = 'crash test';
const KEY: DbKey = { kind: 'passphrase', text: PASSPHRASE };

interface Child {
  process: ChildProcessWithoutNullStreams;
  ready: Promise<void>;
  /** The last record is written; the commit comes next. */
  committing: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

let dir: string;
let dbPath: string;
let bigFile: string;

function startChild(): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbPath, bigFile], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, TMPDIR: process.env.TMPDIR ?? tmpdir(), LEAKLINE_PASSPHRASE: PASSPHRASE },
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const line = (text: string) =>
    new Promise<void>((done, fail) => {
      const check = () => out.includes(`${text}\n`) && done();
      child.stdout.on('data', check);
      child.once('exit', () => fail(new Error(`the child exited before "${text}": ${err}`)));
    });
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const ready = line('ready');
  const committing = line('committing');
  ready.catch(() => undefined);
  committing.catch(() => undefined);
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  return { process: child, ready, committing, exited, stderr: () => err };
}

interface State {
  messages: number;
  sources: { id: number; messages_added: number; sha256: string }[];
  indexed: number;
}

/** What an importer left: checked for integrity first, then read. */
function inspect(db: Database): State {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  return {
    messages: db.prepare('SELECT count(*) FROM messages').pluck().get() as number,
    sources: db.prepare('SELECT id, messages_added, sha256 FROM sources WHERE path = ?').all(bigFile) as State['sources'],
    indexed: db.prepare('SELECT count(*) FROM messages_fts').pluck().get() as number,
  };
}

/** Either none of the import or all of it: messages, their search index and the source row. */
function expectAllOrNothing(state: State, base: number): 'none' | 'all' {
  expect(state.indexed).toBe(state.messages);
  if (state.sources.length === 0) {
    expect(state.messages).toBe(base);
    return 'none';
  }
  expect(state.sources).toHaveLength(1);
  expect(state.messages).toBe(base + MESSAGES);
  expect(state.sources[0]).toMatchObject({ messages_added: MESSAGES, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  return 'all';
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-crash-'));
  dbPath = join(dir, 'leakline.db');
  bigFile = join(dir, 'big-sbr.xml');
  await writeSbrFile(bigFile, syntheticSms(MESSAGES), MESSAGES);
  const baseline = join(dir, 'baseline.xml');
  await writeSbrFile(baseline, syntheticSms(BASELINE, 7), BASELINE);
  const db = openDatabase(dbPath, { key: KEY });
  await importPath(db, baseline);
  db.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an import killed with SIGKILL', () => {
  it(`leaves an intact database with all or none of it, ${KILLS} times over, and a re-import completes`, { timeout: 240_000 }, async () => {
    const started = Date.now();
    const random = prng(20251206);
    const tally = { killedBeforeCommit: 0, killedAfterCommit: 0, aimedAtCommit: 0, finishedBeforeKill: 0 };

    // One import, not killed: how long it and its commit take here, to spread the kills over them.
    let next = startChild();
    await next.ready;
    let child = next;
    next = startChild();
    const t0 = Date.now();
    child.process.stdin.write('go\n');
    await child.committing;
    const recordsMs = Date.now() - t0;
    expect(await child.exited, child.stderr()).toEqual({ code: 0, signal: null });
    const importMs = Date.now() - t0;
    const commitMs = importMs - recordsMs;
    let db = openDatabase(dbPath, { key: KEY });
    expect(expectAllOrNothing(inspect(db), BASELINE)).toBe('all');
    removeSource(db, inspect(db).sources[0]!.id);
    db.close();

    let kills = 0;
    for (let cycle = 0; kills < KILLS; cycle++) {
      await next.ready;
      child = next;
      // The next child loads its modules while this one imports and is checked.
      next = startChild();
      // Two kills in three land anywhere from opening the database to a little past the end;
      // every third aims at the commit, where the WAL is written and checkpointed, and the close.
      const aimAtCommit = cycle % 3 === 2;
      child.process.stdin.write('go\n');
      const killTime = aimAtCommit
        ? child.committing.then(() => sleep(random() * commitMs * 1.2))
        : sleep(random() * importMs * 1.1);
      if (!(await Promise.race([child.exited.then(() => true), killTime.then(() => false)]))) child.process.kill('SIGKILL');
      // A child may finish on its own just as the kill is sent: only a death by SIGKILL counts.
      const { code, signal } = await child.exited;
      const finished = signal !== 'SIGKILL';
      if (finished) {
        expect(code, child.stderr()).toBe(0);
        tally.finishedBeforeKill++;
      } else {
        kills++;
        if (aimAtCommit) tally.aimedAtCommit++;
      }
      db = openDatabase(dbPath, { key: KEY });
      const outcome = expectAllOrNothing(inspect(db), BASELINE);
      if (!finished) tally[outcome === 'all' ? 'killedAfterCommit' : 'killedBeforeCommit']++;
      // Back to the baseline, so that the next import again adds all of its messages.
      if (outcome === 'all') removeSource(db, inspect(db).sources[0]!.id);
      db.close();
    }
    next.process.kill('SIGKILL');
    await next.exited;

    // The re-import after all that damage completes.
    const last = startChild();
    await last.ready;
    last.process.stdin.write('go\n');
    expect(await last.exited, last.stderr()).toEqual({ code: 0, signal: null });
    db = openDatabase(dbPath, { key: KEY });
    expect(expectAllOrNothing(inspect(db), BASELINE)).toBe('all');
    db.close();

    expect(kills).toBe(KILLS);
    // Kills on both sides of the commit, or the test proves less than it says.
    expect(tally.killedBeforeCommit).toBeGreaterThan(KILLS / 2);
    expect(tally.killedAfterCommit).toBeGreaterThan(0);
    process.stdout.write(
      `crash safety: ${kills} SIGKILLs survived, integrity_check ok after each (${tally.killedBeforeCommit} left none of the import, ` +
        `${tally.killedAfterCommit} all of it; ${tally.aimedAtCommit} aimed at the commit; ${tally.finishedBeforeKill} imports finished before their kill); ` +
        `${MESSAGES} messages per import, ~${importMs} ms (commit and close ~${commitMs} ms); ${Math.round((Date.now() - started) / 1000)} s\n`,
    );
  });
});
