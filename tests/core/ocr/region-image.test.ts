// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PixelBox } from '../../../src-main/core/model/screenshot';
import { hasLightText, insetBox, regionImage } from '../../../src-main/core/ocr/region-image';
import { analyseLayout } from '../../../src-main/core/ocr/screen-layout';
import { Canvas, DARK, LIGHT, paintChat, type Colour } from './painted-screen';

const grey = ([r, g, b]: Colour) => Math.round(0.299 * r + 0.587 * g + 0.114 * b);

/** A patch of `ground` with every fifth column of `text`, as strokes in a line of text. */
function patch(ground: Colour, text: Colour): Uint8Array {
  const out = new Uint8Array(400);
  for (let i = 0; i < out.length; i++) out[i] = grey(i % 5 === 0 ? text : ground);
  return out;
}

/** Reads the binary PGM (P5) the engine is given: a text header, then one byte per pixel. */
async function decode(pgm: Buffer): Promise<{ width: number; height: number; channels: number; data: Buffer }> {
  const header = /^P5\n(\d+) (\d+)\n255\n/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  expect(data.length).toBe(width * height);
  return { width, height, channels: 1, data };
}

describe('insetBox', () => {
  it('shrinks a box by the inset on every side', () => {
    expect(insetBox({ x: 10, y: 20, width: 100, height: 40 }, 4)).toEqual({ x: 14, y: 24, width: 92, height: 32 });
  });

  it('never shrinks a thin box below one pixel', () => {
    expect(insetBox({ x: 10, y: 20, width: 3, height: 1 }, 6)).toEqual({ x: 11, y: 20, width: 1, height: 1 });
    expect(insetBox({ x: 0, y: 0, width: 2, height: 2 }, 6)).toMatchObject({ width: 2, height: 2 });
  });
});

describe('hasLightText', () => {
  it('says white text on a green bubble is light', () => {
    expect(hasLightText(patch([52, 199, 89], [255, 255, 255]))).toBe(true);
  });

  it('says white text on a blue bubble is light', () => {
    expect(hasLightText(patch([0, 122, 255], [255, 255, 255]))).toBe(true);
  });

  it('says black text on a grey bubble is dark', () => {
    expect(hasLightText(patch([233, 233, 235], [0, 0, 0]))).toBe(false);
  });

  it('says light text on a dark-mode bubble is light', () => {
    expect(hasLightText(patch([38, 38, 41], [235, 235, 245]))).toBe(true);
  });

  it('says grey separator text on a white background is dark', () => {
    expect(hasLightText(patch([255, 255, 255], [142, 142, 147]))).toBe(false);
  });
});

describe('regionImage', () => {
  /** Output pixel for an input pixel, when the crop is not resized (2 px per point). */
  const at = (image: { width: number; data: Buffer; channels: number }, box: PixelBox, x: number, y: number, scale: number) => {
    const margin = Math.round(6 * scale);
    return image.data[((y - box.y + margin) * image.width + (x - box.x + margin)) * image.channels]!;
  };

  it.each([
    ['white text on a green bubble', LIGHT, 0],
    ['black text on a grey bubble', LIGHT, 1],
    ['light text on a dark-mode grey bubble', DARK, 1],
    ['white text on a dark-mode blue bubble', DARK, 2],
  ] as const)('turns %s into dark text on a light ground', async (_, theme, index) => {
    const painted = paintChat(2, theme);
    const layout = analyseLayout(painted.raster);
    const bubble = layout.bubbles[index]!;
    const box = insetBox(bubble.box, 4);
    const image = await decode(await regionImage(painted.raster, box, 2, { background: layout.background, fill: bubble.fill }));
    const values = [...image.data.filter((_, i) => i % image.channels === 0)];
    const light = values.filter((v) => v > 200).length;
    const dark = values.filter((v) => v < 60).length;
    expect(light).toBeGreaterThan(values.length * 0.6);
    expect(dark).toBeGreaterThan(values.length * 0.02);
    // The left upright stroke of the last line's first glyph: 12 + 3 points in from the painted
    // bubble's left edge, at the line's middle (8 + 7.5 points up from its bottom).
    const truth = painted.bubbles[index]!.box;
    const strokeX = truth.x + (12 + 3) * 2 + 1;
    const strokeY = truth.y + truth.height - (8 + 7.5) * 2;
    expect(at(image, box, strokeX, strokeY, 2)).toBeLessThan(60);
    expect(at(image, box, strokeX + 5 * 2, strokeY - 3 * 2, 2)).toBeGreaterThan(200);
  });

  it('writes a binary PGM sized to the crop plus a six-point margin at 2 px per point', async () => {
    const painted = paintChat(2, LIGHT);
    const box = analyseLayout(painted.raster).bubbles[1]!.box;
    const image = await decode(await regionImage(painted.raster, box, 2));
    expect([image.width, image.height]).toEqual([box.width + 24, box.height + 24]);
  });

  it('scales a 3x crop down to 2 px per point', async () => {
    const painted = paintChat(3, LIGHT);
    const box = analyseLayout(painted.raster).bubbles[1]!.box;
    const image = await decode(await regionImage(painted.raster, box, 3));
    expect(image.width).toBe(Math.round((box.width + 36) * (2 / 3)));
    expect(image.height).toBe(Math.round((box.height + 36) * (2 / 3)));
  });

  it('scales a low-resolution crop up by at most 2.5 times', async () => {
    const canvas = new Canvas(200, 60, 1, LIGHT.background);
    canvas.glyphs(10, 20, 6, 15, LIGHT.incomingText);
    const box = { x: 0, y: 10, width: 200, height: 40 };
    const image = await decode(await regionImage(canvas.raster, box, 0.5));
    expect(image.width).toBe(Math.round((200 + 6) * 2.5));
    expect(image.height).toBe(Math.round((40 + 6) * 2.5));
  });

  it('paints the corners outside a bubble shape with its fill, so inverting leaves no dark blobs', async () => {
    const painted = paintChat(2, LIGHT);
    const layout = analyseLayout(painted.raster);
    // The whole painted green bubble: its box corners show the white screen outside the rounded shape.
    const box = painted.bubbles[2]!.box;
    const shaped = await decode(await regionImage(painted.raster, box, 2, { background: layout.background, fill: layout.bubbles[2]!.fill }));
    const corner = at(shaped, box, box.x + 1, box.y + 1, 2);
    expect(corner).toBeGreaterThan(200);
    // Without the shape's colour the corners are flooded with nothing and come out dark once inverted.
    const plain = await decode(await regionImage(painted.raster, box, 2));
    expect(at(plain, box, box.x + 1, box.y + 1, 2)).toBeLessThan(60);
  });

  it('keeps a label drawn on the background dark on light without inverting', async () => {
    const painted = paintChat(2, LIGHT);
    const band = analyseLayout(painted.raster).bands.find((b) => b.box.y > painted.bubbles[0]!.box.y)!;
    const image = await decode(await regionImage(painted.raster, band.box, 2));
    // The margin is white and grey separator strokes are stretched to black.
    expect(image.data[0]).toBe(255);
    expect(Math.min(...image.data)).toBeLessThan(30);
  });
});
