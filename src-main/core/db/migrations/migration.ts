// SPDX-License-Identifier: MIT

/** One forward-only step of the schema; `version` is what PRAGMA user_version holds after it. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}
