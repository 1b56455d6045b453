// SPDX-License-Identifier: MIT
// Reads one screenshot: finds its layout, reads every bubble and every line of text on the
// background separately, and puts the conversation together: who the other party is (the header),
// which bubbles are theirs (the side), and when each was sent (the separator above it).
import Tesseract, { type Worker } from 'tesseract.js';
import { CancelledError } from '../errors';
import type { PixelBox, RecognizedMessage } from '../model/screenshot';
import type { Raster } from './raster';
import { analyseLayout, type Bubble, type ScreenLayout, type TextBand } from './screen-layout';
import { insetBox, regionImage, type BubbleShape } from './region-image';
import { recognizedLines, recognizedText, type RecognizedText } from './recognized-text';
import { parseScreenTime, type ScreenTime } from './screen-time';
import { pickSender, type HeaderLine } from './header-sender';
import type { OcrSession } from './ocr-pool';

export interface ScreenReadOptions {
  referenceDate: string;
  timeZone: string;
  signal?: AbortSignal;
  /** Called after the layout and after each region read. */
  onStep?: (done: number, total: number, messages: number) => void;
}

export interface ScreenRead {
  sender: string | null;
  senderConfidence: number;
  messages: RecognizedMessage[];
}

type Item =
  | { kind: 'bubble'; bubble: Bubble; read: RecognizedText }
  | { kind: 'band'; band: TextBand; read: RecognizedText; time: ScreenTime | null };

async function readRegion(worker: Worker, raster: Raster, box: PixelBox, layout: ScreenLayout, kind: 'message' | 'label', shape?: BubbleShape): Promise<RecognizedText> {
  const image = await regionImage(raster, box, layout.scale, shape);
  // A bubble is a block of wrapped lines; a label on the background is one line.
  const mode = kind === 'message' ? Tesseract.PSM.SINGLE_BLOCK : Tesseract.PSM.SINGLE_LINE;
  await worker.setParameters({ tessedit_pageseg_mode: mode });
  const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
  return recognizedText(data.blocks, kind);
}

async function readLines(worker: Worker, raster: Raster, box: PixelBox, layout: ScreenLayout): Promise<(RecognizedText & { height: number })[]> {
  const image = await regionImage(raster, box, layout.scale);
  await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.SINGLE_BLOCK });
  const { data } = await worker.recognize(image, {}, { blocks: true, text: false });
  return recognizedLines(data.blocks);
}

const HAN_GAP = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** A separator's time; a space OCR left inside a word ("下 午") is tried without. */
function separatorTime(text: string, reference: { date: string; timeZone: string }): ScreenTime | null {
  if (!text) return null;
  return parseScreenTime(text, reference) ?? parseScreenTime(text.replace(HAN_GAP, ''), reference);
}

/** The status bar (clock, signal, battery) sits in the top few percent of every phone screen. */
function isStatusBar(band: TextBand, height: number): boolean {
  return band.box.y + band.box.height <= height * 0.065;
}

function isCentred(box: PixelBox, width: number): boolean {
  return Math.abs(box.x + box.width / 2 - width / 2) < width * 0.08;
}

function isoInZone(time: number, timeZone: string): string {
  // An ISO string with the zone's own offset, as the phone showed it, rather than UTC.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(new Date(time));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}

/**
 * Times go to bubbles in screen order: a centred separator dates everything below it; a time
 * written at a bubble's side just under it (some Android apps) dates that bubble alone.
 */
function assembleMessages(items: Item[], layout: ScreenLayout, width: number, options: ScreenReadOptions): RecognizedMessage[] {
  const messages: RecognizedMessage[] = [];
  let current: ScreenTime | null = null;
  let previous: RecognizedMessage | null = null;
  let previousBox: PixelBox | null = null;
  for (const item of items) {
    if (item.kind === 'band') {
      if (!item.time) continue;
      const under = previousBox && item.band.box.y - (previousBox.y + previousBox.height) < 12 * layout.scale;
      if (!isCentred(item.band.box, width) && under && previous && previous.time_text === (current?.text ?? null)) {
        previous.time = item.time.time === null ? null : isoInZone(item.time.time, options.timeZone);
        previous.time_text = item.time.text;
      } else current = item.time;
      continue;
    }
    if (item.read.text.length === 0) continue;
    const message: RecognizedMessage = {
      text: item.read.text,
      time: current?.time != null ? isoInZone(current.time, options.timeZone) : null,
      time_text: current?.text ?? null,
      direction: item.bubble.side,
      confidence: Math.round(item.read.confidence * 1000) / 1000,
      box: item.bubble.box,
      low_confidence: item.read.lowConfidence,
      partial: item.bubble.partial,
    };
    messages.push(message);
    previous = message;
    previousBox = item.bubble.box;
  }
  return messages;
}

export async function readScreen(raster: Raster, session: OcrSession, options: ScreenReadOptions): Promise<ScreenRead> {
  const layout = analyseLayout(raster);
  const bands = layout.bands.filter((b) => !isStatusBar(b, raster.height));
  const total = 1 + bands.length + layout.bubbles.length;
  let done = 1;
  let found = 0;
  options.onStep?.(done, total, found);
  const firstBubbleTop = layout.bubbles[0]?.box.y ?? raster.height;
  const reference = { date: options.referenceDate, timeZone: options.timeZone };
  const items: Item[] = [];
  const header: HeaderLine[] = [];
  // Checked after reporting too: the report is where a caller's cancel button gets pressed, and the
  // worker is gone once it is.
  const step = () => {
    options.onStep?.(++done, total, found);
    if (options.signal?.aborted) throw new CancelledError();
  };
  for (const band of bands) {
    if (band.box.y < firstBubbleTop) {
      // A header row holds a back arrow, the name (maybe above a "手机" subtitle) and buttons apart
      // from each other: each piece is read alone, line by line.
      for (const box of band.segments) {
        for (const line of await readLines(session.worker, raster, box, layout)) {
          session.counted();
          const time = separatorTime(line.text, reference);
          if (time) items.push({ kind: 'band', band: { box, segments: [box] }, read: line, time });
          else header.push({ text: line.text, confidence: line.confidence, height: line.height });
        }
      }
    } else {
      const read = await readRegion(session.worker, raster, band.box, layout, 'label');
      session.counted();
      items.push({ kind: 'band', band, read, time: separatorTime(read.text, reference) });
    }
    step();
  }
  for (const bubble of layout.bubbles) {
    const inset = Math.round(2 * layout.scale);
    const read = await readRegion(session.worker, raster, insetBox(bubble.box, inset), layout, 'message', { background: layout.background, fill: bubble.fill });
    session.counted();
    if (read.text) found++;
    items.push({ kind: 'bubble', bubble, read });
    step();
  }
  items.sort((a, b) => (a.kind === 'band' ? a.band.box.y : a.bubble.box.y) - (b.kind === 'band' ? b.band.box.y : b.bubble.box.y));
  const sender = pickSender(header);
  return {
    sender: sender?.text ?? null,
    senderConfidence: sender?.confidence ?? 0,
    messages: assembleMessages(items, layout, raster.width, options),
  };
}
