// SPDX-License-Identifier: MIT
// A profile the user typed or imported that cannot be used, with the field it is about, so the
// CLI and the UI can point at "bank_cards.1" instead of failing on the whole file. The message
// names the field and the problem, never the value.
import { LeaklineError } from '../errors';

export class ProfileInputError extends LeaklineError {
  /** Dotted path of the offending field (`phones.0`), or null for the file as a whole. */
  readonly field: string | null;

  constructor(field: string | null, detail: string, options?: { cause?: unknown }) {
    super('MALFORMED_INPUT', field ? `profile ${field}: ${detail}` : `profile: ${detail}`, options);
    this.name = 'ProfileInputError';
    this.field = field;
  }
}
