// SPDX-License-Identifier: MIT
// Reads one screenshot: finds its layout, reads every bubble and every line of text on the
// background separately, and puts the conversation together: who the other party is (the header),
// which bubbles are theirs (the side), and when each was sent (the separator above it).
import { CancelledError } from '../errors';
import type { PixelBox, RecognizedMessage } from '../model/screenshot';
import type { Raster } from './raster';
import { analyseLayout, type Bubble, type ScreenLayout, type TextBand } from './screen-layout';
import { insetBox, regionPixels } from './region-image';
import type { RecognizedLine, RecognizedText } from './recognized-text';
import { readSheet } from './region-sheet';
import { parseScreenTime, type ScreenTime } from './screen-time';
import { pickSender, type HeaderLine } from './header-sender';
import type { OcrSession } from './ocr-pool';

export interface ScreenReadOptions {
  referenceDate: string;
  timeZone: string;
  signal?: AbortSignal;
  /** Called after the layout, after the labels and after the bubbles are read. */
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


/** A separator read as one text, whatever lines tesseract cut it into. */
function joinedLines(lines: readonly RecognizedLine[]): RecognizedText {
  if (lines.length === 0) return { text: '', confidence: 0, lowConfidence: [] };
  return { text: lines.map((l) => l.text).join(' '), confidence: Math.min(...lines.map((l) => l.confidence)), lowConfidence: [] };
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
  const lastBubbleEnd = Math.max(0, ...layout.bubbles.map((b) => b.box.y + b.box.height));
  // Below the last bubble there is only the input bar and its hint ("短信", "Text Message"); a
  // screen without bubbles keeps every line, since its separators and header are all there is.
  const bands = layout.bands.filter((b) => !isStatusBar(b, raster.height) && (layout.bubbles.length === 0 || b.box.y < lastBubbleEnd));
  const firstBubbleTop = layout.bubbles[0]?.box.y ?? raster.height;
  // A header row holds a back arrow, the name (maybe above a "手机" subtitle) and buttons apart
  // from each other: each piece is read alone, line by line.
  const labels = bands.flatMap((band) =>
    band.box.y < firstBubbleTop ? band.segments.map((box) => ({ box, header: true })) : [{ box: band.box, header: false }],
  );
  const total = 1 + (labels.length > 0 ? 1 : 0) + (layout.bubbles.length > 0 ? 1 : 0);
  let done = 1;
  let found = 0;
  options.onStep?.(done, total, found);
  const reference = { date: options.referenceDate, timeZone: options.timeZone };
  const items: Item[] = [];
  const header: HeaderLine[] = [];
  // Checked after reporting too: the report is where a caller's cancel button gets pressed, and the
  // worker is gone once it is.
  const step = () => {
    options.onStep?.(++done, total, found);
    if (options.signal?.aborted) throw new CancelledError();
  };
  if (labels.length > 0) {
    const crops = await Promise.all(labels.map((l) => regionPixels(raster, l.box, layout.scale)));
    const lines = (await readSheet(session.worker, crops, 'label')).map((r) => r.lines);
    session.counted();
    labels.forEach((label, i) => {
      const band = { box: label.box, segments: [label.box] };
      if (label.header) {
        for (const line of lines[i]!) {
          const time = separatorTime(line.text, reference);
          if (time) items.push({ kind: 'band', band, read: line, time });
          else header.push({ text: line.text, confidence: line.confidence, height: line.height });
        }
        return;
      }
      const read = joinedLines(lines[i]!);
      items.push({ kind: 'band', band, read, time: separatorTime(read.text, reference) });
    });
    step();
  }
  if (layout.bubbles.length > 0) {
    const inset = Math.round(2 * layout.scale);
    const crops = await Promise.all(
      layout.bubbles.map((b) => regionPixels(raster, insetBox(b.box, inset), layout.scale, { background: layout.background, fill: b.fill })),
    );
    const reads = await readSheet(session.worker, crops, 'message');
    session.counted();
    layout.bubbles.forEach((bubble, i) => {
      const read = reads[i]!.text;
      if (read.text) found++;
      items.push({ kind: 'bubble', bubble, read });
    });
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
