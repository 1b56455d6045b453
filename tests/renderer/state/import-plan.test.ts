// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { CsvMapping, CsvPreview } from '../../../src-main/ipc/contract';
import { withColumn } from '../../../src-renderer/state/csv-mapping-check';
import {
  detectingEntry,
  entryFromError,
  entryFromPreview,
  heicEntry,
  HEIC_UNSUPPORTED,
  importablePaths,
  importRequest,
  screenshotEntry,
  screenshotsRequest,
  MAX_PATHS,
  needsMapping,
  needsTimeZone,
  newPaths,
  startBlocker,
  type PlanEntry,
} from '../../../src-renderer/state/import-plan';

const csvMapping: CsvMapping = {
  encoding: 'gb18030',
  delimiter: ',',
  columns: { address: '号码', body: '内容', time: '时间', direction: '类型', contactName: null, type: null },
  timeFormat: 'yyyy-MM-dd HH:mm:ss',
};

function csvPreview(missing: CsvPreview['missing'] = []): CsvPreview {
  return { mapping: csvMapping, headers: ['号码', '内容', '时间', '类型'], sampleRows: [], missing };
}

const xml = entryFromPreview({ path: '/b/sms.xml', format: 'sbr-xml', csv: null });
const csv = entryFromPreview({ path: '/b/导出.csv', format: 'csv', csv: csvPreview() });
const unknown = entryFromError('/b/notes.txt', { code: 'UNKNOWN_FORMAT', message: '/b/notes.txt: not a supported backup' });

describe('newPaths', () => {
  it('adds each path once, keeping the order given', () => {
    expect(newPaths([xml], ['/b/a.db', '/b/sms.xml', '/b/a.db', '', '/b/c.vmsg'])).toEqual(['/b/a.db', '/b/c.vmsg']);
  });

  it('stops at the number of paths one import may carry', () => {
    const full = Array.from({ length: MAX_PATHS - 1 }, (_, i) => detectingEntry(`/f/${i}`));
    expect(newPaths(full, ['/x/1', '/x/2'])).toEqual(['/x/1']);
  });
});

describe('entryFromPreview', () => {
  it('holds a CSV file with its guess as the starting mapping', () => {
    expect(csv).toMatchObject({ status: 'ready', format: 'csv', mapping: csvMapping });
    expect(xml).toMatchObject({ status: 'ready', format: 'sbr-xml', csv: null, mapping: null });
  });

  it('starts a reported-missing field unset, which then needs the user', () => {
    const entry = entryFromPreview({ path: '/b/x.csv', format: 'csv', csv: csvPreview(['time']) });
    expect(entry.status === 'ready' && entry.mapping?.columns.time).toBe('');
    expect(needsMapping(entry)).toBe(true);
  });
});

describe('startBlocker', () => {
  it('waits while any file is still being detected', () => {
    expect(startBlocker([xml, detectingEntry('/b/y.db')])).toBe('detecting');
  });

  it('needs at least one recognised file; unrecognised ones do not block', () => {
    expect(startBlocker([])).toBe('no-files');
    expect(startBlocker([unknown])).toBe('no-files');
    expect(startBlocker([unknown, xml])).toBeNull();
  });

  it('blocks while a CSV file lacks a required column, and lets go once it is chosen', () => {
    const incomplete = entryFromPreview({ path: '/b/x.csv', format: 'csv', csv: csvPreview(['body']) });
    expect(startBlocker([xml, incomplete])).toBe('mapping');
    if (incomplete.status !== 'ready' || !incomplete.mapping) throw new Error('expected a ready CSV entry');
    const fixed: PlanEntry = { ...incomplete, mapping: withColumn(incomplete.mapping, 'body', '内容') };
    expect(startBlocker([xml, fixed])).toBeNull();
  });
});

describe('importRequest', () => {
  it('sends the recognised paths in order, with the confirmed mapping and format of each CSV file', () => {
    expect(importRequest([xml, unknown, csv], 'Asia/Shanghai')).toEqual({
      paths: ['/b/sms.xml', '/b/导出.csv'],
      timeZone: 'Asia/Shanghai',
      choices: { '/b/导出.csv': { format: 'csv', csvMapping: csvMapping } },
    });
  });

  it('sends the mapping as the user changed it, not the guess', () => {
    if (csv.status !== 'ready' || !csv.mapping) throw new Error('expected a ready CSV entry');
    const changed: PlanEntry = { ...csv, mapping: withColumn(csv.mapping, 'direction', null) };
    const sent = importRequest([changed], 'UTC')?.choices?.['/b/导出.csv']?.csvMapping;
    expect(sent?.columns.direction).toBeNull();
    expect(sent?.columns.address).toBe('号码');
  });

  it('leaves choices out when no file needs one', () => {
    expect(importRequest([xml], 'UTC')).toEqual({ paths: ['/b/sms.xml'], timeZone: 'UTC' });
  });

  it('is null while the import cannot start', () => {
    expect(importRequest([unknown], 'UTC')).toBeNull();
    expect(importRequest([xml, detectingEntry('/b/z')], 'UTC')).toBeNull();
  });
});

describe('needsTimeZone and importablePaths', () => {
  it('asks for a zone only when a file records local wall-clock times', () => {
    expect(needsTimeZone([xml, unknown])).toBe(false);
    expect(needsTimeZone([xml, csv])).toBe(true);
    expect(needsTimeZone([entryFromPreview({ path: '/v.vmsg', format: 'vmessage', csv: null })])).toBe(true);
  });

  it('lists only recognised files', () => {
    expect(importablePaths([detectingEntry('/a'), unknown, xml])).toEqual(['/b/sms.xml']);
  });
});

describe('screenshots on the import list', () => {
  const shot = screenshotEntry('/p/Screenshot_20250416-130912.png');
  const folder = screenshotEntry('/p/催收截图');
  const heic = heicEntry('/p/IMG_0412.HEIC');

  it('sends backups to the import and images to screenshot reading, in the order listed', () => {
    const entries = [xml, shot, csv, folder, heic];
    expect(importRequest(entries, 'Asia/Shanghai')?.paths).toEqual(['/b/sms.xml', '/b/导出.csv']);
    expect(screenshotsRequest(entries, 'Asia/Shanghai', '')).toEqual({
      paths: ['/p/Screenshot_20250416-130912.png', '/p/催收截图'],
      timeZone: 'Asia/Shanghai',
    });
    expect(importablePaths(entries)).toHaveLength(4);
  });

  it('passes the confirmed reference day only when one was given', () => {
    expect(screenshotsRequest([shot], 'Asia/Shanghai', '2025-04-17')).toEqual({
      paths: ['/p/Screenshot_20250416-130912.png'],
      timeZone: 'Asia/Shanghai',
      referenceDate: '2025-04-17',
    });
  });

  it('starts neither request for a kind that is not on the list', () => {
    expect(importRequest([shot], 'UTC')).toBeNull();
    expect(screenshotsRequest([xml], 'UTC', '')).toBeNull();
  });

  it('waits for backups still being detected before reading screenshots too', () => {
    expect(screenshotsRequest([shot, detectingEntry('/b/y.db')], 'UTC', '')).toBeNull();
  });

  it('lists a HEIC photo as not importable, with the page’s own reason', () => {
    expect(heic).toMatchObject({ status: 'error', error: { code: HEIC_UNSUPPORTED } });
    expect(startBlocker([heic])).toBe('no-files');
  });

  it('asks for the time zone, since screenshots show the phone’s local times', () => {
    expect(needsTimeZone([shot])).toBe(true);
  });
});
