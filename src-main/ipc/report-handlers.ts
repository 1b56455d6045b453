// SPDX-License-Identifier: MIT
// The Export button: ask the host where to save, collect the report, render it (PDF through the
// host's printer) and write it. The host's save dialog has already confirmed any overwrite.
import type { HandlersOf } from './handler-types';
import { collectReportInput } from '../core/report/collect-report-input';
import { defaultReportName, reportBytes } from '../core/report/render-report';
import { writeReportFile } from '../core/report/write-report-file';
import { updateLeakTimeline } from '../core/timeline/update-leak-timeline';

export const reportHandlers: HandlersOf<'report:export'> = {
  'report:export': async (req, ctx) => {
    const now = Date.now();
    const path = await ctx.chooseSavePath({ defaultName: defaultReportName(req.format, now), format: req.format });
    if (path === null) return { path: null };
    // Normally a no-op: the analysis job already linked senders; this covers an interrupted one.
    updateLeakTimeline(ctx.db);
    const input = collectReportInput(ctx.db, { reveal: req.reveal, lang: req.lang, now, appVersion: ctx.version });
    const bytes = await reportBytes(input, req.format, ctx.printPdf);
    writeReportFile(path, bytes, { overwrite: true });
    return { path };
  },
};
