// SPDX-License-Identifier: MIT
// Renders a corpus set into a folder: per screenshot `<id>.png` (or `.jpg` when recompressed) and
// `<id>.truth.json`, plus a manifest naming the generator version, set and seed, so a later run can
// reuse the folder instead of rendering again.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import type { AppSkin, CorpusApp } from './app-skin';
import { COLOROS_SKIN, EMUI_SKIN, GOOGLE_MESSAGES_SKIN, MIUI_SKIN } from './android-skins';
import { corpusPlan, type CorpusSet, type Recompression } from './corpus-plan';
import { CORPUS_MANIFEST, CorpusEntry, CorpusManifest, truthFileName } from './corpus-truth';
import { IOS_SKIN } from './ios-skin';
import { renderPlan } from './render-screens';
import { seededRandom } from './seeded-random';
import { CORPUS_TIME_ZONE } from './time-separators';

/** Bump whenever a change alters the images or the truth, so cached corpora are rendered again. */
export const CORPUS_GENERATOR_VERSION = '2';
export const DEFAULT_CORPUS_SEED = 20250416;

export type { CorpusEntry } from './corpus-truth';

const SKINS: Record<CorpusApp, AppSkin> = {
  ios: IOS_SKIN,
  'google-messages': GOOGLE_MESSAGES_SKIN,
  miui: MIUI_SKIN,
  emui: EMUI_SKIN,
  coloros: COLOROS_SKIN,
};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

async function recompress(png: Buffer, width: number, height: number, jpeg: Recompression): Promise<Buffer> {
  let source = png;
  if (jpeg.resize) {
    const small = await sharp(png).resize(Math.round(width * 0.8), Math.round(height * 0.8)).png().toBuffer();
    source = await sharp(small).resize(width, height).png().toBuffer();
  }
  return sharp(source).jpeg({ quality: jpeg.quality, chromaSubsampling: '4:2:0' }).toBuffer();
}

export async function generateScreenshotCorpus(outDir: string, options: { set: CorpusSet; seed?: number }): Promise<CorpusEntry[]> {
  const seed = options.seed ?? DEFAULT_CORPUS_SEED;
  const random = seededRandom(seed);
  const plans = corpusPlan(options.set, random);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env['LEAKLINE_CHROMIUM'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const entries: CorpusEntry[] = [];
  try {
    for (const plan of plans) {
      const screens = await renderPlan(browser, SKINS[plan.app], plan, random);
      for (const [part, screen] of screens.entries()) {
        const id = plan.parts > 1 ? `${plan.id}-part${part + 1}` : plan.id;
        const { width, height } = await sharp(screen.png).metadata();
        if (!width || !height) throw new Error(`rendered ${id} has no size`);
        const file = plan.jpeg ? `${id}.jpg` : `${id}.png`;
        await writeFile(join(outDir, file), plan.jpeg ? await recompress(screen.png, width, height, plan.jpeg) : screen.png);
        const entry = CorpusEntry.parse({
          id,
          file,
          app: plan.app,
          theme: plan.theme,
          scale: plan.scale,
          jpeg_quality: plan.jpeg?.quality ?? null,
          sender: plan.sender.display,
          sender_address: plan.sender.address,
          reference_date: plan.referenceDate,
          time_zone: CORPUS_TIME_ZONE,
          conversation: plan.parts > 1 ? plan.id : null,
          part: plan.parts > 1 ? part : null,
          items: screen.items,
          width,
          height,
        });
        await writeFile(join(outDir, truthFileName(id)), `${JSON.stringify(entry, null, 2)}\n`);
        entries.push(entry);
      }
    }
  } finally {
    await browser.close();
  }
  const manifest: CorpusManifest = { generator_version: CORPUS_GENERATOR_VERSION, set: options.set, seed, truths: entries.map((e) => truthFileName(e.id)) };
  await writeFile(join(outDir, CORPUS_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return entries;
}

/** The corpus already in `dir` when it was rendered by this generator version for this set and seed. */
export async function loadCorpus(dir: string, options: { set: CorpusSet; seed?: number }): Promise<CorpusEntry[] | null> {
  let manifest: CorpusManifest;
  try {
    manifest = CorpusManifest.parse(JSON.parse(await readFile(join(dir, CORPUS_MANIFEST), 'utf8')));
  } catch {
    return null;
  }
  if (manifest.generator_version !== CORPUS_GENERATOR_VERSION || manifest.set !== options.set || manifest.seed !== (options.seed ?? DEFAULT_CORPUS_SEED)) return null;
  return Promise.all(manifest.truths.map(async (name) => CorpusEntry.parse(JSON.parse(await readFile(join(dir, name), 'utf8')))));
}
