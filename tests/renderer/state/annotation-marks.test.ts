// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { channels } from '../../../src-main/ipc/contract';
import {
  applyMarkChange,
  changesMembership,
  markFilter,
  MAX_NOTE_LENGTH,
  MAX_TAG_LENGTH,
  noteValue,
  readTagInput,
  storedSpelling,
  tagChoices,
  tagSuggestions,
  type TagUse,
} from '../../../src-renderer/state/annotation-marks';

const row = { id: 7, starred: false, tags: ['律师'] };
const detail = { ...row, note: null as string | null };
const TAGS: TagUse[] = [
  { tag: '待举报', messages: 12, senders: 0 },
  { tag: 'Lawyer', messages: 3, senders: 1 },
  { tag: '催收团伙', messages: 0, senders: 4 },
];

describe('readTagInput', () => {
  it('collapses white space and trims, as the main side stores a tag', () => {
    expect(readTagInput('  待 \t\n 举报 ')).toEqual({ ok: true, tag: '待 举报' });
  });

  it('refuses an empty tag and one longer than the contract allows', () => {
    expect(readTagInput('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(readTagInput('律'.repeat(MAX_TAG_LENGTH))).toEqual({ ok: true, tag: '律'.repeat(MAX_TAG_LENGTH) });
    expect(readTagInput('律'.repeat(MAX_TAG_LENGTH + 1))).toEqual({ ok: false, reason: 'tooLong' });
  });

  it('accepts only tags the contract accepts', () => {
    const schema = channels['annotations:set'].request;
    for (const raw of ['律师', ' a  b ', '😀'.repeat(20), '😀'.repeat(21), 'x'.repeat(41)]) {
      const input = readTagInput(raw);
      const accepted = schema.safeParse({ target: { messageIds: [1] }, addTag: input.ok ? input.tag : raw }).success;
      expect(input.ok, raw).toBe(accepted);
    }
  });
});

describe('noteValue', () => {
  it('turns a note of nothing but white space into no note, and keeps any other note as typed', () => {
    expect(noteValue(' \n\t ')).toBeNull();
    expect(noteValue('  已截图 ')).toBe('  已截图 ');
    expect(MAX_NOTE_LENGTH).toBe(4000);
  });
});

describe('applyMarkChange', () => {
  it('stars and unstars without touching the tags', () => {
    const starred = applyMarkChange(row, { star: true }, []);
    expect(starred).toEqual({ id: 7, starred: true, tags: ['律师'] });
    expect(applyMarkChange(starred, { star: false }, [])).toEqual(row);
  });

  it('returns a new object and leaves the one given as it was', () => {
    const next = applyMarkChange(row, { addTag: '证据' }, []);
    expect(next).not.toBe(row);
    expect(row.tags).toEqual(['律师']);
  });

  it('adds a tag once, in the spelling already in use when it differs only in ASCII case', () => {
    expect(applyMarkChange(row, { addTag: 'lawyer' }, ['Lawyer']).tags).toEqual(['Lawyer', '律师']);
    const twice = applyMarkChange({ ...row, tags: ['Lawyer'] }, { addTag: 'LAWYER' }, ['Lawyer']);
    expect(twice.tags).toEqual(['Lawyer']);
    expect(applyMarkChange(row, { addTag: '  律师 ' }, []).tags).toEqual(['律师']);
  });

  it('keeps the tags sorted ignoring ASCII case, as the main side lists them', () => {
    const tags = applyMarkChange({ ...row, tags: ['b', 'D'] }, { addTag: 'C' }, []).tags;
    expect(tags).toEqual(['b', 'C', 'D']);
  });

  it('removes a tag whatever its ASCII case', () => {
    expect(applyMarkChange({ ...row, tags: ['Lawyer', '律师'] }, { removeTag: 'LAWYER' }, []).tags).toEqual(['律师']);
  });

  it('sets and clears the note only on what carries one', () => {
    expect(applyMarkChange(detail, { note: '已截图' }, []).note).toBe('已截图');
    expect(applyMarkChange({ ...detail, note: '已截图' }, { note: '  ' }, []).note).toBeNull();
    expect(applyMarkChange({ ...detail, note: '已截图' }, { note: null }, []).note).toBeNull();
    expect(applyMarkChange({ ...detail, note: '已截图' }, { star: true }, []).note).toBe('已截图');
    expect('note' in applyMarkChange(row, { note: '已截图' }, [])).toBe(false);
  });
});

describe('changesMembership', () => {
  it('says a star or tag can move a row in or out of a filtered list, a note cannot', () => {
    expect(changesMembership({ star: false })).toBe(true);
    expect(changesMembership({ addTag: 'a' })).toBe(true);
    expect(changesMembership({ removeTag: 'a' })).toBe(true);
    expect(changesMembership({ note: 'x' })).toBe(false);
  });
});

describe('tag choices', () => {
  it('offers for a filter only the tags that mark something of that kind', () => {
    expect(tagChoices(TAGS, 'messages', '')).toEqual(['待举报', 'Lawyer']);
    expect(tagChoices(TAGS, 'senders', '')).toEqual(['Lawyer', '催收团伙']);
  });

  it('keeps the chosen tag among the choices after nothing carries it any more', () => {
    expect(tagChoices(TAGS, 'messages', '已删除')).toEqual(['已删除', '待举报', 'Lawyer']);
    expect(tagChoices(TAGS, 'messages', 'lawyer')).toEqual(['待举报', 'Lawyer']);
  });

  it('suggests the tags in use that the target does not carry yet', () => {
    expect(tagSuggestions(TAGS, ['lawyer'])).toEqual(['待举报', '催收团伙']);
    expect(storedSpelling('LAWYER', ['Lawyer'])).toBe('Lawyer');
    expect(storedSpelling('新标签', ['Lawyer'])).toBe('新标签');
  });
});

describe('markFilter', () => {
  it('gives only real constraints, in the shape senders:dossiers accepts', () => {
    expect(markFilter(false, '')).toEqual({});
    expect(markFilter(true, ' 催收 团伙 ')).toEqual({ starred: true, tag: '催收 团伙' });
    const request = { offset: 0, limit: 10, ...markFilter(true, '律师') };
    expect(channels['senders:dossiers'].request.safeParse(request).success).toBe(true);
  });
});
