// SPDX-License-Identifier: MIT
// What the analysis of the whole database amounts to: how much is analysed, per category and per
// signal, and what the learned model was trained on. Feeds the filters and the CLI's `analyze`.
import { z } from 'zod';
import { Category, SignalCode } from './analysis';

export const AnalysisSummary = z.object({
  messages: z.number().int(),
  analysed: z.number().int(),
  /** Analysed on an older basis (rules, profile or learned model changed since). */
  stale: z.number().int(),
  categories: z.record(Category, z.number().int()),
  signals: z.array(z.object({ code: SignalCode, messages: z.number().int() })),
  highRisk: z.number().int(),
  labels: z.number().int(),
  /** Messages the on-device model learned from (0: no model yet). */
  modelExamples: z.number().int(),
});
export type AnalysisSummary = z.infer<typeof AnalysisSummary>;

export const ProfileItemUse = z.object({ key: z.string(), messages: z.number().int(), senders: z.number().int() });
export type ProfileItemUse = z.infer<typeof ProfileItemUse>;
