// SPDX-License-Identifier: MIT
// The child process resource-bombs.test.ts runs once per bomb, so that the peak memory it reports
// (maxRSS, which only ever grows) belongs to that bomb alone. It builds the input in a scratch
// folder, takes its baseline once modules are loaded, the database is filled and the files are
// written, then feeds the bomb to the importer (or the screenshot decoder) and prints one JSON line.
// Usage: node --import tsx resource-bomb-child.ts "<case name>" SCRATCH_DIR
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { openDatabase } from '../../../src-main/core/db/open';
import type { ByteSource, StreamImporter } from '../../../src-main/core/import/records';
import { importPath } from '../../../src-main/core/import/run-import';
import { csvExportImporter } from '../../../src-main/core/importers/csv-export';
import { jsonExportImporter } from '../../../src-main/core/importers/json-export';
import { sbrXmlImporter } from '../../../src-main/core/importers/sbr-xml';
import { vmessageImporter } from '../../../src-main/core/importers/vmessage';
import type { ImportFormat } from '../../../src-main/core/model/source';
import { decodeRaster } from '../../../src-main/core/ocr/raster';
import { databaseContentHash } from '../../support/db-content-hash';
import {
  billionLaughsXml,
  externalEntityXml,
  jpegDeclaring,
  pngDeclaring,
  singleLineSource,
  undeclaredEntityXml,
  webpDeclaring,
  writeSparseFile,
} from '../../support/resource-bombs';
import { writeItunesBackup } from '../../support/write-itunes-backup';
import { deflatedRun, writeRawZip } from '../../support/write-raw-zip';

export interface BombOutcome {
  name: string;
  /** The error the bomb ended in, null when it was read without one. */
  error: { name: string; code: string | null; message: string } | null;
  ms: number;
  /** maxRSS growth over the baseline, in MiB. */
  growthMib: number;
  peakMib: number;
  /** For bombs fed to importPath: the database holds exactly what it held before. */
  databaseUnchanged: boolean | null;
}

const GIB = 2 ** 30;
const SEED = fileURLToPath(new URL('../../../../shared/fixtures/import/sbr-xml/devadvance__sms_small.xml', import.meta.url));
const SBR_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<smses count="1">\n';
const SBR_BODY_OPEN = `${SBR_OPEN}<sms protocol="0" address="10086" date="1744780152000" type="1" body="`;

/** Writes `prefix` and `count` copies of `unit` through one small buffer. */
function writeRepeated(path: string, prefix: string, unit: string, count: number): void {
  const perChunk = Math.max(1, Math.floor(65536 / Buffer.byteLength(unit)));
  const chunk = Buffer.from(unit.repeat(perChunk));
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, prefix);
    for (let left = count; left > 0; left -= perChunk) writeSync(fd, left >= perChunk ? chunk : Buffer.from(unit.repeat(left)));
  } finally {
    closeSync(fd);
  }
}

async function readAllRecords(importer: StreamImporter, source: ByteSource): Promise<void> {
  for await (const batch of importer.read(source, { timeZone: 'Asia/Shanghai' })) void batch;
}

interface Prepared {
  /** Runs the bomb; throws what the code under test throws. */
  run: () => Promise<unknown>;
  /** Set for bombs fed to importPath. */
  databaseHash?: () => boolean;
}

/** A database already holding a real backup, so that "nothing changed" has something to lose. */
async function importing(path: string, format?: ImportFormat): Promise<Prepared> {
  const db = openDatabase(':memory:', { key: null });
  await importPath(db, SEED, { timeZone: 'Asia/Shanghai' });
  const before = databaseContentHash(db);
  return {
    run: () => importPath(db, path, { timeZone: 'Asia/Shanghai', ...(format ? { format } : {}) }),
    databaseHash: () => databaseContentHash(db) === before,
  };
}

async function smallImages(): Promise<{ jpeg: Buffer; webp: Buffer }> {
  const image = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#808080' } });
  return { jpeg: await image().jpeg().toBuffer(), webp: await image().webp().toBuffer() };
}

const decoding = (bytes: Buffer): Prepared => ({ run: () => decodeRaster(bytes, 'bomb-image') });
const streaming = (importer: StreamImporter, source: ByteSource): Prepared => ({ run: () => readAllRecords(importer, source) });

