// SPDX-License-Identifier: MIT
// The policy the app:// handler sends as a header on every response. The built index.html carries
// the same directives in a meta tag (tests/e2e/built-renderer.test.ts keeps the two in step); the
// header adds what a meta tag cannot express (frame-ancestors) and cannot be edited by the page.
// Inline styles are allowed because the page's own meta allows them; scripts never are.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');
