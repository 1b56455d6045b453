// SPDX-License-Identifier: MIT
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportInputError } from '../../../src-main/core/errors';
import { IMPORTERS } from '../../../src-main/core/importers/detect';
import { importUnits } from '../../../src-main/core/import/import-units';
import { sbrXmlImporter } from '../../../src-main/core/importers/sbr-xml';
import { scratchDir } from '../importers/sbr-test-files';

const FIXTURES = resolve(__dirname, '../../../../shared/fixtures/import/sbr-xml');
const scratch = scratchDir();
afterAll(scratch.cleanup);

async function detectFormat(file: string): Promise<string> {
  const { units, close } = await importUnits(file);
  close();
  return units[0]!.format;
}

async function detectError(file: string): Promise<ImportInputError> {
  const err = await detectFormat(file).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ImportInputError);
  return err as ImportInputError;
}

describe('importUnits: format detection', () => {
  it('lists the SBR importer among the supported formats', () => {
    expect(IMPORTERS.map((i) => i.format)).toContain('sbr-xml');
  });

  it('recognises SMS and call backups by content, whatever the file is called', async () => {
    const renamed = join(scratch.dir, 'my-messages.txt');
    copyFileSync(join(FIXTURES, 'devadvance__sms_small.xml'), renamed);
    expect(await detectFormat(renamed)).toBe(sbrXmlImporter.format);
    expect(await detectFormat(join(FIXTURES, 'shruggietech__minimal_calls.xml'))).toBe(sbrXmlImporter.format);
    // Truncated and empty backups are still SBR: the importer reports what is wrong with them.
    expect(await detectFormat(join(FIXTURES, 'shruggietech__malformed.xml'))).toBe(sbrXmlImporter.format);
    expect(await detectFormat(join(FIXTURES, 'devadvance__empty.xml'))).toBe(sbrXmlImporter.format);
  });

  it('recognises a UTF-16 backup with a byte order mark', async () => {
    const file = join(scratch.dir, 'utf16.xml');
    const text = '<?xml version="1.0" encoding="UTF-16"?>\n<smses count="0"></smses>\n';
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(await detectFormat(file)).toBe(sbrXmlImporter.format);
  });

  it('refuses an .xml file that is not a backup, naming the supported formats', async () => {
    const file = join(scratch.dir, 'backup.xml');
    writeFileSync(file, '<?xml version="1.0"?>\n<!-- exported -->\n<messages><message/></messages>\n');
    const err = await detectError(file);
    expect(err.code).toBe('UNKNOWN_FORMAT');
    expect(err.message).toContain('backup.xml');
    expect(err.message).toContain('SMS Backup & Restore XML');
  });

  it('refuses a PNG, random bytes, JSON and an empty file as UNKNOWN_FORMAT', async () => {
    const contents: Record<string, Buffer | string> = {
      'image.xml': Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      'noise.bin': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
      'empty.xml': '',
    };
    for (const [name, content] of Object.entries(contents)) {
      const file = join(scratch.dir, name);
      writeFileSync(file, content);
      expect((await detectError(file)).code).toBe('UNKNOWN_FORMAT');
    }
    // A JSON schema is JSON but holds no messages: refused one way or another, never imported.
    const schema = await detectFormat(join(FIXTURES, 'shruggietech__sms-backup-restore.schema.json')).catch((e: unknown) => e);
    expect(schema).not.toBe('sbr-xml');
  });

  it('reports a missing file as FILE_NOT_FOUND and a folder that is no iPhone backup as UNKNOWN_FORMAT', async () => {
    expect((await detectError(join(scratch.dir, 'missing.xml'))).code).toBe('FILE_NOT_FOUND');
    const dir = join(scratch.dir, 'folder');
    mkdirSync(dir);
    const err = await detectError(dir);
    expect(err.code).toBe('UNKNOWN_FORMAT');
    expect(err.message).toContain('iPhone backup');
  });
});
