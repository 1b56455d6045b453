// SPDX-License-Identifier: MIT
// The ground truth kept beside each corpus image, in snake_case JSON so it reads like the app's own
// `leakline ocr --json`. The eval parses it with the same schema it was written with.
import { z } from 'zod';
import { PixelBox, CivilDate, ScreenDirection } from '../../../src-main/core/model/screenshot';

export const TruthSeparator = z.object({
  kind: z.literal('separator'),
  text: z.string(),
  /** ISO 8601 with +08:00. */
  time: z.string(),
  box: PixelBox,
});
export type TruthSeparator = z.infer<typeof TruthSeparator>;

export const TruthMessage = z.object({
  kind: z.literal('message'),
  direction: ScreenDirection,
  /** Exactly as authored, line breaks as \n. */
  text: z.string(),
  /** The time of the nearest fully visible separator above it on this screen, or null. */
  time: z.string().nullable(),
  /** Clipped to the visible thread when the bubble runs off the screen's edge. */
  box: PixelBox,
  partial: z.boolean(),
});
export type TruthMessage = z.infer<typeof TruthMessage>;

export const TruthItem = z.discriminatedUnion('kind', [TruthSeparator, TruthMessage]);
export type TruthItem = z.infer<typeof TruthItem>;

export const CorpusEntry = z.object({
  id: z.string(),
  file: z.string(),
  app: z.string(),
  theme: z.enum(['light', 'dark']),
  scale: z.number(),
  jpeg_quality: z.number().int().nullable(),
  /** As shown in the header. */
  sender: z.string(),
  /** Digits or name as a backup would hold it. */
  sender_address: z.string(),
  reference_date: CivilDate,
  time_zone: z.string(),
  conversation: z.string().nullable(),
  part: z.number().int().nullable(),
  items: z.array(TruthItem),
  width: z.number().int(),
  height: z.number().int(),
});
export type CorpusEntry = z.infer<typeof CorpusEntry>;

export const CORPUS_MANIFEST = 'manifest.json';

export const CorpusManifest = z.object({
  generator_version: z.string(),
  set: z.enum(['ci', 'eval']),
  seed: z.number().int(),
  /** Truth files, relative to the corpus folder, in render order. */
  truths: z.array(z.string()),
});
export type CorpusManifest = z.infer<typeof CorpusManifest>;

export const truthFileName = (id: string): string => `${id}.truth.json`;
