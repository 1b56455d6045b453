// SPDX-License-Identifier: MIT
// How the CLI prints: JSON for scripts, short aligned lines for people.

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function printLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

/** Local wall-clock time, minute precision, ISO-like so it sorts and reads the same everywhere. */
export function formatTime(epochMs: number | null): string {
  if (epochMs === null) return '-';
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** One line of message text: newlines folded, cut to `max` characters. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

/** Progress on stderr, only for a person at a terminal. */
export function progressReporter(enabled: boolean): (label: string, done: number, total: number) => void {
  if (!enabled || !process.stderr.isTTY) return () => undefined;
  let last = -1;
  return (label, done, total) => {
    const pct = total > 0 ? Math.floor((done / total) * 100) : 0;
    if (pct === last) return;
    last = pct;
    process.stderr.write(`\r${label} ${pct}%${pct >= 100 ? '\n' : ''}`);
  };
}
