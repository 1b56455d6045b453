// SPDX-License-Identifier: MIT
// The report's charts as inline SVG: no script, no external file, sharp in print. Each item's curve
// is drawn in its own labelled panel and bars carry their numbers, so nothing depends on colour.
import type { ReportInput } from '../model/report';
import type { ExposureCurve } from '../model/timeline';
import { escapeHtml, localDate } from './report-text';

const WIDTH = 680;

/** One step-curve panel per item: distinct senders that knew it, over the report's period. */
export function exposureCurvesSvg(curves: readonly ExposureCurve[], labels: ReadonlyMap<string, string>, zone: string): string {
  const drawn = curves.filter((c) => c.points.length > 0);
  if (drawn.length === 0) return '';
  // Loops, not Math.min(...): a curve per item can hold twenty thousand senders' points.
  let from = Infinity;
  let last = -Infinity;
  for (const c of drawn) for (const p of c.points) [from, last] = [Math.min(from, p.time), Math.max(last, p.time)];
  const to = Math.max(last, from + 86_400_000);
  const panelH = 64;
  const left = 170;
  const right = WIDTH - 50;
  const height = drawn.length * panelH + 24;
  const x = (t: number) => left + ((t - from) / (to - from)) * (right - left);
  const parts: string[] = [];
  drawn.forEach((curve, i) => {
    const top = i * panelH + 8;
    const bottom = top + panelH - 18;
    const max = curve.points.at(-1)!.senders;
    const y = (n: number) => bottom - (n / max) * (bottom - top - 4);
    let d = `M${x(from).toFixed(1)},${bottom}`;
    for (const p of curve.points) d += ` H${x(p.time).toFixed(1)} V${y(p.senders).toFixed(1)}`;
    d += ` H${right}`;
    const label = labels.get(curve.item) ?? curve.item;
    parts.push(
      `<text x="4" y="${top + 16}" class="lbl">${escapeHtml(truncate(label, 22))}</text>`,
      `<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" class="axis"/>`,
      `<path d="${d}" class="step"/>`,
      ...curve.points.map((p) => `<circle cx="${x(p.time).toFixed(1)}" cy="${y(p.senders).toFixed(1)}" r="2.5" class="dot"/>`),
      `<text x="${right + 6}" y="${(y(max) + 4).toFixed(1)}" class="num">${max}</text>`,
    );
  });
  parts.push(
    `<text x="${left}" y="${height - 4}" class="tick">${localDate(from, zone)}</text>`,
    `<text x="${right}" y="${height - 4}" class="tick" text-anchor="end">${localDate(to, zone)}</text>`,
  );
  return svg(height, parts);
}

/** Bars per month with the count written above each non-empty bar when they fit. */
export function monthlyHistogramSvg(monthly: ReportInput['monthly']): string {
  if (monthly.length === 0) return '';
  const height = 190;
  const left = 36;
  const bottom = height - 28;
  const top = 16;
  const slot = (WIDTH - left - 8) / monthly.length;
  const max = Math.max(...monthly.map((m) => m.count), 1);
  const labelEvery = Math.max(1, Math.ceil(monthly.length / 12));
  const parts: string[] = [
    `<line x1="${left}" y1="${bottom}" x2="${WIDTH - 8}" y2="${bottom}" class="axis"/>`,
    `<text x="${left - 4}" y="${top + 4}" class="tick" text-anchor="end">${max}</text>`,
    `<text x="${left - 4}" y="${bottom}" class="tick" text-anchor="end">0</text>`,
  ];
  monthly.forEach((m, i) => {
    const h = (m.count / max) * (bottom - top);
    const bx = left + i * slot + slot * 0.1;
    if (m.count > 0) parts.push(`<rect x="${bx.toFixed(1)}" y="${(bottom - h).toFixed(1)}" width="${(slot * 0.8).toFixed(1)}" height="${h.toFixed(1)}" class="bar"><title>${m.month}: ${m.count}</title></rect>`);
    if (m.count > 0 && slot >= 22) parts.push(`<text x="${(bx + slot * 0.4).toFixed(1)}" y="${(bottom - h - 3).toFixed(1)}" class="num" text-anchor="middle">${m.count}</text>`);
    if (i % labelEvery === 0) parts.push(`<text x="${(bx + slot * 0.4).toFixed(1)}" y="${bottom + 14}" class="tick" text-anchor="middle">${m.month}</text>`);
  });
  return svg(height, parts);
}

// Inline SVG in HTML needs no xmlns, and leaving it out keeps every URL out of the document.
function svg(height: number, parts: string[]): string {
  return `<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img">${parts.join('')}</svg>`;
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
