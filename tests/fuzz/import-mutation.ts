// SPDX-License-Identifier: MIT
// The property every importer is fuzzed against, through `importPath` as the CLI and the app call
// it, on real backups damaged at random: each case ends in an import or an ImportInputError
// (CancelledError when it was cancelled), within its time budget, and a case that fails leaves the
// database byte for byte as it was, although the database already holds the undamaged backup (so
// a failing import has duplicates and sources to touch). The targets are spread over three files
// so that `npm run fuzz` keeps both cores busy.
import BetterSqlite3, { type Database } from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError, ImportInputError } from '../../src-main/core/errors';
import { importPath } from '../../src-main/core/import/run-import';
import { MAX_EPOCH_MS } from '../../src-main/core/import/time-sanity';
import { isSqlite } from '../../src-main/core/importers/detect';
import { databaseContentHash } from '../support/db-content-hash';
import { memoryDb } from '../support/records';
import { runFuzzTarget, targetTimeoutMs, type FuzzTarget } from './fuzz-target';
import { applyEdits, edit, edits, type Edit } from './hostile-bytes';
import type { Seed } from './import-seeds';
import { applySqlEdits, sqlEdit, type SqlEdit } from './sqlite-edits';

const TIME_ZONE = 'Asia/Shanghai';
const CASE_BUDGET_MS = 15_000;
const MEAN_CASE_MS = 60;

interface Damage {
  seed: number;
  /** For a folder: which of its files is damaged. */
  file: number;
  sql: SqlEdit[];
  bytes: Edit[];
  /** Cancel after this many progress reports. */
  cancelAfter: number | null;
}

/** One case in eight is cancelled, after 0 to 3 progress reports. */
const cancelAfter = fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat({ max: 3 }) });
export const textDamage: fc.Arbitrary<Damage> = fc.record({ seed: fc.nat(), file: fc.constant(0), sql: fc.constant<SqlEdit[]>([]), bytes: edits, cancelAfter });
// Inserted or deleted bytes shift every page of a database; flips and a cut are what reach its cells.
const databaseBytes: fc.Arbitrary<Edit[]> = fc.array(
  edit.filter((e) => e.kind === 'flip' || e.kind === 'cut'),
  { maxLength: 3 },
);
export const databaseDamage: fc.Arbitrary<Damage> = fc.record({
  seed: fc.nat(),
  file: fc.nat(),
  sql: fc.array(sqlEdit, { maxLength: 4 }),
  bytes: fc.oneof({ weight: 3, arbitrary: fc.constant<Edit[]>([]) }, { weight: 1, arbitrary: databaseBytes }),
  cancelAfter,
});

/**
 * A database holding `seed` undamaged, and its hash. A case that changed it gets a fresh one, read
 * back from a serialized image of the first rather than built by importing the seed again.
 */
class SeededDatabase {
  private db: Database | null = null;
  private image: Buffer | null = null;
  private hash = '';

  constructor(private readonly seed: Seed) {}

  async current(): Promise<{ db: Database; hash: string }> {
    if (this.db !== null) return { db: this.db, hash: this.hash };
    if (this.image === null) {
      const db = memoryDb();
      // Some real samples are refused themselves (an empty backup, a malformed one): they start empty.
      await importPath(db, this.seed.path, { timeZone: TIME_ZONE }).catch((err: unknown) => {
        if (!(err instanceof ImportInputError)) throw err;
      });
      this.image = db.serialize();
      this.hash = databaseContentHash(db);
      db.close();
    }
    this.db = new BetterSqlite3(this.image);
    // What openDatabase sets on every connection and an import relies on.
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('temp_store = MEMORY');
    return { db: this.db, hash: this.hash };
  }

