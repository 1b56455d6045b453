// SPDX-License-Identifier: MIT
// Feeds JSON lines {id, text, sender} from stdin through classifyMessage (no PII findings, no
// profile) and writes {id, category, risk, signals, pii: []} per line: the contract the external
// scorer (../shared/tools/eval-classify.mjs) expects until `leakline classify --jsonl` exists.
import { createInterface } from 'node:readline';
import { classifyMessage } from '../../src-main/core/classify/classify-message';

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out: string[] = [];
const flush = () => {
  if (out.length) process.stdout.write(out.join(''));
  out.length = 0;
};
rl.on('line', (line) => {
  if (!line.trim()) return;
  const { id, text, sender } = JSON.parse(line) as { id: string; text: string; sender: string | null };
  const r = classifyMessage({ text, sender }, { pii: [], mentions: [] });
  out.push(JSON.stringify({ id, category: r.category, risk: r.risk, signals: r.signals, pii: [] }) + '\n');
  if (out.length >= 500) flush();
});
rl.on('close', flush);
