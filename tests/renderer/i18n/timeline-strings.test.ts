// SPDX-License-Identifier: MIT
// The timeline and senders pages look names up by the contract's enums: every value must have a
// string, or the page would show a raw key to a user in the middle of a debt story.
import { describe, expect, it } from 'vitest';
import { IncidentStage, LinkReasonKind, ReportFormat } from '../../../src-main/ipc/contract';
import { en } from '../../../src-renderer/i18n/en';
import { isMessageKey } from '../../../src-renderer/i18n/translate';
import { zhCN } from '../../../src-renderer/i18n/zh-CN';
import { DOSSIER_SORTS, SORT_HEADING } from '../../../src-renderer/state/dossier-sort';

describe('timeline strings', () => {
  it('name every incident stage in both languages', () => {
    for (const stage of IncidentStage.options) expect(isMessageKey(`stage.${stage}`), stage).toBe(true);
    expect(zhCN['stage.contacts']).toBe('联系亲友');
  });

  it('name every kind of link between senders', () => {
    for (const kind of LinkReasonKind.options) expect(isMessageKey(`linkReason.${kind}`), kind).toBe(true);
  });

  it('name every report format', () => {
    for (const format of ReportFormat.options) expect(isMessageKey(`report.format.${format}`), format).toBe(true);
  });

  it('name every column the dossiers can be sorted by', () => {
    for (const sort of DOSSIER_SORTS) expect(isMessageKey(SORT_HEADING[sort]), sort).toBe(true);
    expect(en['senders.col.lastSeen']).toBe('Last contact');
  });
});
