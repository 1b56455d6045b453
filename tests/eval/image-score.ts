// SPDX-License-Identifier: MIT
// Scores one screenshot: what native tesseract's page text and Leakline's reading got right against
// the corpus truth. Bubbles cut off by the screen's edge are left out of every count: their text is
// only part of a message on this screen.
import type { ScreenshotReading } from '../../src-main/core/model/screenshot';
import type { CorpusEntry, TruthMessage } from '../support/screenshot-corpus/corpus-truth';
import { centreInside, matchBubbles } from './bubble-matching';
import { addErrors, characterErrors, NO_ERRORS, type CharacterErrors } from './cer-text';
import { messageLines, type NativeLine } from './native-lines';

export type ImageGroup = 'clean' | 'hard';

export interface NativeScore {
  /** Kept page lines against the whole bubbles' texts, both in screen order. */
  page: CharacterErrors;
}

export interface OursScore {
  /** All recognised message texts outside cut-off bubbles against the whole bubbles' texts. */
  page: CharacterErrors;
  /** Bubble by bubble; a truth bubble not found counts all its characters as errors. */
  bubbles: CharacterErrors;
  truthBubbles: number;
  found: number;
  directionRight: number;
  timed: number;
  timeRight: number;
  senderRight: boolean;
}

export interface ImageScore {
  id: string;
  group: ImageGroup;
  native: NativeScore | null;
  ours: OursScore | null;
}

/** Clean: a light theme saved as PNG. Hard: a dark theme or a JPEG recompression. */
export function imageGroup(entry: CorpusEntry): ImageGroup {
  return entry.theme === 'light' && entry.jpeg_quality === null ? 'clean' : 'hard';
}

const messagesOf = (entry: CorpusEntry): TruthMessage[] => entry.items.filter((i): i is TruthMessage => i.kind === 'message');
const wholeMessages = (entry: CorpusEntry): TruthMessage[] => messagesOf(entry).filter((m) => !m.partial);
const truthPageText = (entry: CorpusEntry): string => wholeMessages(entry).map((m) => m.text).join('\n');

export function scoreNative(entry: CorpusEntry, lines: readonly NativeLine[]): NativeScore {
  const kept = messageLines(lines, {
    bubbles: messagesOf(entry),
    separators: entry.items.filter((i) => i.kind === 'separator').map((i) => i.text),
    sender: entry.sender,
  });
  return { page: characterErrors(truthPageText(entry), kept.map((l) => l.text).join('\n')) };
}

const digitsOf = (text: string): string => text.replace(/\D/g, '');
const isNumber = (text: string): boolean => /^[+\d\s()-]+$/.test(text);
/**
 * A space between two Chinese characters of a saved name ("催收 小刘") cannot be told from the
 * gap glyphs leave on their own, by OCR or by a person copying the header; it is not counted.
 */
const nameForm = (text: string): string =>
  text.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');

/** Numbers compare by their digits (with or without the +86 the header shows); names exactly, but for spaces between Chinese characters. */
export function senderMatches(entry: CorpusEntry, found: string | null): boolean {
  if (found === null) return false;
  if (isNumber(entry.sender)) {
    const digits = digitsOf(found);
    return digits.length > 0 && (digits === digitsOf(entry.sender) || digits === digitsOf(entry.sender_address));
  }
  return nameForm(found) === nameForm(entry.sender);
}

export function scoreOurs(entry: CorpusEntry, reading: ScreenshotReading): OursScore {
  const whole = wholeMessages(entry);
  const cutOff = messagesOf(entry).filter((m) => m.partial);
  const counted = reading.messages.filter((m) => !cutOff.some((c) => centreInside(m.box, c.box))).sort((a, b) => a.box.y - b.box.y);
  const page = characterErrors(truthPageText(entry), counted.map((m) => m.text).join('\n'));
  const matches = matchBubbles(
    whole.map((m) => m.box),
    reading.messages.map((m) => m.box),
  );
  let bubbles = NO_ERRORS;
  let found = 0;
  let directionRight = 0;
  let timed = 0;
  let timeRight = 0;
  whole.forEach((truth, i) => {
    const index = matches[i];
    const mine = index === null || index === undefined ? undefined : reading.messages[index];
    bubbles = addErrors(bubbles, characterErrors(truth.text, mine?.text ?? ''));
    if (truth.time !== null) timed++;
    if (!mine) return;
    found++;
    if (mine.direction === truth.direction) directionRight++;
    if (truth.time !== null && mine.time !== null && Date.parse(mine.time) === Date.parse(truth.time)) timeRight++;
  });
  return { page, bubbles, truthBubbles: whole.length, found, directionRight, timed, timeRight, senderRight: senderMatches(entry, reading.sender) };
}
