// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { OFFLINE_SWITCHES, switchesAsArguments } from '../../src-main/app/chromium-switches';

describe('offline Chromium switches', () => {
  it("maps every host name to the rules' own ^NOTFOUND, so a lookup fails before the resolver (and its IPv6 probe) runs", () => {
    expect(OFFLINE_SWITCHES).toContainEqual({ name: 'host-resolver-rules', value: 'MAP * ^NOTFOUND' });
  });

  it('turns off proxy detection, background networking, component updates and DNS prefetch', () => {
    const names = OFFLINE_SWITCHES.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'no-proxy-server',
        'disable-background-networking',
        'disable-component-update',
        'dns-prefetch-disable',
      ]),
    );
  });

  it('renders switches as command-line arguments, quoting nothing', () => {
    expect(switchesAsArguments([{ name: 'a' }, { name: 'host-resolver-rules', value: 'MAP * ^NOTFOUND' }])).toEqual([
      '--a',
      '--host-resolver-rules=MAP * ^NOTFOUND',
    ]);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(OFFLINE_SWITCHES)).toBe(true);
  });
});
