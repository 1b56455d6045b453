// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { JobFinished, JobProgress } from '../../../src-main/ipc/contract';
import {
  analysisCounts,
  IDLE,
  isBusy,
  jobCancelling,
  jobFinished,
  jobProgressed,
  jobStarted,
  jobStartFailed,
  jobStarting,
  outcomeHeading,
  percentDone,
  readingHeading,
} from '../../../src-renderer/state/job-tracker';

function progress(overrides: Partial<JobProgress> = {}): JobProgress {
  return {
    jobId: 'j1',
    kind: 'import',
    phase: 'import',
    file: '/home/u/sms.xml',
    fileIndex: 0,
    fileCount: 1,
    bytesDone: 50,
    bytesTotal: 200,
    messages: 120,
    ...overrides,
  };
}

function finished(overrides: Partial<JobFinished> = {}): JobFinished {
  return { jobId: 'j1', kind: 'import', outcome: 'done', results: [], failures: [], error: null, analysed: 0, readings: [], ...overrides };
}

describe('job tracker', () => {
  it('goes from starting to running when the start call answers, then follows progress', () => {
    let view = jobStarting('import');
    expect(isBusy(view)).toBe(true);
    view = jobStarted(view, 'j1');
    expect(view).toMatchObject({ phase: 'running', jobId: 'j1', progress: null });
    view = jobProgressed(view, progress());
    expect(view.phase === 'running' && view.progress?.messages).toBe(120);
  });

  it('adopts the job of an event that overtakes the start reply, and keeps it when the reply comes', () => {
    let view = jobProgressed(jobStarting('import'), progress({ jobId: 'j9' }));
    expect(view).toMatchObject({ phase: 'running', jobId: 'j9' });
    view = jobStarted(view, 'j9');
    expect(view.phase === 'running' && view.progress?.jobId).toBe('j9');
  });

  it('keeps the outcome when the finish event arrives before the start reply', () => {
    let view = jobFinished(jobStarting('demo'), finished({ jobId: 'd1', kind: 'demo' }));
    view = jobStarted(view, 'd1');
    expect(view).toMatchObject({ phase: 'finished', jobId: 'd1' });
    expect(isBusy(view)).toBe(false);
  });

  it('ignores events of other jobs', () => {
    const running = jobStarted(jobStarting('import'), 'j1');
    expect(jobProgressed(running, progress({ jobId: 'other' }))).toBe(running);
    expect(jobFinished(running, finished({ jobId: 'other' }))).toBe(running);
    expect(jobProgressed(IDLE, progress())).toBe(IDLE);
    expect(jobProgressed(jobStarting('import'), progress({ kind: 'demo' }))).toMatchObject({ phase: 'starting' });
  });

  it('records the outcome of its job', () => {
    const running = jobStarted(jobStarting('import'), 'j1');
    const error = { code: 'MALFORMED_INPUT', message: 'sms.xml (line 3, column 9): bad' };
    const view = jobFinished(running, finished({ outcome: 'failed', error }));
    expect(view.phase === 'finished' && view.finished.error).toEqual(error);
  });

  it('follows each file of a multi-file job by its own bytes', () => {
    let view = jobStarting('import', ['/b/a.xml', '/b/b.csv']);
    view = jobStarted(view, 'j1');
    expect(view.phase === 'running' && view.files.map((f) => f.state)).toEqual(['waiting', 'waiting']);
    view = jobProgressed(view, progress({ fileCount: 2, fileIndex: 1, file: '/b/b.csv', bytesDone: 30, bytesTotal: 60 }));
    expect(view.phase === 'running' && view.files.map((f) => [f.file, f.state])).toEqual([
      ['/b/a.xml', 'over'],
      ['/b/b.csv', 'reading'],
    ]);
  });

  it('keeps the requested paths into the outcome, also when the first event overtakes the start reply', () => {
    let view = jobProgressed(jobStarting('import', ['/b/a.xml']), progress({ bytesDone: 200, bytesTotal: 200 }));
    expect(view.phase === 'running' && view.files[0]?.state).toBe('over');
    view = jobFinished(view, finished());
    expect(view).toMatchObject({ phase: 'finished', paths: ['/b/a.xml'] });
  });

  it('holds a start failure, and marks a running job as cancelling', () => {
    const failed = jobStartFailed(jobStarting('import'), { code: 'FILE_NOT_FOUND', message: '/x.xml' });
    expect(failed).toMatchObject({ phase: 'start-failed', error: { code: 'FILE_NOT_FOUND' } });
    expect(jobCancelling(jobStarted(jobStarting('import'), 'j1'))).toMatchObject({ cancelling: true });
    expect(jobCancelling(IDLE)).toBe(IDLE);
  });
});

