// SPDX-License-Identifier: MIT
// What the filter bar holds turned into the contract's MessageFilter. The bar keeps text as typed;
// this drops empty values, so that the main side sees only real constraints.
import { CATEGORIES, type Category, type MessageFilter, type SignalCode } from '../../src-main/ipc/contract';
import { markFilter } from './annotation-marks';
import { endOfLocalDay, startOfLocalDay } from './date-bounds';
import { HIGH_RISK, MEDIUM_RISK } from './risk-level';

export type DirectionChoice = 'all' | 'in' | 'out';
export type RiskChoice = 'any' | 'medium' | 'high';

export interface FilterInputs {
  query: string;
  senderId: number | null;
  direction: DirectionChoice;
  dateFrom: string;
  dateTo: string;
  categories: Category[];
  minRisk: RiskChoice;
  /** '' for any signal. */
  signal: SignalCode | '';
  /** Only the messages the user starred. */
  starredOnly: boolean;
  /** '' for any tag (and for none). */
  tag: string;
}

/** The contract caps the query at 200 characters. */
export const MAX_QUERY_LENGTH = 200;

const RISK_FLOOR: Record<RiskChoice, number | undefined> = { any: undefined, medium: MEDIUM_RISK, high: HIGH_RISK };

export function emptyFilterInputs(): FilterInputs {
  return { query: '', senderId: null, direction: 'all', dateFrom: '', dateTo: '', categories: [], minRisk: 'any', signal: '', starredOnly: false, tag: '' };
}

/** The categories in their canonical order, each once, so that the order of clicks does not matter. */
export function canonicalCategories(categories: readonly Category[]): Category[] {
  const chosen = new Set(categories);
  return CATEGORIES.filter((category) => chosen.has(category));
}

export function toggleCategory(categories: readonly Category[], category: Category): Category[] {
  return canonicalCategories(categories.includes(category) ? categories.filter((c) => c !== category) : [...categories, category]);
}

export function buildMessageFilter(inputs: FilterInputs): MessageFilter {
  const filter: MessageFilter = {};
  const query = inputs.query.trim().slice(0, MAX_QUERY_LENGTH);
  if (query) filter.query = query;
  if (inputs.senderId !== null) filter.senderId = inputs.senderId;
  if (inputs.direction !== 'all') filter.direction = inputs.direction;
  const from = startOfLocalDay(inputs.dateFrom);
  if (from !== undefined) filter.from = from;
  const to = endOfLocalDay(inputs.dateTo);
  if (to !== undefined) filter.to = to;
  const categories = canonicalCategories(inputs.categories ?? []);
  if (categories.length > 0) filter.categories = categories;
  const minRisk = RISK_FLOOR[inputs.minRisk ?? 'any'];
  if (minRisk !== undefined) filter.minRisk = minRisk;
  if (inputs.signal) filter.signal = inputs.signal;
  Object.assign(filter, markFilter(inputs.starredOnly ?? false, inputs.tag ?? ''));
  return filter;
}

/** A stable text form, so that a filter that did not really change does not reload the list. */
export function filterKey(filter: MessageFilter): string {
  return JSON.stringify([
    filter.query ?? null,
    filter.senderId ?? null,
    filter.direction ?? null,
    filter.from ?? null,
    filter.to ?? null,
    filter.categories ? canonicalCategories(filter.categories) : null,
    filter.minRisk ?? null,
    filter.signal ?? null,
    filter.starred ?? null,
    filter.tag ?? null,
  ]);
}

export function isFiltered(filter: MessageFilter): boolean {
  return Object.keys(filter).length > 0;
}

/** Whether the user's own marks decide which messages match (a star or a tag changes the list). */
export function dependsOnMarks(filter: MessageFilter): boolean {
  return filter.starred !== undefined || filter.tag !== undefined;
}
