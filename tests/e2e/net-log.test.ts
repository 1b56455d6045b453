// SPDX-License-Identifier: MIT
// The net-log reader the Electron flows use (they run where the Electron binary is installed).
import { describe, expect, it } from 'vitest';
import { requestsOutsideApp } from './harness/net-log';

const log = (events: unknown[], closed = true) => {
  const body = `{"constants":{},"events":[\n${events.map((e) => JSON.stringify(e)).join(',\n')}${closed ? ']}' : ','}`;
  return body;
};

describe("reading Chromium's net log", () => {
  it("lists requests outside the app's own schemes, once each", () => {
    const text = log([
      { type: 1, params: { url: 'app://leakline/index.html' } },
      { type: 2, params: { url: 'https://update.googleapis.com/service/update2/json' } },
      { type: 2, params: { url: 'https://update.googleapis.com/service/update2/json' } },
      { type: 3, params: { url: 'data:image/png;base64,AAAA' } },
      { type: 4, params: {} },
    ]);
    expect(requestsOutsideApp(text)).toEqual(['https://update.googleapis.com/service/update2/json']);
  });

  it('reads a log cut short by a killed process', () => {
    expect(requestsOutsideApp(log([{ params: { url: 'http://example.com/' } }], false))).toEqual(['http://example.com/']);
  });

  it('finds nothing in a log of the app alone', () => {
    expect(requestsOutsideApp(log([{ params: { url: 'app://leakline/assets/index.js' } }]))).toEqual([]);
  });
});
