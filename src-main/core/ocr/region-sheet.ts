// SPDX-License-Identifier: MIT
// The regions of a screen read in one recognition instead of one each: their crops are stacked
// into a single sheet with blank rows between them, and each line tesseract finds is given back to
// the crop it lies in. A call to the engine carries a fixed cost whatever the text, so one sheet
// for the labels (header pieces, separators) and one for the bubbles take a screenshot's OCR time
// down by about a third.
import type { Worker } from 'tesseract.js';
import Tesseract from 'tesseract.js';
import { portableGreyMap, type GreyImage } from './region-image';
import { recognizedBySpan } from './recognized-text';

/** Blank rows between stacked crops; more than any line spacing, so lines never merge. */
const GAP = 24;

export interface RegionSheet {
  image: GreyImage;
  /** Each crop's rows in the sheet: [top, bottom). */
  spans: { top: number; bottom: number }[];
}

export function stackRegions(crops: readonly GreyImage[]): RegionSheet {
  const width = Math.max(1, ...crops.map((c) => c.width));
  const height = crops.reduce((h, c) => h + c.height, 0) + GAP * Math.max(0, crops.length - 1);
  const data = new Uint8Array(width * Math.max(1, height)).fill(255);
  const spans: RegionSheet['spans'] = [];
  let top = 0;
  for (const crop of crops) {
    for (let y = 0; y < crop.height; y++) data.set(crop.data.subarray(y * crop.width, (y + 1) * crop.width), (top + y) * width);
    spans.push({ top, bottom: top + crop.height });
    top += crop.height + GAP;
  }
  return { image: { data, width, height: Math.max(1, height) }, spans };
}

/** Each crop's reading, in order: its lines apart and joined into one text. */
export async function readSheet(worker: Worker, crops: readonly GreyImage[], kind: 'message' | 'label'): Promise<ReturnType<typeof recognizedBySpan>> {
  if (crops.length === 0) return [];
  const sheet = stackRegions(crops);
  await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.SINGLE_BLOCK });
  const { data } = await worker.recognize(portableGreyMap(sheet.image), {}, { blocks: true, text: false });
  return recognizedBySpan(data.blocks, sheet.spans, kind);
}
