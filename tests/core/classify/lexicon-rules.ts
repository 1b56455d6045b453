// SPDX-License-Identifier: MIT
// Every regex the lexicon modules export (rule lists and single global patterns), loaded from
// whatever lexicon-*.ts files exist, so that the scan-equivalence tests cover new lexicons too.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface NamedRegex {
  name: string;
  re: RegExp;
}

const CLASSIFY = resolve(__dirname, '../../../src-main/core/classify');

export async function lexiconRegexes(): Promise<NamedRegex[]> {
  const out: NamedRegex[] = [];
  for (const file of readdirSync(CLASSIFY).filter((f) => /^lexicon-.*\.ts$/.test(f)).sort()) {
    const mod = (await import(resolve(CLASSIFY, file))) as Record<string, unknown>;
    for (const [key, value] of Object.entries(mod)) {
      if (value instanceof RegExp && value.global) out.push({ name: `${file}:${key}`, re: value });
      if (!Array.isArray(value)) continue;
      value.forEach((rule: unknown, i) => {
        const re = (rule as { re?: unknown } | null)?.re;
        if (re instanceof RegExp) out.push({ name: `${file}:${key}[${i}]`, re });
      });
    }
  }
  return out;
}
