// SPDX-License-Identifier: MIT
// Runs Electronegativity over each folder named on the command line and prints one JSON object:
// { "<folder>": { "issues": [...], "errors": [...] } }. Meant to run as a child process preloaded
// with network-guard.mjs: Electronegativity fetches translations on every run and Electron's
// release list for one check (excluded below), and a test of an offline app makes no requests.
// Its own chatter ("could not retrieve updated translations") goes to stderr, the JSON to stdout.
import run from '@doyensec/electronegativity';

const [electronVersion, ...inputs] = process.argv.slice(2);
if (!electronVersion || inputs.length === 0) {
  process.stderr.write('usage: electronegativity-scan.mjs <electron version> <folder>...\n');
  process.exit(2);
}
// eslint-disable-next-line no-console -- not a log call: the tool's own console.log output is moved off stdout
console.log = (...args) => process.stderr.write(`${args.join(' ')}\n`);

const results = {};
for (const input of inputs) {
  const { issues, errors } = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    // It compares the app's Electron with a release list downloaded from GitHub: network, and
    // keeping Electron current is the lockfile's job, not this gate's.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  results[input] = {
    issues: issues.map((i) => ({
      check: i.id,
      file: i.file,
      line: i.location?.line ?? 0,
      column: i.location?.column ?? 0,
      severity: i.severity?.name ?? null,
      confidence: i.confidence?.name ?? null,
      manualReview: Boolean(i.manualReview),
      description: i.description,
      sample: i.sample ?? null,
    })),
    errors: errors.map((e) => ({ file: e.file, message: e.message, tolerable: Boolean(e.tolerable) })),
  };
}
process.stdout.write(`${JSON.stringify(results)}\n`);
