// SPDX-License-Identifier: MIT
// Where a bubble's box lies on the screenshot as shown: in percent of the image, so that the
// outline follows the picture at whatever size the page draws it.
import type { PixelBox } from '../../src-main/ipc/contract';

export interface PercentBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

function percent(value: number, whole: number): number {
  return Math.min(100, Math.max(0, (value / whole) * 100));
}

/** The box in percent of a width × height image, cut to the image; null without a box or a size. */
export function percentBox(box: PixelBox | null, width: number, height: number): PercentBox | null {
  if (box === null || !(width > 0) || !(height > 0)) return null;
  const left = percent(box.x, width);
  const top = percent(box.y, height);
  return {
    left,
    top,
    width: Math.min(100 - left, percent(box.width, width)),
    height: Math.min(100 - top, percent(box.height, height)),
  };
}
