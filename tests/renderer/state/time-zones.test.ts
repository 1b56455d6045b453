// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { COMMON_TIME_ZONES, machineTimeZone, timeZoneChoices, timeZoneLabel } from '../../../src-renderer/state/time-zones';

describe('time zones', () => {
  it('offers the machine zone first and each zone once', () => {
    expect(timeZoneChoices('Europe/Paris')[0]).toBe('Europe/Paris');
    const shanghai = timeZoneChoices('Asia/Shanghai');
    expect(shanghai[0]).toBe('Asia/Shanghai');
    expect(new Set(shanghai).size).toBe(shanghai.length);
    expect(shanghai).toHaveLength(COMMON_TIME_ZONES.length);
  });

  it('includes the zones of mainland China, Hong Kong, Taiwan and UTC', () => {
    for (const zone of ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'UTC']) expect(timeZoneChoices('UTC')).toContain(zone);
  });

  it('names only zones the runtime knows', () => {
    for (const zone of COMMON_TIME_ZONES) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
    expect(() => new Intl.DateTimeFormat('en', { timeZone: machineTimeZone() })).not.toThrow();
  });

  it('labels a zone with its IANA name and a readable name, falling back to the name alone', () => {
    expect(timeZoneLabel('en', 'Asia/Shanghai')).toMatch(/^Asia\/Shanghai \(.*China.*\)$/);
    expect(timeZoneLabel('zh-CN', 'Asia/Shanghai')).toMatch(/^Asia\/Shanghai（.+）$/);
    expect(timeZoneLabel('en', 'Not/AZone')).toBe('Not/AZone');
  });
});