describe('percentDone', () => {
  it('is the floor of bytes done over bytes total for a single file', () => {
    expect(percentDone(progress({ bytesDone: 50, bytesTotal: 200 }))).toBe(25);
    expect(percentDone(progress({ bytesDone: 199, bytesTotal: 200 }))).toBe(99);
    expect(percentDone(progress({ bytesDone: 200, bytesTotal: 200 }))).toBe(100);
  });

  it('counts earlier files whole and the current file by its bytes', () => {
    expect(percentDone(progress({ fileIndex: 0, fileCount: 4, bytesDone: 100, bytesTotal: 100 }))).toBe(25);
    expect(percentDone(progress({ fileIndex: 2, fileCount: 4, bytesDone: 0, bytesTotal: 999 }))).toBe(50);
    expect(percentDone(progress({ fileIndex: 3, fileCount: 4, bytesDone: 50, bytesTotal: 100 }))).toBe(87);
  });

  it('stays within 0..100 and counts an unknown size as not started', () => {
    expect(percentDone(null)).toBe(0);
    expect(percentDone(progress({ bytesDone: 10, bytesTotal: 0 }))).toBe(0);
    expect(percentDone(progress({ bytesDone: 500, bytesTotal: 200 }))).toBe(100);
    expect(percentDone(progress({ bytesDone: -5, bytesTotal: 200 }))).toBe(0);
    expect(percentDone(progress({ fileIndex: 9, fileCount: 2, bytesDone: 1, bytesTotal: 1 }))).toBe(100);
    expect(percentDone(progress({ fileCount: 0 }))).toBe(0);
  });
});

describe('outcomeHeading', () => {
  const summary = {
    sourceId: 1,
    file: '/a.xml',
    format: 'sbr-xml' as const,
    sha256: 'ab',
    messagesAdded: 3,
    duplicatesSkipped: 0,
    callsAdded: 0,
    sendersAdded: 1,
    firstTime: null,
    lastTime: null,
  };
  const settle = (f: Partial<JobFinished>) => jobFinished(jobStarted(jobStarting('import'), 'j1'), finished(f));

  it('tells a clean import from one where some files failed', () => {
    expect(outcomeHeading(settle({ results: [summary] }))).toBe('done');
    const failure = { file: '/b.xml', error: { code: 'MALFORMED_INPUT', message: '/b.xml: bad' } };
    expect(outcomeHeading(settle({ outcome: 'failed', results: [summary], failures: [failure] }))).toBe('partial');
    expect(outcomeHeading(settle({ outcome: 'failed', failures: [failure] }))).toBe('failed');
  });

  it('says nothing was imported only when a cancelled job imported no file', () => {
    expect(outcomeHeading(settle({ outcome: 'cancelled' }))).toBe('cancelled');
    expect(outcomeHeading(settle({ outcome: 'cancelled', results: [summary] }))).toBe('cancelledPartial');
  });

  it('has no heading while a job runs, and calls a refused start a failure', () => {
    expect(outcomeHeading(jobStarted(jobStarting('import'), 'j1'))).toBeNull();
    expect(outcomeHeading(IDLE)).toBeNull();
    expect(outcomeHeading(jobStartFailed(jobStarting('demo'), { code: 'INTERNAL', message: 'x' }))).toBe('failed');
  });
});

describe('the analysis phase', () => {
  it('counts messages instead of bytes once a job is analysing', () => {
    const analysing = progress({ kind: 'demo', phase: 'analyze', fileIndex: 0, fileCount: 0, bytesDone: 12_345, bytesTotal: 50_000 });
    expect(analysisCounts(analysing)).toEqual({ done: 12_345, total: 50_000 });
    expect(percentDone(analysing)).toBe(24);
    expect(analysisCounts(progress())).toBeNull();
    expect(analysisCounts(null)).toBeNull();
  });

  it('adopts an analysis job whose first event overtakes the reply of the call that started it', () => {
    const view = jobFinished(jobStarting('analyze'), finished({ jobId: 'a9', kind: 'analyze', analysed: 3088 }));
    expect(view).toMatchObject({ phase: 'finished', kind: 'analyze' });
    expect(view.phase === 'finished' && view.finished.analysed).toBe(3088);
    expect(outcomeHeading(view)).toBe('done');
  });
});

describe('a screenshot-reading job', () => {
  const reading = {
    file: '/home/u/Pictures/IMG_0412.PNG',
    sha256: 'cd'.repeat(32),
    width: 1170,
    height: 2532,
    sender: '+86 138 0013 8000',
    sender_confidence: 0.93,
    reference_date: '2025-04-17',
    time_zone: 'Asia/Shanghai',
    messages: [],
  };

  it('is summed up by the screenshots it read, since nothing is imported before the review', () => {
    const read = (overrides: Partial<JobFinished>) =>
      readingHeading(jobFinished(jobStarting('ocr', [reading.file]), finished({ kind: 'ocr', ...overrides })));
    expect(read({ readings: [reading] })).toBe('done');
    expect(read({ readings: [reading], failures: [{ file: '/home/u/Pictures/b.png', error: { code: 'MALFORMED_INPUT', message: 'x' } }] })).toBe('partial');
    expect(read({ outcome: 'failed', readings: [] })).toBe('failed');
    expect(read({ outcome: 'cancelled', readings: [reading] })).toBe('cancelledPartial');
    expect(read({ outcome: 'cancelled', readings: [] })).toBe('cancelled');
  });

  it('counts the steps of each screenshot towards the whole batch like bytes of a file', () => {
    expect(percentDone(progress({ kind: 'ocr', phase: 'ocr', fileIndex: 1, fileCount: 4, bytesDone: 3, bytesTotal: 6 }))).toBe(37);
  });
});
