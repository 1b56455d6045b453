// SPDX-License-Identifier: MIT
// The screenshot interfaces users script against: `leakline ocr <image...> --json` in its exact
// shape, and `leakline import` of screenshots (auto-accepted), of a review file written by
// `--review` and corrected by hand, and of overlapping screenshots of one conversation.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ciScreenshots } from '../support/ci-screenshots';
import type { CorpusEntry } from '../support/screenshot-corpus/generate-corpus';
import { runCli } from '../support/run-cli';

let corpus: { dir: string; entries: CorpusEntry[] };
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  corpus = await ciScreenshots();
}, 120_000);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leakline-cli-ocr-'));
  env = { LEAKLINE_DB: join(dir, 'cli.db'), LEAKLINE_PASSPHRASE: 'correct horse' };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function entry(app: string, theme = 'light'): CorpusEntry {
  const found = corpus.entries.find((e) => e.app === app && e.theme === theme && e.conversation === null);
  if (!found) throw new Error(`no ${app} ${theme} screenshot in the ci corpus`);
  return found;
}
const pathOf = (e: CorpusEntry) => join(corpus.dir, e.file);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('leakline ocr', { timeout: 120_000 }, () => {
  it('prints one entry per image with exactly the documented fields, messages in screen order', () => {
    const ios = entry('ios');
    const r = runCli(['ocr', pathOf(ios), '--json', '--tz', 'Asia/Shanghai', '--date', ios.reference_date], env);
    expect(r.status, r.stderr).toBe(0);
    const [shot] = JSON.parse(r.stdout);
    expect(Object.keys(shot).sort()).toEqual(['file', 'messages', 'sender']);
    expect(shot.file).toBe(pathOf(ios));
    expect(shot.sender.replace(/\D/g, '')).toBe(ios.sender.replace(/\D/g, ''));
    for (const m of shot.messages) {
      expect(Object.keys(m).sort()).toEqual(['confidence', 'direction', 'text', 'time', 'time_text']);
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      if (m.time !== null) expect(m.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    }
    const truth = ios.items.filter((i) => i.kind === 'message' && !i.partial);
    const tops = shot.messages.map((m: { text: string }) => truth.findIndex((t) => t.kind === 'message' && t.text.replace(/\s/g, '').slice(0, 6) === m.text.replace(/\s/g, '').slice(0, 6)));
    expect(tops.filter((i: number) => i >= 0)).toEqual([...tops.filter((i: number) => i >= 0)].sort((a, b) => a - b));
  });

  it('names a file that is not an image, still reads the rest, and exits 1', () => {
    const fake = join(dir, 'shot.png');
    writeFileSync(fake, 'PK\u0003\u0004 not a screenshot');
    const r = runCli(['ocr', fake, pathOf(entry('ios')), '--json'], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('shot.png: not a PNG, JPEG or WebP image');
    expect(JSON.parse(r.stdout).map((s: { file: string }) => s.file)).toEqual([pathOf(entry('ios'))]);
  });
});

describe('leakline import of screenshots', { timeout: 180_000 }, () => {
  it('imports what it read with confidence, the image\'s sha256 recorded as the source', () => {
    const shot = entry('ios');
    const r = runCli(['import', pathOf(shot), '--json', '--tz', 'Asia/Shanghai', '--date', shot.reference_date, '--min-confidence', '0.5'], env);
    expect(r.status, r.stderr).toBe(0);
    const { imported } = JSON.parse(r.stdout);
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ format: 'screenshot', sha256: sha256(pathOf(shot)) });
    expect(imported[0].messagesAdded).toBe(shot.items.filter((i) => i.kind === 'message' && !i.partial).length);
    const again = JSON.parse(runCli(['import', pathOf(shot), '--json', '--tz', 'Asia/Shanghai', '--date', shot.reference_date, '--min-confidence', '0.5'], env).stdout);
    expect(again.imported[0].messagesAdded).toBe(0);
  });

  it('stores a conversation captured as overlapping screenshots once', () => {
    const parts = corpus.entries.filter((e) => e.conversation !== null).sort((a, b) => (a.part ?? 0) - (b.part ?? 0));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const args = ['import', ...parts.map(pathOf), '--json', '--tz', 'Asia/Shanghai', '--date', parts[0]!.reference_date, '--min-confidence', '0'];
    const r = runCli(args, env);
    expect(r.status, r.stderr).toBe(0);
    const added = JSON.parse(r.stdout).imported.reduce((n: number, s: { messagesAdded: number }) => n + s.messagesAdded, 0);
    const distinct = new Set(parts.flatMap((p) => p.items.filter((i) => i.kind === 'message' && !i.partial).map((i) => (i.kind === 'message' ? `${i.direction}:${i.text}` : ''))));
    expect(added).toBe(distinct.size);
  });

  it('writes a review file instead with --review, and imports it once corrected by hand', () => {
    const shot = entry('ios');
    const review = join(dir, 'review.json');
    const written = runCli(['import', pathOf(shot), '--review', review, '--tz', 'Asia/Shanghai', '--date', shot.reference_date], env);
    expect(written.status, written.stderr).toBe(0);
    expect(JSON.parse(runCli(['stats', '--json'], env).stdout).messages).toBe(0);
    const doc = JSON.parse(readFileSync(review, 'utf8'));
    expect(doc.format).toBe('leakline-screenshot-review');
    expect(doc.screenshots[0].sha256).toBe(sha256(pathOf(shot)));
    doc.screenshots[0].messages[0].text = '【更正】这条短信由用户校对过';
    doc.screenshots[0].messages[1].skip = true;
    writeFileSync(review, JSON.stringify(doc));
    const imported = runCli(['import', review, '--json'], env);
    expect(imported.status, imported.stderr).toBe(0);
    const { imported: summaries } = JSON.parse(imported.stdout);
    expect(summaries[0].messagesAdded).toBe(doc.screenshots[0].messages.length - 1);
    const found = runCli(['search', '更正', '--json'], env);
    expect(JSON.parse(found.stdout).total).toBe(1);
  });

  it('refuses a review file without a sender, naming the screenshot, and stores nothing', () => {
    const shot = entry('ios');
    const review = join(dir, 'review.json');
    runCli(['import', pathOf(shot), '--review', review, '--tz', 'Asia/Shanghai'], env);
    const doc = JSON.parse(readFileSync(review, 'utf8'));
    doc.screenshots[0].sender = '';
    writeFileSync(review, JSON.stringify(doc));
    const r = runCli(['import', review], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/review\.json.*screenshot 1.*sender/);
    expect(JSON.parse(runCli(['stats', '--json'], env).stdout).messages).toBe(0);
  });
});
