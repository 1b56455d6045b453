// SPDX-License-Identifier: MIT
// Collects the signals of one message, each code+span once, so that detectors can run in any
// order and overlap without the UI showing the same evidence twice.
import type { Signal, SignalCode } from '../model/analysis';

export class SignalSink {
  readonly signals: Signal[] = [];
  private readonly seen = new Set<string>();
  private readonly counts = new Map<SignalCode, number>();

  add(code: SignalCode, start: number | null, end: number | null): void {
    const key = `${code}:${start ?? ''}:${end ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.signals.push({ code, start, end });
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
