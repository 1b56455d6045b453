// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { JsonElementScanner, JsonScanError } from '../../../src-main/core/importers/json-element-scanner';

function scan(chunks: string[]): { text: string; index: number; line: number }[] {
  const scanner = new JsonElementScanner();
  for (const chunk of chunks) scanner.push(chunk);
  scanner.end();
  return scanner.ready;
}

const cut = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

describe('JsonElementScanner', () => {
  it('cuts the objects of a top-level array, with their numbers and lines', () => {
    const text = '[\n  {"a": "}"},\n  {"b": "\\"]"}\n]\n';
    expect(scan([text])).toEqual([
      { text: '{"a": "}"}', index: 1, line: 2 },
      { text: '{"b": "\\"]"}', index: 2, line: 3 },
    ]);
  });

  it('finds the message array of a wrapper object even when its key is cut by a chunk boundary', () => {
    const text = '{"version": 2, "meta": {"list": [1]}, "smsList": [{"x": 1}, {"y": [2, {"z": 3}]}], "after": [{"not": "a message"}]}';
    for (const size of [1, 3, 8, text.length]) {
      expect(scan(cut(text, size)).map((e) => e.text)).toEqual(['{"x": 1}', '{"y": [2, {"z": 3}]}']);
    }
  });

  it('cuts JSON Lines into their objects', () => {
    const text = '{"a": 1}\n{"b": "多行\\n文本"}\r\n\n{"c": 3}';
    expect(scan(cut(text, 2)).map((e) => [e.text, e.line])).toEqual([
      ['{"a": 1}', 1],
      ['{"b": "多行\\n文本"}', 2],
      ['{"c": 3}', 4],
    ]);
  });

  it('keeps an escape cut by a chunk boundary inside its string', () => {
    expect(scan(['[{"a":"x\\', '"}"}]']).map((e) => e.text)).toEqual(['{"a":"x\\"}"}']);
  });

  it.each([
    ['[1, 2]', /message 1 is not an object/],
    ['[{"a":1}, "b"]', /message 2 is not an object/],
    ['[{"a":1}, [2]]', /message 2 is not an object/],
    ['hello', /expected an object/],
    ['[{"a":1}]\n x', /line 2: expected an object/],
    ['[{"a":1]', /does not close/],
    ['[{"a":1}', /truncated/],
    ['[{"a":"1}]', /truncated/],
  ])('rejects %j', (text, error) => {
    expect(() => scan([text])).toThrow(JsonScanError);
    expect(() => scan([text])).toThrow(error);
  });
});

describe('JsonElementScanner on JSON Lines messages that hold arrays', () => {
  it('keeps a message whose own keys hold arrays as one message', () => {
    const text = '{"address":"10086","body":"彩信","date":1,"attachments":[{"type":"image"}],"tags":[]}\n';
    expect(scan([text]).map((e) => e.text)).toEqual([text.trim()]);
  });

  it('takes sms_list, Data and 短信 as message arrays', () => {
    for (const key of ['sms_list', 'Data', '短信']) {
      expect(scan([`{"${key}": [{"a": 1}]}`]).map((e) => e.text)).toEqual(['{"a": 1}']);
    }
  });
});
