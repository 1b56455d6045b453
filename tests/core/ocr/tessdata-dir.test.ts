// SPDX-License-Identifier: MIT
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeaklineError } from '../../../src-main/core/errors';
import { checkedTessdata, tessdataDir, tessdataFolder } from '../../../src-main/core/ocr/tessdata-dir';

describe('tessdataDir', () => {
  let resources: string;
  beforeEach(() => {
    resources = mkdtempSync(join(tmpdir(), 'leakline-tessdata-'));
    mkdirSync(join(resources, 'tessdata'));
  });
  afterEach(() => {
    rmSync(resources, { recursive: true, force: true });
  });

  it('is the tessdata folder inside the resources folder', () => {
    expect(tessdataFolder(resources)).toBe(join(resources, 'tessdata'));
  });

  it('returns the folder when both language files are there', () => {
    writeFileSync(join(resources, 'tessdata', 'chi_sim.traineddata.gz'), 'x');
    writeFileSync(join(resources, 'tessdata', 'eng.traineddata.gz'), 'x');
    expect(tessdataDir(resources)).toBe(join(resources, 'tessdata'));
  });

  it('names the missing language and the folder it should be in', () => {
    writeFileSync(join(resources, 'tessdata', 'eng.traineddata.gz'), 'x');
    const folder = join(resources, 'tessdata');
    const err = (() => {
      try {
        return checkedTessdata(folder);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(LeaklineError);
    expect(err).toMatchObject({ code: 'NOT_FOUND' });
    expect((err as Error).message).toContain('chi_sim');
    expect((err as Error).message).not.toContain('eng,');
    expect((err as Error).message).toContain(folder);
    expect((err as Error).message).toContain('npm run tessdata');
  });

  it('does not accept uncompressed models, which the workers are not set up to load', () => {
    writeFileSync(join(resources, 'tessdata', 'chi_sim.traineddata'), 'x');
    writeFileSync(join(resources, 'tessdata', 'eng.traineddata'), 'x');
    expect(() => tessdataDir(resources)).toThrow(/chi_sim, eng/);
  });

  it('reports a missing folder the same way', () => {
    expect(() => tessdataDir(join(resources, 'nowhere'))).toThrow(join(resources, 'nowhere', 'tessdata'));
  });
});
