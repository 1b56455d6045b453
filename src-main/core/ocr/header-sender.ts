// SPDX-License-Identifier: MIT
// The other party of a conversation, from the lines of text in the screen's header: a number when
// one is shown (with its grouping spaces removed), else the saved name. The header also holds
// app labels ("短信", "Text Message"), buttons and the chevron that opens the contact card; those
// are not names.

export interface HeaderLine {
  text: string;
  confidence: number;
  /** The line's text height, comparable between the lines of one screen. */
  height: number;
}

const APP_LABELS = new Set(
  [
    '信息', '短信', '短信/彩信', '彩信', '通知信息', '新信息', 'imessage', 'text message', 'sms', 'mms', 'sms/mms',
    '手机', '移动电话', '电话', '住宅', '工作', '其他', 'mobile', 'phone', 'home', 'work', 'other', '陌生号码', '未知号码',
    'messages', 'message', '详情', '编辑', '取消', '返回', '联系人', 'rcs', 'chat', 'today', '今天',
  ].map((s) => s.toLowerCase()),
);

/** Chevrons, arrows and icon glyphs OCR makes of the header's buttons. */
const DECORATION = /^[\s<>‹›〈〉«»|/\\·•…、,.:;'"`~^*+=_\-—–()[\]{}©®@#&%!?¥$€£]{0,3}(?=\S)|[\s<>‹›〈〉«»|/\\·•…、,.:;'"`~^*=_\-—–()[\]{}©®@#&%!?，。；：！？》」』]+$/gu;
const NUMBER = /\+?\d[\d\s\-()]{3,}\d/u;

function phoneNumber(text: string): string | null {
  const match = NUMBER.exec(text);
  // The number is the line (a chevron or a comma may trail it), not a figure inside a sentence.
  if (!match || match[0].length < text.replace(/\s/g, '').length * 0.6) return null;
  const digits = match[0].replace(/[^\d+]/g, '');
  return digits.replace(/^\+?/, (plus) => plus).length >= 5 ? digits : null;
}

function nameOf(text: string): string | null {
  const cleaned = text.replace(DECORATION, '').trim();
  if (cleaned.length === 0 || cleaned.length > 24) return null;
  if (APP_LABELS.has(cleaned.toLowerCase())) return null;
  // A name is letters: CJK or Latin, a few separators; icon noise is mostly punctuation.
  const letters = cleaned.match(/[\p{L}]/gu)?.length ?? 0;
  return letters >= Math.max(1, cleaned.length * 0.6) ? cleaned : null;
}

export function pickSender(lines: readonly HeaderLine[]): { text: string; confidence: number } | null {
  const numbers = lines
    .map((l) => ({ text: phoneNumber(l.text), confidence: l.confidence }))
    .filter((l): l is { text: string; confidence: number } => l.text !== null);
  if (numbers.length > 0) return numbers.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  const names = lines
    .map((l) => ({ text: nameOf(l.text), confidence: l.confidence, height: l.height }))
    .filter((l): l is { text: string; confidence: number; height: number } => l.text !== null && l.confidence >= 0.5);
  if (names.length === 0) return null;
  // The name is the header's main text: prefer the larger lines, then the more legible.
  const tallest = Math.max(...names.map((l) => l.height));
  const weight = (l: { confidence: number; height: number }) => l.confidence * (l.height / tallest);
  const best = names.reduce((a, b) => (weight(b) > weight(a) ? b : a));
  return { text: best.text, confidence: best.confidence };
}
