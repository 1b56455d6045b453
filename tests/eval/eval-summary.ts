// SPDX-License-Identifier: MIT
// Totals per group (clean, hard, all) and the targets as pass/fail lines. Rates are pooled
// over characters and bubbles, not averaged per image, so a long message weighs what it reads.
import { addErrors, errorRate, NO_ERRORS } from './cer-text';
import type { ImageGroup, ImageScore } from './image-score';

export interface OursTotals {
  cer: number | null;
  bubbleCer: number | null;
  bubblesFound: number | null;
  directionAccuracy: number | null;
  senderAccuracy: number | null;
  timeAccuracy: number | null;
  truthBubbles: number;
}

export interface GroupSummary {
  images: number;
  nativeCer: number | null;
  ours: OursTotals | null;
}

export interface Speed {
  /** Wall-clock seconds × parallel workers / screenshots: the cost on one core. */
  native: number | null;
  ours: number | null;
}

export interface Target {
  name: string;
  pass: boolean | null;
  detail: string;
}

export interface EvalSummary {
  groups: Record<ImageGroup | 'all', GroupSummary>;
  speed: Speed;
  targets: Target[];
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function summarizeGroup(scores: readonly ImageScore[]): GroupSummary {
  const natives = scores.flatMap((s) => (s.native ? [s.native] : []));
  const ours = scores.flatMap((s) => (s.ours ? [s.ours] : []));
  const sum = (pick: (o: (typeof ours)[number]) => number) => ours.reduce((n, o) => n + pick(o), 0);
  const truthBubbles = sum((o) => o.truthBubbles);
  return {
    images: scores.length,
    nativeCer: natives.length === 0 ? null : errorRate(natives.reduce((e, n) => addErrors(e, n.page), NO_ERRORS)),
    ours:
      ours.length === 0
        ? null
        : {
            cer: errorRate(ours.reduce((e, o) => addErrors(e, o.page), NO_ERRORS)),
            bubbleCer: errorRate(ours.reduce((e, o) => addErrors(e, o.bubbles), NO_ERRORS)),
            bubblesFound: share(sum((o) => o.found), truthBubbles),
            directionAccuracy: share(sum((o) => o.directionRight), sum((o) => o.found)),
            senderAccuracy: share(sum((o) => (o.senderRight ? 1 : 0)), ours.length),
            timeAccuracy: share(sum((o) => o.timeRight), sum((o) => o.timed)),
            truthBubbles,
          },
  };
}

const pct = (value: number | null): string => (value === null ? 'n/a' : `${(value * 100).toFixed(2)}%`);

function below(name: string, value: number | null | undefined, limit: number, show: (v: number | null) => string): Target {
  if (value === null || value === undefined) return { name, pass: null, detail: 'not measured' };
  return { name, pass: value < limit, detail: `${show(value)} (limit ${show(limit)})` };
}

/** The targets of issue 5, "Measured quality and speed". */
export function evaluateTargets(groups: EvalSummary['groups'], speed: Speed): Target[] {
  const targets: Target[] = [
    below('CER clean < 2%', groups.clean.ours?.cer, 0.02, pct),
    below('CER hard < 5%', groups.hard.ours?.cer, 0.05, pct),
  ];
  for (const group of ['clean', 'hard', 'all'] as const) {
    const ours = groups[group].ours?.cer;
    const native = groups[group].nativeCer;
    targets.push(
      ours === null || ours === undefined || native === null
        ? { name: `CER ${group} ≤ native tesseract`, pass: null, detail: 'not measured' }
        : { name: `CER ${group} ≤ native tesseract`, pass: ours <= native, detail: `${pct(ours)} vs ${pct(native)}` },
    );
  }
  const found = groups.all.ours?.bubblesFound;
  targets.push(
    found === null || found === undefined ? { name: 'bubbles found > 95%', pass: null, detail: 'not measured' } : { name: 'bubbles found > 95%', pass: found > 0.95, detail: pct(found) },
  );
  targets.push(below('seconds per screenshot per core < 1.5', speed.ours, 1.5, (v) => (v === null ? 'n/a' : `${v.toFixed(2)} s`)));
  return targets;
}

export function summarize(scores: readonly ImageScore[], speed: Speed): EvalSummary {
  const groups = {
    clean: summarizeGroup(scores.filter((s) => s.group === 'clean')),
    hard: summarizeGroup(scores.filter((s) => s.group === 'hard')),
    all: summarizeGroup(scores),
  };
  return { groups, speed, targets: evaluateTargets(groups, speed) };
}

/** The report as a plain-text table for the terminal. */
export function formatSummary(summary: EvalSummary): string {
  const rows: Array<[string, ...string[]]> = [['', 'clean', 'hard', 'all']];
  const groups = [summary.groups.clean, summary.groups.hard, summary.groups.all];
  const row = (label: string, pick: (g: GroupSummary) => string) => rows.push([label, ...groups.map(pick)]);
  row('images', (g) => String(g.images));
  row('native tesseract CER (page)', (g) => pct(g.nativeCer));
  row('Leakline CER (page)', (g) => pct(g.ours?.cer ?? null));
  row('Leakline CER (per bubble)', (g) => pct(g.ours?.bubbleCer ?? null));
  row('bubbles found', (g) => pct(g.ours?.bubblesFound ?? null));
  row('direction right', (g) => pct(g.ours?.directionAccuracy ?? null));
  row('sender right', (g) => pct(g.ours?.senderAccuracy ?? null));
  row('time right', (g) => pct(g.ours?.timeAccuracy ?? null));
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '));
  const seconds = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(2)} s`);
  lines.push('', `seconds per screenshot per core: native ${seconds(summary.speed.native)}, Leakline ${seconds(summary.speed.ours)}`, '');
  for (const t of summary.targets) lines.push(`${t.pass === null ? 'SKIP' : t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
  return `${lines.join('\n')}\n`;
}
