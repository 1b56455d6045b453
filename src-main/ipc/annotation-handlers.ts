// SPDX-License-Identifier: MIT
// The user's marks (stars, tags, notes) and "what to do next".
import type { HandlersOf } from './handler-types';
import { setAnnotations, type AnnotationChange } from '../core/annotations/set-annotations';
import { listTags } from '../core/annotations/read-annotations';
import { adviceFor } from '../core/advice/advice-for';

export const annotationHandlers: HandlersOf<'annotations:set' | 'annotations:tags' | 'advice:get'> = {
  'annotations:set': async (req, ctx) => {
    const change: AnnotationChange = {
      ...(req.star === undefined ? {} : { star: req.star }),
      ...(req.addTag === undefined ? {} : { addTag: req.addTag }),
      ...(req.removeTag === undefined ? {} : { removeTag: req.removeTag }),
      ...(req.note === undefined ? {} : { note: req.note }),
    };
    return { updated: setAnnotations(ctx.db, req.target, change) };
  },
  'annotations:tags': async (_req, ctx) => ({ tags: listTags(ctx.db) }),
  'advice:get': async (_req, ctx) => ({ advice: adviceFor(ctx.db) }),
};
