#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// The `leakline` command: the CLI is TypeScript run through tsx, so it works straight after
// `npm ci` without a build step (worker threads register tsx through jobs/ts-worker-bootstrap.mjs).
import { register } from 'tsx/esm/api';

register();
// `leakline search 逾期 | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
