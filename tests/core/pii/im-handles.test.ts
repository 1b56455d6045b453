// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../../../src-main/core/model/analysis';
import { findEmails, findImHandles } from '../../../src-main/core/pii/im-handles';

function handles(text: string): Array<[string, string]> {
  const out: PiiFinding[] = [];
  findImHandles(text, out);
  findEmails(text, out);
  for (const f of out) expect(text.slice(f.start, f.end)).toBe(f.value);
  return out.map((f) => [f.type, f.value]);
}

describe('instant-messaging handles and e-mail', () => {
  it('reads WeChat IDs behind the usual spellings', () => {
    expect(handles('详询微信：abc_123')).toEqual([['wechat', 'abc_123']]);
    expect(handles('加vx dk8899a了解')).toEqual([['wechat', 'dk8899a']]);
    expect(handles('薇信号13812345678')).toEqual([['wechat', '13812345678']]);
  });

  it('reads QQ numbers', () => {
    expect(handles('请立即添加QQ 2837465192 办理')).toEqual([['qq', '2837465192']]);
    expect(handles('加扣扣：12345')).toEqual([['qq', '12345']]);
  });

  it('ignores the words without a handle', () => {
    expect(handles('加导师微信了解详情')).toEqual([]);
    expect(handles('请勿添加陌生QQ。')).toEqual([]);
  });

  it('reads e-mail addresses', () => {
    expect(handles('报价单发到zhang.wei@example.com了')).toEqual([['email', 'zhang.wei@example.com']]);
    expect(handles('show msg+ticket@kiosk.Valid now')).toEqual([]);
  });
});
