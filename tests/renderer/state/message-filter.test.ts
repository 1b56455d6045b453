// SPDX-License-Identifier: MIT
process.env.TZ = 'Asia/Shanghai';

import { describe, expect, it } from 'vitest';
import { MessageFilter } from '../../../src-main/ipc/contract';
import {
  buildMessageFilter,
  canonicalCategories,
  dependsOnMarks,
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
      starredOnly: true,
      tag: ' 律师 ',
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
      starred: true,
      tag: '律师',
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

describe('filters by the user\'s marks', () => {
  it('sends a star constraint only when "starred only" is ticked, never starred: false', () => {
    expect(buildMessageFilter({ ...emptyFilterInputs(), starredOnly: false })).toEqual({});
    expect(buildMessageFilter({ ...emptyFilterInputs(), starredOnly: true })).toEqual({ starred: true });
  });

  it('sends the chosen tag with its white space as the main side stores it, and none for "any tag"', () => {
    expect(buildMessageFilter({ ...emptyFilterInputs(), tag: '' })).toEqual({});
    expect(buildMessageFilter({ ...emptyFilterInputs(), tag: '  待 \t 举报 ' })).toEqual({ tag: '待 举报' });
    expect(MessageFilter.safeParse(buildMessageFilter({ ...emptyFilterInputs(), tag: '待举报' })).success).toBe(true);
  });

  it('gives a new key when only the star or the tag changes', () => {
    const base = filterKey(buildMessageFilter(emptyFilterInputs()));
    const starred = filterKey(buildMessageFilter({ ...emptyFilterInputs(), starredOnly: true }));
    const tagged = filterKey(buildMessageFilter({ ...emptyFilterInputs(), tag: '律师' }));
    const other = filterKey(buildMessageFilter({ ...emptyFilterInputs(), tag: '证据' }));
    expect(new Set([base, starred, tagged, other]).size).toBe(4);
  });

  it('knows when a star or tag can move a message in or out of the list', () => {
    expect(dependsOnMarks(buildMessageFilter({ ...emptyFilterInputs(), query: '逾期', minRisk: 'high' }))).toBe(false);
    expect(dependsOnMarks({ starred: true })).toBe(true);
    expect(dependsOnMarks({ tag: '律师' })).toBe(true);
  });
});
