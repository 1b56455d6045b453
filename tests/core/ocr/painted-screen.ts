// SPDX-License-Identifier: MIT
// Message-app screens painted pixel by pixel, so the layout and region tests know exactly where
// every bubble, avatar, label and input bar is. Shapes are given in points and painted at a scale
// (2 or 3 image pixels per point, as phones do); "text" is drawn as glyph-like thin strokes, which
// is all the layout analysis looks at.
import type { PixelBox } from '../../../src-main/core/model/screenshot';
import type { Raster } from '../../../src-main/core/ocr/raster';

export type Colour = readonly [number, number, number];

export interface Theme {
  background: Colour;
  incoming: Colour;
  incomingText: Colour;
  outgoing: Colour;
  outgoingText: Colour;
  label: Colour;
  avatar: Colour;
  inputBar: Colour;
  send: Colour;
}

export const LIGHT: Theme = {
  background: [255, 255, 255],
  incoming: [233, 233, 235],
  incomingText: [0, 0, 0],
  outgoing: [52, 199, 89],
  outgoingText: [255, 255, 255],
  label: [142, 142, 147],
  avatar: [120, 144, 156],
  inputBar: [242, 242, 247],
  send: [0, 122, 255],
};

export const DARK: Theme = {
  background: [0, 0, 0],
  incoming: [38, 38, 41],
  incomingText: [235, 235, 245],
  outgoing: [10, 132, 255],
  outgoingText: [255, 255, 255],
  label: [142, 142, 147],
  avatar: [99, 99, 102],
  inputBar: [28, 28, 30],
  send: [10, 132, 255],
};

export class Canvas {
  readonly raster: Raster;

  constructor(
    widthPt: number,
    heightPt: number,
    readonly scale: number,
    background: Colour,
  ) {
    const width = Math.round(widthPt * scale);
    const height = Math.round(heightPt * scale);
    const data = Buffer.alloc(width * height * 3);
    for (let i = 0; i < data.length; i += 3) data.set(background, i);
    this.raster = { width, height, data };
  }

  /** Point box → pixel box, rounded outward the way a renderer snaps. */
  px(x: number, y: number, width: number, height: number): PixelBox {
    const x0 = Math.round(x * this.scale);
    const y0 = Math.round(y * this.scale);
    return { x: x0, y: y0, width: Math.round((x + width) * this.scale) - x0, height: Math.round((y + height) * this.scale) - y0 };
  }

  private paint(x: number, y: number, colour: Colour): void {
    const { width, height, data } = this.raster;
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    data.set(colour, (y * width + x) * 3);
  }

  /** A rounded rectangle in points; rows above `clipTopPt` are not painted (a list scrolled under its header). */
  roundRect(x: number, y: number, width: number, height: number, radius: number, colour: Colour, clipTopPt = -Infinity): PixelBox {
    const box = this.px(x, y, width, height);
    const r = Math.min(radius * this.scale, box.width / 2, box.height / 2);
    const clip = clipTopPt * this.scale;
    for (let py = box.y; py < box.y + box.height; py++) {
      if (py < clip) continue;
      for (let px = box.x; px < box.x + box.width; px++) {
        const cx = Math.min(Math.max(px + 0.5, box.x + r), box.x + box.width - r);
        const cy = Math.min(Math.max(py + 0.5, box.y + r), box.y + box.height - r);
        if ((px + 0.5 - cx) ** 2 + (py + 0.5 - cy) ** 2 <= r * r) this.paint(px, py, colour);
      }
    }
    return box;
  }

  rect(x: number, y: number, width: number, height: number, colour: Colour): PixelBox {
    return this.roundRect(x, y, width, height, 0, colour);
  }

  disc(cx: number, cy: number, radius: number, colour: Colour): PixelBox {
    return this.roundRect(cx - radius, cy - radius, 2 * radius, 2 * radius, radius, colour);
  }

  /**
   * A run of `count` glyphs of `size` points starting at (x, y): each two upright strokes and three
   * cross strokes, a point thick, like a CJK character at this resolution. `gaps` lists glyph
   * indexes after which a word space follows. Returns the width in points.
   */
  glyphs(x: number, y: number, count: number, size: number, colour: Colour, gaps: readonly number[] = []): number {
    let left = x;
    for (let i = 0; i < count; i++) {
      for (const at of [0.2, 0.7]) this.rect(left + at * size, y + 0.1 * size, 1, 0.8 * size, colour);
      for (const at of [0.15, 0.5, 0.85]) this.rect(left + 0.1 * size, y + at * size - 0.5, 0.8 * size, 1, colour);
      left += size + 1;
      if (gaps.includes(i)) left += size * 0.35;
    }
    return left - x;
  }

