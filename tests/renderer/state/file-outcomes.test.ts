// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { ImportSummary, JobFinished } from '../../../src-main/ipc/contract';
import { belongsTo, failedFiles, fileOutcomes } from '../../../src-renderer/state/file-outcomes';

let nextId = 1;
function summary(file: string, format: ImportSummary['format'] = 'sbr-xml'): ImportSummary {
  return {
    sourceId: nextId++,
    file,
    format,
    sha256: 'ab'.repeat(32),
    messagesAdded: 3,
    duplicatesSkipped: 1,
    callsAdded: 0,
    sendersAdded: 2,
    firstTime: null,
    lastTime: null,
  };
}

function finished(overrides: Partial<JobFinished>): JobFinished {
  return { jobId: 'j1', kind: 'import', outcome: 'done', results: [], failures: [], error: null, analysed: 0, readings: [], ...overrides };
}

const bad = { code: 'MALFORMED_INPUT', message: '/b/b.csv (line 7, column 3): unclosed quote' };

describe('fileOutcomes', () => {
  it('lists each file in the order the user gave, whatever order the results came in', () => {
    const outcomes = fileOutcomes(
      ['/b/a.xml', '/b/b.csv', '/b/c.db'],
      finished({ outcome: 'failed', results: [summary('/b/c.db', 'android-mmssms'), summary('/b/a.xml')], failures: [{ file: '/b/b.csv', error: bad }] }),
    );
    expect(outcomes.map((o) => [o.path, o.status])).toEqual([
      ['/b/a.xml', 'imported'],
      ['/b/b.csv', 'failed'],
      ['/b/c.db', 'imported'],
    ]);
    expect(outcomes[1]).toMatchObject({ error: bad });
  });

  it('shows the files a cancelled job never reached as not imported', () => {
    const outcomes = fileOutcomes(['/b/a.xml', '/b/b.xml'], finished({ outcome: 'cancelled', results: [summary('/b/a.xml')] }));
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'not-imported']);
  });

  it('gives a folder the source of the file inside it that identifies the backup', () => {
    const outcomes = fileOutcomes(['/b/iPhone 备份/'], finished({ results: [summary('/b/iPhone 备份/3d0d7e5fb2ce288813306e4d4636395e047a3d28', 'itunes-backup')] }));
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: 'imported', path: '/b/iPhone 备份/' });
  });

  it('keeps one row per entry of an archive, named by the entry', () => {
    const outcomes = fileOutcomes(
      ['/b/backup.zip'],
      finished({ results: [summary('/b/backup.zip!/sms.xml'), summary('/b/backup.zip!/calls/mmssms.db', 'android-mmssms')] }),
    );
    expect(outcomes.map((o) => o.path)).toEqual(['/b/backup.zip!/sms.xml', '/b/backup.zip!/calls/mmssms.db']);
  });

  it('gives a result to the path it is before a folder that contains it', () => {
    const outcomes = fileOutcomes(['/b', '/b/a.xml'], finished({ results: [summary('/b/a.xml')], failures: [{ file: '/b', error: bad }] }));
    expect(outcomes.map((o) => [o.path, o.status])).toEqual([
      ['/b', 'failed'],
      ['/b/a.xml', 'imported'],
    ]);
  });

  it('still shows results and failures that match no requested path (the demo, a runner error)', () => {
    const crash = { code: 'INTERNAL', message: 'worker stopped' };
    const outcomes = fileOutcomes([], finished({ outcome: 'failed', results: [summary('/res/demo.xml')], failures: [{ file: '', error: crash }] }));
    expect(outcomes.map((o) => [o.path, o.status])).toEqual([
      ['/res/demo.xml', 'imported'],
      ['', 'failed'],
    ]);
    expect(failedFiles(outcomes)).toEqual([]);
  });

  it('matches Windows paths too', () => {
    expect(belongsTo('C:\\备份\\iPhone\\Manifest.db', 'C:\\备份\\iPhone')).toBe(true);
    expect(belongsTo('/b/ab.xml', '/b/a')).toBe(false);
    expect(belongsTo('/x', '')).toBe(false);
  });
});

describe('failedFiles', () => {
  it('names the files that failed', () => {
    const outcomes = fileOutcomes(['/b/a.xml', '/b/b.csv'], finished({ results: [summary('/b/a.xml')], failures: [{ file: '/b/b.csv', error: bad }] }));
    expect(failedFiles(outcomes)).toEqual(['/b/b.csv']);
  });
});
