// SPDX-License-Identifier: MIT
// Turns what the filter bar holds into the contract's MessageFilter: empty inputs are left out
// rather than sent as empty values, so that the main side sees only real constraints.
import type { MessageFilter } from '../../src-main/ipc/contract';
import { endOfLocalDay, startOfLocalDay } from './date-bounds';

export type DirectionChoice = 'all' | 'in' | 'out';

export interface FilterInputs {
  query: string;
  senderId: number | null;
  direction: DirectionChoice;
  dateFrom: string;
  dateTo: string;
}

/** The contract caps the query at 200 characters. */
export const MAX_QUERY_LENGTH = 200;

export function emptyFilterInputs(): FilterInputs {
  return { query: '', senderId: null, direction: 'all', dateFrom: '', dateTo: '' };
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
  return filter;
}

/** A stable text form, so that a filter that did not really change does not reload the list. */
export function filterKey(filter: MessageFilter): string {
  return JSON.stringify([filter.query ?? null, filter.senderId ?? null, filter.direction ?? null, filter.from ?? null, filter.to ?? null]);
}

export function isFiltered(filter: MessageFilter): boolean {
  return Object.keys(filter).length > 0;
}
