// SPDX-License-Identifier: MIT
// Every permission is refused except one: writing plain text to the clipboard from our own page,
// so that a source's SHA-256 can be copied into a complaint or a police report in one click.
import { APP_ORIGIN, originOf } from './app-origin';

const ALLOWED = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED.has(permission) && requestingUrl !== undefined && originOf(requestingUrl) === APP_ORIGIN;
}
