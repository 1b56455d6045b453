// SPDX-License-Identifier: MIT
// The small screenshot corpus the tests read, rendered once per checkout into .cache and reused
// while the generator's version is unchanged. Test files run in parallel, so a fresh render goes
// to a private folder and is renamed into place; whoever renames second throws theirs away.
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateScreenshotCorpus, loadCorpus, type CorpusEntry } from './screenshot-corpus/generate-corpus';

const CACHE = resolve(__dirname, '../../.cache/ocr-corpus');
const DIR = join(CACHE, 'ci');

export async function ciScreenshots(): Promise<{ dir: string; entries: CorpusEntry[] }> {
  const cached = await loadCorpus(DIR, { set: 'ci' });
  if (cached) return { dir: DIR, entries: cached };
  const scratch = await mkdtemp(join(CACHE, 'ci-render-'));
  const rendered = join(scratch, 'ci');
  await generateScreenshotCorpus(rendered, { set: 'ci' });
  await rm(DIR, { recursive: true, force: true });
  await rename(rendered, DIR).catch(() => undefined);
  await rm(scratch, { recursive: true, force: true });
  const entries = await loadCorpus(DIR, { set: 'ci' });
  if (!entries) throw new Error('the ci screenshot corpus could not be rendered');
  return { dir: DIR, entries };
}
