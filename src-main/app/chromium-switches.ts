// SPDX-License-Identifier: MIT
// Chromium reaches out on its own (DNS prefetch, component and safe-browsing updates, proxy
// auto-detection). Leakline holds people's private messages and promises to stay offline, so these
// are switched off before the app is ready, when Chromium still reads its command line.

export interface ChromiumSwitch {
  name: string;
  value?: string;
}

export const OFFLINE_SWITCHES: readonly ChromiumSwitch[] = Object.freeze([
  // Every host name resolves to "not found": even a request that slipped past the request filter
  // cannot reach a server. "^NOTFOUND" is the rules' own marker and fails the lookup before it
  // reaches the resolver; any other bogus name (e.g. "~NOTFOUND") is handed to the resolver, which
  // first probes IPv6 reachability with a UDP connect to 2001:4860:4860::8888 (caught by
  // tests/cli/zero-egress.test.ts on the component updater's request, which Chromium sends even
  // with component updates disabled).
  { name: 'host-resolver-rules', value: 'MAP * ^NOTFOUND' },
  { name: 'no-proxy-server' },
  { name: 'disable-background-networking' },
  { name: 'disable-component-update' },
  { name: 'dns-prefetch-disable' },
  { name: 'disable-domain-reliability' },
  { name: 'disable-breakpad' },
]);

/** The same switches as command-line arguments, for launching a browser outside Electron. */
export function switchesAsArguments(switches: readonly ChromiumSwitch[] = OFFLINE_SWITCHES): string[] {
  return switches.map((s) => (s.value === undefined ? `--${s.name}` : `--${s.name}=${s.value}`));
}
