// SPDX-License-Identifier: MIT
// The small screenshot corpus the tests read, rendered once per checkout into .cache and reused
// while the generator's version is unchanged. Test files run in parallel: the first to need it takes
// a lock (a directory, created atomically) and renders into a private folder that is renamed into
// place; the others wait for the manifest. A lock left by a crashed run is taken over after a while.
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateScreenshotCorpus, loadCorpus, type CorpusEntry } from './screenshot-corpus/generate-corpus';

const CACHE = resolve(__dirname, '../../.cache/ocr-corpus');
const DIR = join(CACHE, 'ci');
const LOCK = join(CACHE, 'ci.lock');
const STALE_LOCK_MS = 180_000;

async function takeLock(): Promise<boolean> {
  try {
    await mkdir(LOCK);
    return true;
  } catch {
    const age = Date.now() - (await stat(LOCK).then((s) => s.mtimeMs, () => Date.now()));
    if (age < STALE_LOCK_MS) return false;
    await rm(LOCK, { recursive: true, force: true });
    return takeLock();
  }
}

async function render(): Promise<void> {
  const scratch = await mkdtemp(join(CACHE, 'ci-render-'));
  try {
    const rendered = join(scratch, 'ci');
    await generateScreenshotCorpus(rendered, { set: 'ci' });
    await rm(DIR, { recursive: true, force: true });
    await rename(rendered, DIR);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export async function ciScreenshots(): Promise<{ dir: string; entries: CorpusEntry[] }> {
  await mkdir(CACHE, { recursive: true });
  for (;;) {
    const cached = await loadCorpus(DIR, { set: 'ci' });
    if (cached) return { dir: DIR, entries: cached };
    if (await takeLock()) {
      try {
        if (!(await loadCorpus(DIR, { set: 'ci' }))) await render();
      } finally {
        await rm(LOCK, { recursive: true, force: true });
      }
    } else await sleep(500);
  }
}
