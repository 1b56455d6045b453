// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../src-main/ipc/contract';
import { filePercent, initialFiles, trackFile } from '../../../src-renderer/state/file-progress';

function progress(overrides: Partial<JobProgress>): JobProgress {
  return { jobId: 'j1', kind: 'import', phase: 'import', file: '/b/a.xml', fileIndex: 0, fileCount: 3, bytesDone: 0, bytesTotal: 100, messages: 0, ...overrides };
}

const PATHS = ['/b/a.xml', '/b/b.csv', '/b/c.db'];

describe('trackFile', () => {
  it('starts every file waiting at 0 %', () => {
    const files = initialFiles(PATHS);
    expect(files.map((f) => [f.file, f.state, filePercent(f)])).toEqual([
      ['/b/a.xml', 'waiting', 0],
      ['/b/b.csv', 'waiting', 0],
      ['/b/c.db', 'waiting', 0],
    ]);
  });

  it('moves the current file by its own bytes and leaves the others', () => {
    const files = trackFile(initialFiles(PATHS), progress({ fileIndex: 0, bytesDone: 40, bytesTotal: 160, messages: 12 }));
    expect(files.map(filePercent)).toEqual([25, 0, 0]);
    expect(files[0]).toMatchObject({ state: 'reading', messages: 12 });
  });

  it('counts every file before the current one as over, even one that never reported its end', () => {
    let files = trackFile(initialFiles(PATHS), progress({ fileIndex: 0, bytesDone: 10, bytesTotal: 100 }));
    files = trackFile(files, progress({ fileIndex: 2, file: '/b/c.db', bytesDone: 30, bytesTotal: 60, messages: 5 }));
    expect(files.map((f) => f.state)).toEqual(['over', 'over', 'reading']);
    expect(files.map(filePercent)).toEqual([100, 100, 50]);
  });

  it('marks a file over when its bytes are all read', () => {
    const files = trackFile(initialFiles(PATHS), progress({ fileIndex: 1, bytesDone: 100, bytesTotal: 100 }));
    expect(files[1]?.state).toBe('over');
    expect(filePercent(files[1]!)).toBe(100);
  });

  it('keeps the path the user gave as the name, and learns names it was not given from the events', () => {
    const named = trackFile(initialFiles(PATHS), progress({ fileIndex: 0, file: '/resolved/a.xml' }));
    expect(named[0]?.file).toBe('/b/a.xml');
    const demo = trackFile(initialFiles([]), progress({ fileIndex: 1, fileCount: 2, file: '/res/demo-2.xml' }));
    expect(demo.map((f) => f.file)).toEqual([null, '/res/demo-2.xml']);
    expect(demo.map((f) => f.state)).toEqual(['over', 'reading']);
  });

  it('shows a file of unknown size as started but not advanced', () => {
    const files = trackFile(initialFiles(PATHS), progress({ fileIndex: 0, bytesDone: 500, bytesTotal: 0, messages: 500 }));
    expect(files[0]?.state).toBe('reading');
    expect(filePercent(files[0]!)).toBe(0);
  });

  it('ignores an event for a file the job does not have, and clamps overshoot', () => {
    const start = initialFiles(PATHS);
    expect(trackFile(start, progress({ fileIndex: -1 }))).toEqual(start);
    expect(trackFile(start, progress({ fileIndex: 3 }))).toEqual(start);
    const over = trackFile(start, progress({ fileIndex: 0, bytesDone: 150, bytesTotal: 100 }));
    expect(filePercent(over[0]!)).toBe(100);
  });

  it('does not change the files it was given', () => {
    const start = initialFiles(PATHS);
    trackFile(start, progress({ fileIndex: 2 }));
    expect(start.every((f) => f.state === 'waiting')).toBe(true);
  });
});
