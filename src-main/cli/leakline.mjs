#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// The `leakline` command: the CLI is TypeScript run through tsx, so it works straight after
// `npm ci` without a build step. tsx also registers itself for the worker threads it starts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
