// SPDX-License-Identifier: MIT
// Serves the built renderer from app://leakline/ (see app-origin.ts for why not file://).
import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME } from './app-origin';
import { contentTypeFor, resolveAppFile } from './app-protocol-files';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origin and relative URLs; secure: a secure context like https;
      // corsEnabled: vite emits <script type="module" crossorigin>, which is fetched in CORS mode.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
}

/** Answers app:// requests in `session` with files from `rootDir` and nothing else. */
export function serveAppProtocol(session: Session, rootDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const file = resolveAppFile(rootDir, request.url);
    if (file === null) return refuse(404);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return refuse(404);
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      },
    });
  });
}
