// SPDX-License-Identifier: MIT
// Collects the signals of one message, each code+span once, so that detectors can run in any
// order and overlap without the UI showing the same evidence twice. A message carries a handful
// of signals, so duplicates are found by looking through them rather than by building a key
// string per signal (that was a measurable share of classifying a message).
import type { Signal, SignalCode } from '../model/analysis';

export class SignalSink {
  readonly signals: Signal[] = [];
  private readonly counts = new Map<SignalCode, number>();

  add(code: SignalCode, start: number | null, end: number | null): void {
    const signals = this.signals;
    for (let i = 0; i < signals.length; i++) {
      const s = signals[i]!;
      if (s.start === start && s.end === end && s.code === code) return;
    }
    signals.push({ code, start, end });
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
  }

  has(code: SignalCode): boolean {
    return this.counts.has(code);
  }

  count(code: SignalCode): number {
    return this.counts.get(code) ?? 0;
  }

  codes(): IterableIterator<[SignalCode, number]> {
    return this.counts.entries();
  }

  /** First span of a code, for detectors that build on another's evidence. */
  firstSpan(code: SignalCode): Signal | undefined {
    return this.signals.find((s) => s.code === code);
  }
}
