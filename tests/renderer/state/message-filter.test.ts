// SPDX-License-Identifier: MIT
process.env.TZ = 'Asia/Shanghai';

import { describe, expect, it } from 'vitest';
import { MessageFilter } from '../../../src-main/ipc/contract';
import {
  buildMessageFilter,
  emptyFilterInputs,
  filterKey,
  isFiltered,
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
    });
    expect(filter).toEqual({
      query: '验证码',
      senderId: 7,
      direction: 'in',
      from: Date.UTC(2023, 11, 31, 16),
      to: Date.UTC(2024, 0, 31, 16),
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
