// SPDX-License-Identifier: MIT
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { describe, expect, it } from 'vitest';
import { renderDemoFiles } from '../../../src-main/core/demo/render-demo-files';
import { generateDemo } from '../../../src-main/core/demo/generate-demo';
import type { CallRecord, MessageRecord } from '../../../src-main/core/import/records';
import { callsBackupXml, sbrAttribute, smsBackupXml } from '../../../src-main/core/demo/write-sbr-xml';

const META = { backupSet: '00000000-0000-4000-8000-000000000000', backupDate: 1767231012345, appVersion: 'v10.20.002' };

/** What importers must do before a strict parser sees an SBR file: join surrogate references. */
function repairSurrogateReferences(xml: string): string {
  return xml.replace(/&#(5[5-6]\d{3});&#(5[6-7]\d{3});/g, (whole, high: string, low: string) => {
    const h = Number(high);
    const l = Number(low);
    if (h < 0xd800 || h > 0xdbff || l < 0xdc00 || l > 0xdfff) return whole;
    return `&#x${(((h - 0xd800) << 10) + (l - 0xdc00) + 0x10000).toString(16)};`;
  });
}

function parse(xml: string): SaxesTagPlain[] {
  const parser = new SaxesParser();
  const tags: SaxesTagPlain[] = [];
  parser.on('opentag', (tag) => tags.push(tag));
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return tags;
}

const message = (body: string, overrides: Partial<MessageRecord> = {}): MessageRecord => ({
  type: 'message',
  kind: 'sms',
  address: '+8613800000000',
  contactName: null,
  direction: 'in',
  box: 'inbox',
  time: 1704067522044,
  timeSent: 1704067518000,
  body,
  serviceCenter: '+8613800250500',
  read: true,
  ...overrides,
});

describe('sbrAttribute', () => {
  it('writes a non-BMP emoji as two decimal references, one per UTF-16 surrogate', () => {
    expect(sbrAttribute('哈哈😂')).toBe('哈哈&#55357;&#56834;');
  });

  it('escapes markup characters and control characters, keeping Chinese text literal', () => {
    expect(sbrAttribute(`a&b<c>"d"'e'\n你好\t`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;&#10;你好&#9;');
  });
});

describe('smsBackupXml', () => {
  it('writes the SBR attribute set in SBR order, with "null" and "(Unknown)" for missing values', () => {
    const xml = smsBackupXml([message('hi'), message('ok', { direction: 'out', box: 'sent', timeSent: null, serviceCenter: null, contactName: '妈妈', address: '13800000000' })], META);
    expect(xml).toContain(
      '<sms protocol="0" address="+8613800000000" date="1704067522044" type="1" subject="null" body="hi" toa="null" sc_toa="null" service_center="+8613800250500" read="1" status="-1" locked="0" date_sent="1704067518000" sub_id="1" readable_date="2024年1月1日 上午8:05:22" contact_name="(Unknown)" />',
    );
    expect(xml).toContain('address="13800000000" date="1704067522044" type="2"');
    expect(xml).toContain('service_center="null" read="1" status="-1" locked="0" date_sent="0"');
    expect(xml).toMatch(/<smses count="2" backup_set="00000000-0000-4000-8000-000000000000" backup_date="1767231012345" type="full">/);
  });

  it('is rejected by a strict parser as long as surrogate references are in it, like real exports', () => {
    expect(() => parse(smsBackupXml([message('😂')], META))).toThrow();
  });

  it('round-trips every demo message through a strict parser once surrogate references are joined', () => {
    const { messages } = generateDemo();
    const tags = parse(repairSurrogateReferences(renderDemoFiles()['demo-sms.xml']));
    const sms = tags.filter((t) => t.name === 'sms');
    expect(tags[0]?.attributes.count).toBe(String(messages.length));
    expect(sms.length).toBe(messages.length);
    sms.forEach((tag, i) => {
      const m = messages[i] as MessageRecord;
      expect(tag.attributes.body).toBe(m.body);
      expect(tag.attributes.address).toBe(m.address);
      expect(Number(tag.attributes.date)).toBe(m.time);
      expect(tag.attributes.type).toBe(m.direction === 'in' ? '1' : '2');
    });
  });
});

describe('callsBackupXml', () => {
  it('writes calls with SBR type codes and parses as well-formed XML', () => {
    const calls: CallRecord[] = [
      { type: 'call', address: '13952178260', contactName: '妈妈', time: 1704540881758, durationS: 143, callType: 'incoming' },
      { type: 'call', address: '075586302217', contactName: null, time: 1704540981758, durationS: 0, callType: 'rejected' },
    ];
    const tags = parse(callsBackupXml(calls, META)).filter((t) => t.name === 'call');
    expect(tags.map((t) => t.attributes)).toEqual([
      { number: '13952178260', duration: '143', date: '1704540881758', type: '1', presentation: '1', readable_date: '2024年1月6日 下午7:34:41', contact_name: '妈妈' },
      { number: '075586302217', duration: '0', date: '1704540981758', type: '5', presentation: '1', readable_date: '2024年1月6日 下午7:36:21', contact_name: '(Unknown)' },
    ]);
  });

  it('parses the demo call log with its declared count', () => {
    const xml = renderDemoFiles()['demo-calls.xml'];
    const tags = parse(xml);
    expect(Number(tags[0]?.attributes.count)).toBe(tags.filter((t) => t.name === 'call').length);
  });
});
