// SPDX-License-Identifier: MIT
process.env.TZ = 'Asia/Shanghai';

import { describe, expect, it } from 'vitest';
import { MessageFilter } from '../../../src-main/ipc/contract';
import {
  buildMessageFilter,
  canonicalCategories,
  emptyFilterInputs,
  filterKey,
  isFiltered,
  toggleCategory,
} from '../../../src-renderer/state/message-filter';

describe('buildMessageFilter', () => {
  it('sends no constraint for empty inputs', () => {
    const filter = buildMessageFilter(emptyFilterInputs());
    expect(filter).toEqual({});
    expect(isFiltered(filter)).toBe(false);
  });

  it('keeps a two-character Chinese query as typed, trimmed', () => {
    expect(buildMessageFilter({ ...emptyFilterInputs(), query: '  逾期 ' })).toEqual({ query: '逾期' });
  });

  it('maps every input and passes the contract schema', () => {
    const filter = buildMessageFilter({
      query: '验证码',
      senderId: 7,
      direction: 'in',
      dateFrom: '2024-01-01',
      dateTo: '2024-01-31',
      categories: ['debt_collection'],
      minRisk: 'high',
      signal: 'threat_expose_contacts',
    });
    expect(filter).toEqual({
      query: '验证码',
      senderId: 7,
      direction: 'in',
      from: Date.UTC(2023, 11, 31, 16),
      to: Date.UTC(2024, 0, 31, 16),
      categories: ['debt_collection'],
      minRisk: 0.8,
      signal: 'threat_expose_contacts',
    });
    expect(MessageFilter.parse(filter)).toEqual(filter);
  });

  it('cuts a query to the 200 characters the contract allows', () => {
    const filter = buildMessageFilter({ ...emptyFilterInputs(), query: '短'.repeat(250) });
    expect(filter.query).toHaveLength(200);
    expect(MessageFilter.safeParse(filter).success).toBe(true);
  });

  it('leaves out a half-typed date', () => {
    expect(buildMessageFilter({ ...emptyFilterInputs(), dateFrom: '2024-02-3' })).toEqual({});
  });

  it('gives equal keys to equal filters and different keys otherwise', () => {
    const a = buildMessageFilter({ ...emptyFilterInputs(), query: '逾期 ' });
    const b = buildMessageFilter({ ...emptyFilterInputs(), query: ' 逾期' });
    const c = buildMessageFilter({ ...emptyFilterInputs(), query: '逾期', direction: 'out' });
    expect(filterKey(a)).toBe(filterKey(b));
    expect(filterKey(a)).not.toBe(filterKey(c));
  });
});

describe('analysis filters', () => {
  it('sends categories in canonical order whatever order they were clicked in', () => {
    const filter = buildMessageFilter({ ...emptyFilterInputs(), categories: ['fraud', 'debt_collection', 'fraud'] });
    expect(filter.categories).toEqual(['debt_collection', 'fraud']);
    expect(MessageFilter.safeParse(filter).success).toBe(true);
  });

  it('toggles a category chip on and off', () => {
    const on = toggleCategory([], 'marketing');
    expect(on).toEqual(['marketing']);
    expect(toggleCategory(toggleCategory(on, 'debt_collection'), 'marketing')).toEqual(['debt_collection']);
    expect(canonicalCategories(['other', 'verification_code', 'debt_collection'])).toEqual(['debt_collection', 'verification_code', 'other']);
  });

  it('maps the risk choices to the same bounds the badges use', () => {
    expect(buildMessageFilter({ ...emptyFilterInputs(), minRisk: 'any' })).toEqual({});
    expect(buildMessageFilter({ ...emptyFilterInputs(), minRisk: 'medium' })).toEqual({ minRisk: 0.5 });
    expect(buildMessageFilter({ ...emptyFilterInputs(), minRisk: 'high' })).toEqual({ minRisk: 0.8 });
  });

  it('sends no signal constraint for "any signal"', () => {
    expect(buildMessageFilter({ ...emptyFilterInputs(), signal: '' })).toEqual({});
    expect(buildMessageFilter({ ...emptyFilterInputs(), signal: 'short_link' })).toEqual({ signal: 'short_link' });
  });

  it('gives a new key when only a category, the risk or the signal changes', () => {
    const base = filterKey(buildMessageFilter(emptyFilterInputs()));
    const keys = [
      filterKey(buildMessageFilter({ ...emptyFilterInputs(), categories: ['fraud'] })),
      filterKey(buildMessageFilter({ ...emptyFilterInputs(), categories: ['fraud', 'marketing'] })),
      filterKey(buildMessageFilter({ ...emptyFilterInputs(), minRisk: 'high' })),
      filterKey(buildMessageFilter({ ...emptyFilterInputs(), signal: 'threat_police' })),
    ];
    expect(new Set([base, ...keys]).size).toBe(5);
    expect(filterKey({ categories: ['marketing', 'fraud'] })).toBe(filterKey({ categories: ['fraud', 'marketing'] }));
  });
});