  /** A bubble holding lines of glyphs, anchored to the left (`in`) or right (`out`) at `edge` points. */
  bubble(side: 'in' | 'out', edge: number, y: number, lineGlyphs: readonly number[], fill: Colour, text: Colour, clipTopPt?: number): PixelBox {
    const size = 15;
    const padX = 12;
    const padY = 8;
    const width = Math.max(...lineGlyphs) * (size + 1) + 2 * padX;
    const height = lineGlyphs.length * size + (lineGlyphs.length - 1) * 5 + 2 * padY;
    const x = side === 'in' ? edge : this.raster.width / this.scale - edge - width;
    const box = this.roundRect(x, y, width, height, 17, fill, clipTopPt);
    lineGlyphs.forEach((n, i) => {
      const top = y + padY + i * (size + 5);
      if (clipTopPt === undefined || top >= clipTopPt) this.glyphs(x + padX, top, n, size, text);
    });
    return box;
  }
}

export interface PaintedChat {
  raster: Raster;
  scale: number;
  /** Where each bubble was painted, in screen order. */
  bubbles: { box: PixelBox; side: 'in' | 'out'; fill: Colour; partial: boolean }[];
  avatar: PixelBox;
  inputBar: PixelBox;
  sendButton: PixelBox;
  statusBar: { top: number; bottom: number };
  header: { top: number; bottom: number; back: PixelBox; name: PixelBox; button: PixelBox };
  separators: PixelBox[];
}

/** The box the strokes of a glyph run cover: its advance less the glyphs' side bearings. */
function inkOf(c: Canvas, x: number, y: number, advance: number, size: number): PixelBox {
  return c.px(x + 0.1 * size, y + 0.1 * size, advance - 1 - 0.2 * size, 0.8 * size);
}

const WIDTH_PT = 390;
const HEIGHT_PT = 844;

/**
 * A conversation screen: status bar, header (back chevron, name, call button), a bubble scrolled
 * half under the header, a centred time separator, an incoming bubble with an avatar, an outgoing
 * reply, another separator, a two-line incoming bubble, and the input bar with its send button.
 */
export function paintChat(scale: number, theme: Theme): PaintedChat {
  const c = new Canvas(WIDTH_PT, HEIGHT_PT, scale, theme.background);
  const statusTop = 16;
  c.glyphs(24, statusTop, 4, 12, theme.incomingText);
  c.rect(300, statusTop + 2, 18, 8, theme.incomingText);
  c.rect(334, statusTop + 1, 22, 10, theme.incomingText);
  const headerTop = 62;
  c.rect(14, headerTop + 2, 3, 14, theme.send);
  c.rect(17, headerTop + 2, 8, 3, theme.send);
  const back = c.px(14, headerTop + 2, 11, 14);
  const name = inkOf(c, 160, headerTop, c.glyphs(160, headerTop, 3, 18, theme.incomingText), 18);
  c.glyphs(340, headerTop + 2, 1, 16, theme.send);
  const button = c.px(340, headerTop + 2, 16, 16);
  const listTop = 100;

  const bubbles: PaintedChat['bubbles'] = [];
  // Scrolled so its top 40 points are hidden under the header.
  const cutBox = c.bubble('out', 12, listTop - 40, [8, 8, 5], theme.outgoing, theme.outgoingText, listTop);
  bubbles.push({ box: { ...cutBox, y: Math.round(listTop * scale), height: cutBox.y + cutBox.height - Math.round(listTop * scale) }, side: 'out', fill: theme.outgoing, partial: true });

  const separators: PixelBox[] = [];
  const sepWidth = 7 * 12 + 7 + 12 * 0.35;
  const sep1 = c.glyphs((WIDTH_PT - sepWidth) / 2, 170, 7, 12, theme.label, [1]);
  separators.push(inkOf(c, (WIDTH_PT - sepWidth) / 2, 170, sep1, 12));

  const inTop = 200;
  bubbles.push({ box: c.bubble('in', 52, inTop, [10, 4], theme.incoming, theme.incomingText), side: 'in', fill: theme.incoming, partial: false });
  const avatar = c.disc(26, inTop + 51 - 18, 18, theme.avatar);
  bubbles.push({ box: c.bubble('out', 12, 290, [6, 3], theme.outgoing, theme.outgoingText), side: 'out', fill: theme.outgoing, partial: false });

  const sep2 = c.glyphs((WIDTH_PT - sepWidth) / 2, 360, 7, 12, theme.label, [1]);
  separators.push(inkOf(c, (WIDTH_PT - sepWidth) / 2, 360, sep2, 12));
  bubbles.push({ box: c.bubble('in', 52, 392, [14, 14, 9], theme.incoming, theme.incomingText), side: 'in', fill: theme.incoming, partial: false });
  c.disc(26, 392 + 71 - 18, 18, theme.avatar);

  const inputBar = c.roundRect(52, 786, 290, 36, 18, theme.inputBar);
  c.glyphs(66, 797, 2, 14, theme.label);
  const sendButton = c.disc(364, 804, 17, theme.send);
  return {
    raster: c.raster,
    scale,
    bubbles,
    avatar,
    inputBar,
    sendButton,
    statusBar: { top: Math.round(statusTop * scale), bottom: Math.round((statusTop + 12) * scale) },
    header: { top: Math.round(headerTop * scale), bottom: Math.round((headerTop + 18) * scale), back, name, button },
    separators,
  };
}
