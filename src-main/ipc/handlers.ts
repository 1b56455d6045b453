// SPDX-License-Identifier: MIT
// Each handler is a plain async function from the parsed request to the response, so the same
// code answers Electron IPC, the CLI and the browser test bridge.
import type { Handlers } from './handler-types';
import { timelineHandlers } from './timeline-handlers';
import { annotationHandlers } from './annotation-handlers';
import { reportHandlers } from './report-handlers';
import { wipeHandlers } from './wipe-handlers';
import { schemaVersion } from '../core/db/migrate';
import { listMessages, getMessage } from '../core/store/message-queries';
import { listSenders } from '../core/store/sender-queries';
import { listSources } from '../core/store/source-queries';
import { getStats } from '../core/store/stats';
import { previewPath } from '../core/import/preview';
import { removeSource } from '../core/store/remove-source';
import { updateLeakTimeline } from '../core/timeline/update-leak-timeline';
import { summarizeAnalysis, profileItemUses } from '../core/analysis/summarize-analysis';
import { loadProfile, saveProfile } from '../core/profile/profile-store';
import { profileItems } from '../core/profile/profile-items';
import { setLabels } from '../core/learning/labels-store';
import { commitScreenshotReview } from '../core/screenshots/commit-review';
import { screenshotImage } from './screenshot-image';
import { resolve } from 'node:path';


export const handlers: Handlers = {
  'app:info': async (_req, ctx) => ({
    version: ctx.version,
    dbPath: ctx.dbPath,
    encrypted: ctx.encrypted,
    schemaVersion: schemaVersion(ctx.db),
  }),
  'dialog:openFiles': async (req, ctx) => ({ paths: await ctx.chooseFiles({ folder: req.folder ?? false }) }),
  'import:preview': async (req) => previewPath(req.path),
  'import:start': async (req, ctx) => ({
    jobId: ctx.jobs.start('import', req.paths, {
      ...(req.choices ? { choices: req.choices } : {}),
      ...(req.timeZone ? { timeZone: req.timeZone } : {}),
    }),
  }),
  'demo:load': async (_req, ctx) => ({ jobId: ctx.jobs.start('demo', ctx.demoPaths) }),
  'job:cancel': async (req, ctx) => ({ cancelled: ctx.jobs.cancel(req.jobId) }),
  'messages:list': async (req, ctx) => listMessages(ctx.db, req.filter, req.offset, req.limit),
  'messages:get': async (req, ctx) => getMessage(ctx.db, req.id),
  'senders:list': async (req, ctx) => ({ rows: listSenders(ctx.db, req.query, req.limit) }),
  'sources:list': async (_req, ctx) => ({ rows: listSources(ctx.db) }),
  'sources:remove': async (req, ctx) => {
    const removed = removeSource(ctx.db, req.sourceId);
    // Clusters may rest on the removed messages: recomputed now, not at the next import.
    updateLeakTimeline(ctx.db);
    return removed;
  },
  'stats:get': async (_req, ctx) => getStats(ctx.db),
  'analysis:start': async (_req, ctx) => ({ jobId: ctx.jobs.start('analyze', []) }),
  'analysis:summary': async (_req, ctx) => summarizeAnalysis(ctx.db),
  'profile:get': async (_req, ctx) => {
    const profile = loadProfile(ctx.db);
    return { profile, items: profileItems(profile), uses: profileItemUses(ctx.db) };
  },
  'profile:set': async (req, ctx) => {
    saveProfile(ctx.db, req.profile);
    return { jobId: ctx.jobs.start('analyze', []) };
  },
  'labels:set': async (req, ctx) => {
    const updated = setLabels(ctx.db, req.target, req.category);
    return { updated, jobId: updated > 0 ? ctx.jobs.start('analyze', []) : null };
  },
  'screenshots:read': async (req, ctx) => {
    for (const path of req.paths) ctx.screenshotPaths.add(resolve(path));
    return {
      jobId: ctx.jobs.start('ocr', req.paths, {
        ...(req.timeZone ? { timeZone: req.timeZone } : {}),
        ...(req.referenceDate ? { referenceDate: req.referenceDate } : {}),
      }),
    };
  },
  'screenshots:image': async (req, ctx) => screenshotImage(req.path, ctx.screenshotPaths),
  ...timelineHandlers,
  ...annotationHandlers,
  ...reportHandlers,
  ...wipeHandlers,
  'screenshots:commit': async (req, ctx) => {
    const results = commitScreenshotReview(ctx.db, req.review);
    const added = results.reduce((n, r) => n + r.messagesAdded, 0);
    return { results, jobId: added > 0 ? ctx.jobs.start('analyze', []) : null };
  },
};
