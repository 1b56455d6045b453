// SPDX-License-Identifier: MIT
// Reads a Chromium net log (--log-net-log) for the URLs it requested. Leakline's window loads only
// app:// (and the data:/blob: URLs the page makes of its own bytes); anything else is a request
// that should never have been made, whether or not the request policy then cancelled it.
const OWN = /^(?:app:|data:|blob:|about:|devtools:|chrome:|chrome-extension:)/;

/** Every distinct URL the log shows a request for, outside the app's own schemes. */
export function requestsOutsideApp(netLogJson: string): string[] {
  // A log cut short (the process was killed) lacks its closing brackets; what is there still counts.
  const text = netLogJson.trimEnd();
  let log: { events?: { params?: { url?: unknown } }[] };
  try {
    log = JSON.parse(text) as typeof log;
  } catch {
    log = JSON.parse(`${text.replace(/,\s*$/, '')}]}`) as typeof log;
  }
  const urls = new Set<string>();
  for (const event of log.events ?? []) {
    const url = event.params?.url;
    if (typeof url === 'string' && !OWN.test(url)) urls.add(url);
  }
  return [...urls];
}
