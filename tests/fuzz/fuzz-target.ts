// SPDX-License-Identifier: MIT
// How every fuzz target runs: FUZZ_RUNS cases (`npm run fuzz` sets 10,000; the unit run uses each
// target's small CI share), each case held to a time budget, and one summary line per target
// (cases, failures, time, the slowest case) on stdout.
// A budget checked after the case cannot stop a synchronous endless loop, so a watchdog thread
// kills the process when a case outlives the hard limit, after printing how to replay that case.
import fc from 'fast-check';
import { writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /**
   * Throws (or rejects) when the case breaks the property. May return a word for how the case
   * ended ('imported', 'refused'); the summary counts them, to show the run reached every branch.
   */
  check: (input: T) => unknown;
  /** Cases in the unit run, where all targets together share about a minute. */
  ciRuns: number;
  /** A case slower than this fails the property (and is shrunk like any other failure). */
  caseBudgetMs: number;
}

export interface FuzzSummary {
  name: string;
  cases: number;
  failures: number;
  seconds: number;
  /** The slowest case, against the budget. */
  slowestMs: number;
  outcomes: Record<string, number>;
  seed: number;
}

/** Past this a case is taken to be stuck for good, whatever its budget (FUZZ_HARD_LIMIT_MS overrides). */
const HARD_LIMIT_MS = Number(process.env.FUZZ_HARD_LIMIT_MS) || 120_000;

export function fuzzRuns(ciRuns: number): number {
  const runs = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : ciRuns;
}

/** Test timeout for a target: room for every case at its budget would be absurd, so a generous mean. */
export function targetTimeoutMs(target: Pick<FuzzTarget<unknown>, 'ciRuns' | 'caseBudgetMs'>, meanCaseMs: number): number {
  return 60_000 + fuzzRuns(target.ciRuns) * meanCaseMs;
}

const WATCHDOG_SOURCE = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const state = new Float64Array(workerData.shared);
setInterval(() => {
  const started = state[0];
  if (started > 0 && Date.now() - started > workerData.hardLimitMs) {
    writeSync(2, '\\nfuzz ' + workerData.name + ': case ' + state[1] + ' ran past ' + workerData.hardLimitMs + ' ms; replay it with FUZZ_SEED=' + workerData.seed + ' FUZZ_PATH=' + state[1] + '\\n');
    process.kill(process.pid, 'SIGKILL');
  }
}, 250);
`;

function startWatchdog(name: string, seed: number): { caseStarted: (index: number) => void; caseEnded: () => void; stop: () => Promise<number> } {
  const shared = new SharedArrayBuffer(16);
  const state = new Float64Array(shared);
  const worker = new Worker(WATCHDOG_SOURCE, { eval: true, workerData: { shared, name, seed, hardLimitMs: HARD_LIMIT_MS } });
  worker.unref();
  return {
    caseStarted: (index) => {
      state[1] = index;
      state[0] = Date.now();
    },
    caseEnded: () => {
      state[0] = 0;
    },
    stop: () => worker.terminate(),
  };
}

/** Runs the case, failing it past the budget; returns how long it took and what it returned. */
async function withinBudget(run: () => unknown, budgetMs: number): Promise<{ took: number; result: unknown }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the case did not finish within ${budgetMs} ms`)), budgetMs);
  });
  let result: unknown;
  try {
    result = await Promise.race([Promise.resolve().then(run), late]);
  } finally {
    clearTimeout(timer);
  }
  // A synchronous case blocks the timer above; its time is checked once it returns.
  const took = performance.now() - started;
  if (took > budgetMs) throw new Error(`the case took ${Math.round(took)} ms, over its ${budgetMs} ms budget`);
  return { took, result };
}

/**
 * Runs the target's property and prints `fuzz <name>: <cases> cases, <failures> failures, <s> s`.
 * Throws fast-check's report (seed, path and shrunk counterexample) when a case fails.
 */
export async function runFuzzTarget<T>(target: FuzzTarget<T>): Promise<FuzzSummary> {
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const replayPath = process.env.FUZZ_PATH;
  const numRuns = fuzzRuns(target.ciRuns);
  const watchdog = startWatchdog(target.name, seed);
  let index = 0;
  let slowestMs = 0;
  const outcomes: Record<string, number> = {};
  const property = fc.asyncProperty(target.arbitrary, async (input) => {
    watchdog.caseStarted(index++);
    try {
      const { took, result } = await withinBudget(() => target.check(input), target.caseBudgetMs);
      slowestMs = Math.max(slowestMs, took);
      if (typeof result === 'string') outcomes[result] = (outcomes[result] ?? 0) + 1;
    } finally {
      watchdog.caseEnded();
    }
  });
  const started = performance.now();
  let details: fc.RunDetails<[T]>;
  try {
    details = await fc.check(property, { numRuns, seed, ...(replayPath ? { path: replayPath } : {}) });
  } finally {
    await watchdog.stop();
  }
  const summary: FuzzSummary = {
    name: target.name,
    // A failing run stops at its first failure; the shrinking that follows is not counted.
    cases: details.failed ? Number((details.counterexamplePath ?? '0').split(':')[0]) + 1 : details.numRuns,
    failures: details.failed ? 1 : 0,
    seconds: Math.round(performance.now() - started) / 1000,
    slowestMs: Math.round(slowestMs),
    outcomes,
    seed,
  };
  const tally = Object.entries(outcomes)
    .map(([word, n]) => `${word} ${n}`)
    .join(', ');
  writeSync(
    1,
    `fuzz ${summary.name}: ${summary.cases} cases, ${summary.failures} failures, ${summary.seconds} s, ` +
      `slowest case ${summary.slowestMs} ms of ${target.caseBudgetMs}${tally ? ` [${tally}]` : ''} (seed ${seed})\n`,
  );
  if (details.failed) {
    const cause = details.errorInstance;
    const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    throw new Error(`${fc.defaultReportMessage(details)}\n\nThe case failed with ${why}`, { cause });
  }
  return summary;
}