const BOMBS: Record<string, (dir: string) => Prepared | Promise<Prepared>> = {
  'XML billion laughs': (dir) => importing(writeText(join(dir, 'laughs.xml'), billionLaughsXml())),
  'XML external entity naming a file': (dir) => importing(writeText(join(dir, 'xxe-file.xml'), externalEntityXml('file:///etc/passwd'))),
  'XML external entity naming a URL': (dir) => importing(writeText(join(dir, 'xxe-http.xml'), externalEntityXml('http://127.0.0.1:9/evil.dtd'))),
  'XML entity reference never declared': (dir) => importing(writeText(join(dir, 'undeclared.xml'), undeclaredEntityXml())),
  'zip entry inflating 1 GiB from 1 MB': (dir) => {
    const path = join(dir, 'ratio.zip');
    writeRawZip(path, [{ name: 'sms.xml', data: deflatedRun(SBR_BODY_OPEN, 'A', 1024), uncompressedSize: GIB + SBR_BODY_OPEN.length }]);
    return importing(path);
  },
  'zip entry whose header says 5000 bytes and inflates 1 GiB': (dir) => {
    const path = join(dir, 'liar.zip');
    writeRawZip(path, [{ name: 'sms.xml', data: deflatedRun(SBR_BODY_OPEN, 'A', 1024), uncompressedSize: 5000 }]);
    return importing(path);
  },
  'zip of 50 entries of 64 MiB each, 3 MB in all': (dir) => {
    const path = join(dir, 'many.zip');
    const data = deflatedRun('号码,内容,时间\n', 'A', 64);
    writeRawZip(path, Array.from({ length: 50 }, (_, i) => ({ name: `export-${i}.csv`, data, uncompressedSize: 64 * 2 ** 20 })));
    return importing(path);
  },
  'PNG declaring 60000×60000 pixels': () => decoding(pngDeclaring(60_000, 60_000)),
  'JPEG declaring 65000×65000 pixels': async () => decoding(jpegDeclaring((await smallImages()).jpeg, 65_000, 65_000)),
  'WebP declaring 16383×16383 pixels': async () => decoding(webpDeclaring((await smallImages()).webp, 16_383, 16_383)),
  'PNG of 4000×4000 pixels cut off after one row': () => decoding(pngDeclaring(4000, 4000, 1)),
  'SBR XML attribute 2 GiB long': () => streaming(sbrXmlImporter, singleLineSource('long.xml', SBR_BODY_OPEN, 'A', 2 * GIB)),
  'CSV line 2 GiB long': () => streaming(csvExportImporter, singleLineSource('long.csv', '号码,内容,时间\n10086,', 'A', 2 * GIB)),
  'JSON string 2 GiB long in a message array': () =>
    streaming(jsonExportImporter, singleLineSource('long.json', '[{"address":"10086","date":1744780152000,"body":"', 'A', 2 * GIB)),
  'JSON Lines string 2 GiB long': () => streaming(jsonExportImporter, singleLineSource('long.jsonl', '{"address":"10086","date":1744780152000,"body":"', 'A', 2 * GIB)),
  'vMessage line 2 GiB long': () => streaming(vmessageImporter, singleLineSource('long.vmsg', 'BEGIN:VMSG\r\nVERSION:1.1\r\n', 'A', 2 * GIB)),
  'file of 2 GiB on one line (sparse)': (dir) => {
    const path = join(dir, 'sparse.xml');
    writeSparseFile(path, SBR_BODY_OPEN, 2 * GIB);
    return importing(path);
  },
  'iPhone backup whose Manifest.plist is 2 GiB (sparse)': (dir) => {
    const backup = join(dir, 'iphone');
    writeItunesBackup(backup, { messages: [{ address: '10086', fromMe: false, time: 1744780152000, text: 'x' }] });
    writeSparseFile(join(backup, 'Manifest.plist'), '<?xml version="1.0"?><plist><dict><key>IsEncrypted</key>', 2 * GIB);
    return importing(backup);
  },
  'JSON nested 10 million arrays deep': (dir) => {
    const path = join(dir, 'deep.json');
    writeRepeated(path, '', '[', 10_000_000);
    // Forced: with no key in its head the file is not even taken for JSON.
    return importing(path, 'json');
  },
  'JSON message nested 1 million objects deep': (dir) => {
    const path = join(dir, 'deep-message.json');
    writeRepeated(path, '[{"address":"10086","date":1744780152000,"body":"x","extra":', '{"a":', 1_000_000);
    return importing(path);
  },
  'XML nested 10 million elements deep': (dir) => {
    const path = join(dir, 'deep.xml');
    writeRepeated(path, SBR_OPEN, '<a>', 10_000_000);
    return importing(path);
  },
  'vMessage nested 1 million envelopes deep': (dir) => {
    const path = join(dir, 'deep.vmsg');
    writeRepeated(path, 'BEGIN:VMSG\r\nVERSION:1.1\r\n', 'BEGIN:VENV\r\n', 1_000_000);
    return importing(path);
  },
};

function writeText(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}

const maxRssMib = () => process.resourceUsage().maxRSS / 1024;

async function main(): Promise<void> {
  const [name, dir] = process.argv.slice(2) as [string, string];
  const build = BOMBS[name];
  if (!build) throw new Error(`no bomb named ${name}`);
  const prepared = await build(dir);
  const baseline = maxRssMib();
  const started = performance.now();
  let error: BombOutcome['error'] = null;
  try {
    await prepared.run();
  } catch (err) {
    const e = err as Error & { code?: unknown };
    error = { name: e.name, code: typeof e.code === 'string' ? e.code : null, message: e.message };
  }
  const ms = Math.round(performance.now() - started);
  const peak = maxRssMib();
  const outcome: BombOutcome = {
    name,
    error,
    ms,
    growthMib: Math.round(peak - baseline),
    peakMib: Math.round(peak),
    databaseUnchanged: prepared.databaseHash ? prepared.databaseHash() : null,
  };
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
  // The import's sha256 of a refused file may still be reading it; the answer is in.
  process.exit(0);
}

await main();
