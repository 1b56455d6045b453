// SPDX-License-Identifier: MIT
// `leakline classify --jsonl`: JSON lines in, one analysis per line out, in the same order, with
// no database. Streams: one line is read, analysed and written at a time, and writing waits for
// the reader of stdout, so memory stays flat however many lines come.
import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { LeaklineError } from '../../core/errors';
import { createMessageAnalyzer, type MessageAnalyzer } from '../../core/analysis/message-analyzer';
import { signalLabel } from '../../core/analysis/signal-labels';
import { readProfileFile } from '../profile-file';
import type { MessageAnalysis } from '../../core/model/analysis';

const InputLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  sender: z.string().nullable().optional(),
  time: z.union([z.string(), z.number()]).nullable().optional(),
});

type Locale = 'zh-CN' | 'en';

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .description('classify messages read as JSON lines {"id","text","sender"?,"time"?} on stdin; no database')
    .requiredOption('--jsonl', 'read and write JSON lines (the only format)')
    .option('--lang <locale>', 'language of signal labels: zh-CN or en', 'zh-CN')
    .option('--profile <file>', 'also match a profile file (the shape of `profile set --file`) and add "mentions"')
    .action(async (opts: { lang: string; profile?: string }) => {
      if (opts.lang !== 'zh-CN' && opts.lang !== 'en') throw new LeaklineError('BAD_REQUEST', `--lang must be zh-CN or en, not ${opts.lang}`);
      const profile = opts.profile ? readProfileFile(opts.profile) : undefined;
      const analyze = createMessageAnalyzer(profile ? { profile } : {});
      const bad = await classifyLines(analyze, opts.lang, profile !== undefined);
      if (bad > 0) {
        process.stderr.write(`leakline: ${bad} input line(s) were not valid; their output lines carry "error"\n`);
        process.exitCode = 1;
      }
    });
}

async function classifyLines(analyze: MessageAnalyzer, locale: Locale, withMentions: boolean): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let out: object;
    try {
      const input = InputLine.parse(JSON.parse(line));
      out = toOutput(input.id, analyze({ text: input.text, sender: input.sender ?? null }), locale, withMentions);
    } catch (err) {
      bad++;
      out = { id: idOf(line), error: `line ${lineNo}: ${describe(err)}` };
    }
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
  return bad;
}

function toOutput(id: string | number, a: MessageAnalysis, locale: Locale, withMentions: boolean): object {
  return {
    id,
    category: a.category,
    risk: a.risk,
    signals: a.signals.map((s) => ({ code: s.code, label: signalLabel(s.code, locale), start: s.start, end: s.end })),
    pii: a.pii.map((p) => ({ type: p.type, value: p.value, start: p.start, end: p.end, score: p.score })),
    ...(withMentions ? { mentions: a.mentions } : {}),
  };
}

function idOf(line: string): unknown {
  try {
    const v = JSON.parse(line) as { id?: unknown };
    return typeof v === 'object' && v !== null && (typeof v.id === 'string' || typeof v.id === 'number') ? v.id : null;
  } catch {
    return null;
  }
}

function describe(err: unknown): string {
  if (err instanceof SyntaxError) return `not JSON (${err.message})`;
  if (err instanceof z.ZodError) return err.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
  return err instanceof Error ? err.message : String(err);
}
