// SPDX-License-Identifier: MIT
// The layering rule of CONVENTIONS.md is enforced by ESLint; these cases prove it bites.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(__dirname, '../..') });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(__dirname, '../..', filePath) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layering lint rule', { timeout: 60_000 }, () => {
  it.each([
    ['src-main/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['src-main/core/x.ts', "import { request } from 'node:https';\nexport const a = request;\n"],
    ['src-main/core/x.ts', "import { handlers } from '../ipc/handlers';\nexport const a = handlers;\n"],
    ['src-main/ipc/x.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n"],
    ['src-main/cli/x.ts', "import { main } from '../app/main';\nexport const a = main;\n"],
    ['src-renderer/x.ts', "import { openDatabase } from '../src-main/core/db/open';\nexport const a = openDatabase;\n"],
    ['src-renderer/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n"],
  ])('rejects in %s: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('rejects a fetch call in core', async () => {
    expect(await ruleIds('src-main/core/x.ts', "export const a = () => fetch('http://example.invalid');\n")).toContain('no-restricted-globals');
  });

  it('rejects handing anything to shell.openExternal in the Electron shell', async () => {
    const code = "import { shell } from 'electron';\nexport const open = (url: string) => shell.openExternal(url);\n";
    expect(await ruleIds('src-main/app/x.ts', code)).toContain('no-restricted-properties');
  });

  it.each([
    ['src-main/core/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
    ['src-main/ipc/x.ts', "import { openDatabase } from '../core/db/open';\nexport const a = openDatabase;\n"],
    ['src-main/app/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['src-renderer/x.ts', "import type { MessageRow } from '../src-main/ipc/contract';\nexport type A = MessageRow;\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});
