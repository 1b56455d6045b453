// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { RecognizedMessage, ScreenshotReading } from '../../src-main/core/model/screenshot';
import type { CorpusEntry } from '../support/screenshot-corpus/corpus-truth';
import { imageGroup, scoreOurs, senderMatches } from './image-score';

const ENTRY: CorpusEntry = {
  id: 'x',
  file: 'x.png',
  app: 'ios',
  theme: 'light',
  scale: 3,
  jpeg_quality: null,
  sender: '+86 138 0013 8000',
  sender_address: '+8613800138000',
  reference_date: '2025-04-16',
  time_zone: 'Asia/Shanghai',
  conversation: null,
  part: null,
  width: 1170,
  height: 2532,
  items: [
    { kind: 'message', direction: 'in', text: '你这个钱到底还不还？', time: null, box: { x: 40, y: 300, width: 700, height: 60 }, partial: true },
    { kind: 'separator', text: '昨天 09:41', time: '2025-04-15T09:41:00+08:00', box: { x: 500, y: 400, width: 170, height: 40 } },
    { kind: 'message', direction: 'in', text: '【工商银行】您尾号6217卡支出3,560.00元。', time: '2025-04-15T09:41:00+08:00', box: { x: 40, y: 460, width: 800, height: 160 }, partial: false },
    { kind: 'message', direction: 'out', text: '好的', time: '2025-04-15T09:41:00+08:00', box: { x: 950, y: 640, width: 180, height: 80 }, partial: false },
  ],
};

const found = (text: string, box: RecognizedMessage['box'], direction: 'in' | 'out', time: string | null): RecognizedMessage => ({
  text,
  time,
  time_text: null,
  direction,
  confidence: 0.9,
  box,
  low_confidence: [],
  partial: false,
});

const reading = (messages: RecognizedMessage[], sender: string | null): ScreenshotReading => ({
  file: 'x.png',
  sha256: 'a'.repeat(64),
  width: 1170,
  height: 2532,
  sender,
  sender_confidence: 0.9,
  reference_date: '2025-04-16',
  time_zone: 'Asia/Shanghai',
  messages,
});

describe('scoring a reading against the truth', () => {
  it('compares numbers by digits and names exactly', () => {
    expect(senderMatches(ENTRY, '+86 138 0013 8000')).toBe(true);
    expect(senderMatches(ENTRY, '8613800138000')).toBe(true);
    expect(senderMatches(ENTRY, '+86 138 0013 8006')).toBe(false);
    expect(senderMatches({ ...ENTRY, sender: '王律师', sender_address: '王律师' }, '王律帅')).toBe(false);
    expect(senderMatches(ENTRY, null)).toBe(false);
  });

  it('leaves the cut-off bubble out and scores a perfect reading as perfect', () => {
    const score = scoreOurs(
      ENTRY,
      reading(
        [
          found('你这个钱到底', { x: 40, y: 300, width: 700, height: 60 }, 'in', null),
          found('【工商银行】您尾号 6217 卡支出 3,560.00 元。', { x: 44, y: 462, width: 790, height: 150 }, 'in', '2025-04-15T09:41:00.000+08:00'),
          found('好的', { x: 950, y: 640, width: 180, height: 80 }, 'out', '2025-04-15T01:41:00Z'),
        ],
        '+86 138 0013 8000',
      ),
    );
    expect(score).toMatchObject({ truthBubbles: 2, found: 2, directionRight: 2, timed: 2, timeRight: 2, senderRight: true });
    expect(score.page.errors).toBe(0);
    expect(score.bubbles.errors).toBe(0);
  });

  it('counts a missed bubble, a wrong side and a wrong time', () => {
    const score = scoreOurs(ENTRY, reading([found('好的', { x: 950, y: 640, width: 180, height: 80 }, 'in', '2025-04-16T09:41:00+08:00')], null));
    expect(score).toMatchObject({ found: 1, directionRight: 0, timeRight: 0, senderRight: false });
    expect(score.bubbles.errors).toBe(score.bubbles.length - 2);
  });

  it('puts dark or recompressed screenshots in the hard group', () => {
    expect(imageGroup(ENTRY)).toBe('clean');
    expect(imageGroup({ ...ENTRY, theme: 'dark' })).toBe('hard');
    expect(imageGroup({ ...ENTRY, jpeg_quality: 78 })).toBe('hard');
  });
});
