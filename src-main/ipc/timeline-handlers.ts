// SPDX-License-Identifier: MIT
// The timeline view's channels: the view data, the overview histogram and the paged dossiers.
import type { HandlersOf } from './handler-types';
import { senderDossiers, timelineView } from '../core/timeline/build-timeline';
import { messageHistogram } from '../core/timeline/message-histogram';

export const timelineHandlers: HandlersOf<'timeline:get' | 'timeline:histogram' | 'senders:dossiers'> = {
  'timeline:get': async (req, ctx) => timelineView(ctx.db, { reveal: req.reveal }),
  'timeline:histogram': async (req, ctx) =>
    messageHistogram(ctx.db, { buckets: req.buckets, ...(req.from === undefined ? {} : { from: req.from }), ...(req.to === undefined ? {} : { to: req.to }) }),
  'senders:dossiers': async (req, ctx) =>
    senderDossiers(ctx.db, {
      offset: req.offset,
      limit: req.limit,
      sort: req.sort,
      ...(req.query === undefined ? {} : { query: req.query }),
      ...(req.cluster === undefined ? {} : { cluster: req.cluster }),
      ...(req.starred === undefined ? {} : { starred: req.starred }),
      ...(req.tag === undefined ? {} : { tag: req.tag }),
    }),
};
