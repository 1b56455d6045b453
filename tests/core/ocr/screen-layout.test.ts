// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PixelBox } from '../../../src-main/core/model/screenshot';
import type { Raster } from '../../../src-main/core/ocr/raster';
import { analyseLayout, backgroundColour, luminance } from '../../../src-main/core/ocr/screen-layout';
import { DARK, LIGHT, paintChat, type Colour } from './painted-screen';

const overlaps = (a: PixelBox, b: PixelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const contains = (outer: PixelBox, inner: PixelBox) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const grown = (b: PixelBox, by: number): PixelBox => ({ x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by });
const near = (a: readonly number[], b: Colour, tolerance: number) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

/** Rows `from`..`to` (exclusive) of a raster, as a screenshot cropped to part of the screen. */
function rows(raster: Raster, from: number, to: number): Raster {
  return { width: raster.width, height: to - from, data: raster.data.subarray(from * raster.width * 3, to * raster.width * 3) };
}

describe.each([
  ['light', 2, LIGHT],
  ['light', 3, LIGHT],
  ['dark', 2, DARK],
  ['dark', 3, DARK],
] as const)('analyseLayout on a %s chat at scale %d', (themeName, scale, theme) => {
  const painted = paintChat(scale, theme);
  const layout = analyseLayout(painted.raster);

  it('derives the scale from the width and the theme from the background', () => {
    expect(layout.scale).toBe(scale);
    expect(layout.background).toEqual(theme.background);
    expect(layout.dark).toBe(themeName === 'dark');
  });

  it('finds every bubble in screen order, each within a few pixels of where it was painted', () => {
    expect(layout.bubbles).toHaveLength(painted.bubbles.length);
    layout.bubbles.forEach((found, i) => {
      const truth = painted.bubbles[i]!.box;
      // A cell mostly covered by the edge counts as filled, so the box may overhang by a pixel or two.
      expect(contains(grown(truth, scale), found.box)).toBe(true);
      // The grid may lose up to a cell (2.5 points) on each side, never more.
      expect(truth.width - found.box.width).toBeLessThanOrEqual(2 * Math.round(2.5 * scale));
      expect(truth.height - found.box.height).toBeLessThanOrEqual(2 * Math.round(2.5 * scale));
    });
  });

  it('tells incoming bubbles on the left from outgoing ones on the right', () => {
    expect(layout.bubbles.map((b) => b.side)).toEqual(['out', 'in', 'out', 'in']);
  });

  it('takes each bubble fill colour from its own pixels, not from its text', () => {
    layout.bubbles.forEach((found, i) => expect(near(found.fill, painted.bubbles[i]!.fill, 4)).toBe(true));
  });

  it('flags only the bubble scrolled under the header as partial', () => {
    expect(layout.bubbles.map((b) => b.partial)).toEqual([true, false, false, false]);
  });

  it('does not take the round avatar or send button for bubbles', () => {
    for (const disc of [painted.avatar, painted.sendButton]) {
      expect(layout.bubbles.some((b) => overlaps(b.box, disc))).toBe(false);
    }
  });

  it('does not take the input bar at the foot of the screen for a bubble', () => {
    expect(layout.bubbles.some((b) => overlaps(b.box, painted.inputBar))).toBe(false);
    expect(layout.bubbles.every((b) => b.box.y + b.box.height <= painted.inputBar.y)).toBe(true);
  });

  it('finds the status bar and the header as separate lines of text', () => {
    const status = layout.bands.find((b) => b.box.y < painted.statusBar.bottom);
    const header = layout.bands.find((b) => b.box.y >= painted.header.top - scale && b.box.y < painted.header.bottom);
    expect(status).toBeDefined();
    expect(header).toBeDefined();
    expect(status).not.toBe(header);
    expect(status!.box.y + status!.box.height).toBeLessThanOrEqual(painted.header.top);
  });

  it('splits the header line at its wide gaps into back arrow, name and button', () => {
    const header = layout.bands.find((b) => b.box.y >= painted.header.top - scale && b.box.y < painted.header.bottom)!;
    expect(header.segments).toHaveLength(3);
    const [back, name, button] = header.segments;
    const centre = (b: PixelBox) => b.x + b.width / 2;
    expect(Math.abs(centre(back!) - centre(painted.header.back))).toBeLessThan(2 * scale);
    expect(Math.abs(centre(name!) - centre(painted.header.name))).toBeLessThan(2 * scale);
    expect(Math.abs(centre(button!) - centre(painted.header.button))).toBeLessThan(2 * scale);
    expect(Math.abs(name!.width - painted.header.name.width)).toBeLessThanOrEqual(2 * scale);
  });

  it('finds each centred time separator as one line between the bubbles around it', () => {
    const [cut, first, second, third] = layout.bubbles.map((b) => b.box);
    const bottom = (b: PixelBox) => b.y + b.height;
    const between = (above: PixelBox, below: PixelBox) => layout.bands.filter((b) => b.box.y >= bottom(above) && bottom(b.box) <= below.y);
    const one = between(cut!, first!);
    const two = between(second!, third!);
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(1);
    for (const [band, truth] of [[one[0]!, painted.separators[0]!], [two[0]!, painted.separators[1]!]] as const) {
      expect(band.segments).toHaveLength(1);
      expect(Math.abs(band.box.x + band.box.width / 2 - painted.raster.width / 2)).toBeLessThan(2 * scale);
      expect(Math.abs(band.box.y - truth.y)).toBeLessThanOrEqual(2 * scale);
    }
    expect(between(first!, second!)).toEqual([]);
  });

  it('masks bubbles and avatars out of the lines of text', () => {
    for (const band of layout.bands) {
      expect(painted.bubbles.some((b) => overlaps(band.box, b.box))).toBe(false);
      expect(overlaps(band.box, painted.avatar)).toBe(false);
    }
  });
});

describe('analyseLayout on cropped screenshots', () => {
  it('flags a bubble cut off by the top edge of the image as partial', () => {
    const painted = paintChat(3, LIGHT);
    // Cropped through the top of the first incoming bubble (painted 200–251 points), above its avatar.
    const layout = analyseLayout(rows(painted.raster, 210 * 3, painted.raster.height));
    expect(layout.bubbles[0]).toMatchObject({ side: 'in', partial: true });
    expect(layout.bubbles[0]!.box.y).toBeLessThanOrEqual(3 * 3);
    expect(layout.bubbles.slice(1).map((b) => b.partial)).toEqual([false, false]);
  });

  it('flags a bubble cut off by the bottom edge of the image as partial', () => {
    const painted = paintChat(2, DARK);
    // Cropped through the straight sides of the narrow outgoing reply (painted 290–341 points): no
    // input bar in view.
    const layout = analyseLayout(rows(painted.raster, 0, 322 * 2));
    expect(layout.bubbles.map((b) => b.partial)).toEqual([true, false, true]);
    expect(layout.bubbles.at(-1)!.side).toBe('out');
  });
});

describe('backgroundColour and luminance', () => {
  it('picks the commonest colour of the conversation area, not of the bars', () => {
    const width = 100;
    const height = 200;
    const data = Buffer.alloc(width * height * 3);
    for (let y = 0; y < height; y++) {
      // A dark header and footer, a light beige conversation between.
      const colour: Colour = y < 30 || y >= 170 ? [20, 20, 20] : [237, 229, 216];
      for (let x = 0; x < width; x++) data.set(colour, (y * width + x) * 3);
    }
    expect(backgroundColour({ width, height, data })).toEqual([237, 229, 216]);
  });

  it('weighs green most and blue least, as the eye does', () => {
    expect(luminance([0, 255, 0])).toBeGreaterThan(luminance([255, 0, 0]));
    expect(luminance([255, 0, 0])).toBeGreaterThan(luminance([0, 0, 255]));
    expect(luminance([255, 255, 255])).toBeCloseTo(255, 5);
  });
});
