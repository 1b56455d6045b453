// SPDX-License-Identifier: MIT
import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // The fuzz targets run here with their small CI share of cases (FUZZ_RUNS unset).
          include: ['tests/**/*.test.ts', 'tests/fuzz/**/*.fuzz.ts'],
          exclude: ['tests/e2e/**', 'tests/.tmp/**', '**/node_modules/**'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser and a handful of import workers at a time: the flows share a 2-core machine.
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          // `npm run fuzz`: the same targets with 10,000 cases each (FUZZ_RUNS overrides), a file
          // per core. Scratch files and the importers' temporary copies go to tmpfs where there is
          // one: a run creates and removes some 200,000 of them.
          name: 'fuzz',
          include: ['tests/fuzz/**/*.fuzz.ts'],
          environment: 'node',
          env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000', ...(existsSync('/dev/shm') ? { TMPDIR: '/dev/shm' } : {}) },
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