  changed(): void {
    this.db?.close();
    this.db = null;
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** Writes the damaged copy of the seed and returns the path to import and how to undo it. */
function damage(seed: Seed, d: Damage, caseDir: string): { path: string; undo: () => void } {
  if (statSync(seed.path).isDirectory()) {
    const folder = join(caseDir, seed.name);
    const files = filesUnder(folder);
    const target = files[d.file % files.length]!;
    const original = readFileSync(target);
    damageFile(target, original, d);
    return { path: folder, undo: () => writeFileSync(target, original) };
  }
  const path = join(caseDir, seed.name);
  const original = readFileSync(seed.path);
  damageFile(path, original, d);
  return { path, undo: () => undefined };
}

function damageFile(path: string, original: Buffer, d: Damage): void {
  writeFileSync(path, original);
  if (d.sql.length > 0 && isSqlite(original)) applySqlEdits(path, d.sql);
  if (d.bytes.length > 0) writeFileSync(path, applyEdits(readFileSync(path), d.bytes));
}

export interface ImporterTarget {
  name: string;
  /** Writes or names the undamaged backups; `dir` is this file's scratch folder. */
  seeds: (dir: string) => Seed[] | Promise<Seed[]>;
  damage: fc.Arbitrary<Damage>;
  ciRuns: number;
}

async function importCase(seeds: Seed[], databases: SeededDatabase[], caseDir: string, d: Damage): Promise<'imported' | 'refused' | 'cancelled'> {
  const index = d.seed % seeds.length;
  const seed = seeds[index]!;
  const database = databases[index]!;
  const { db, hash } = await database.current();
  const { path, undo } = damage(seed, d, caseDir);
  const controller = new AbortController();
  let reports = 0;
  let imported = false;
  try {
    const summaries = await importPath(db, path, {
      timeZone: TIME_ZONE,
      signal: controller.signal,
      onProgress: () => {
        if (d.cancelAfter !== null && reports++ >= d.cancelAfter) controller.abort();
      },
    });
    imported = true;
    expect(summaries.length).toBeGreaterThan(0);
    // Damaged dates are kept and flagged, never stored as something that is no instant at all.
    const badTimes = `typeof(time) != 'integer' OR abs(time) > ${MAX_EPOCH_MS}`;
    expect(db.prepare(`SELECT (SELECT count(*) FROM messages WHERE ${badTimes}) + (SELECT count(*) FROM calls WHERE ${badTimes}) AS n`).get()).toEqual({ n: 0 });
    return 'imported';
  } catch (err) {
    if (imported || (!(err instanceof ImportInputError) && !(err instanceof CancelledError))) throw err;
    expect(err.message).not.toBe('');
    // Nothing of a refused or cancelled import is kept, and nothing that was there is lost.
    const after = databaseContentHash(db);
    if (after !== hash) database.changed();
    expect(after).toBe(hash);
    return err instanceof CancelledError ? 'cancelled' : 'refused';
  } finally {
    if (imported) database.changed();
    undo();
  }
}

/** One test per target, each with a scratch folder removed after the file's tests. */
export function describeImporterTargets(title: string, targets: readonly ImporterTarget[]): void {
  const work = mkdtempSync(join(tmpdir(), 'leakline-fuzz-import-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  describe(title, () => {
    for (const target of targets) {
      const timeout = targetTimeoutMs({ ciRuns: target.ciRuns, caseBudgetMs: CASE_BUDGET_MS }, MEAN_CASE_MS);
      it(`${target.name}: imports or refuses with ImportInputError, in bounded time, leaving a refused import no trace`, { timeout }, async () => {
        const caseDir = mkdtempSync(join(work, `${target.name}-`));
        const seeds = await target.seeds(join(work, `${target.name}-seeds`));
        // Folders are damaged in a copy, one file at a time, and restored after each case.
        for (const seed of seeds) if (statSync(seed.path).isDirectory()) cpSync(seed.path, join(caseDir, seed.name), { recursive: true });
        const databases = seeds.map((seed) => new SeededDatabase(seed));
        const fuzz: FuzzTarget<Damage> = {
          name: `import ${target.name}`,
          arbitrary: target.damage,
          check: (d) => importCase(seeds, databases, caseDir, d),
          ciRuns: target.ciRuns,
          caseBudgetMs: CASE_BUDGET_MS,
        };
        try {
          await runFuzzTarget(fuzz);
        } finally {
          for (const database of databases) database.changed();
        }
      });
    }
  });
}
