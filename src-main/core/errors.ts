// SPDX-License-Identifier: MIT
// Errors that cross into the UI or the CLI carry a stable code; the UI translates the code,
// the CLI prints the message. Messages name files and positions, never message text.

export const ERROR_CODES = [
  'BAD_REQUEST',
  'NOT_FOUND',
  'FILE_NOT_FOUND',
  'UNKNOWN_FORMAT',
  'MALFORMED_INPUT',
  'EMPTY_BACKUP',
  'CANCELLED',
  'DB_FROM_FUTURE',
  'DB_WRONG_KEY',
  'DB_ERROR',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class LeaklineError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LeaklineError';
    this.code = code;
  }
}

export class ImportInputError extends LeaklineError {
  readonly file: string;
  readonly position: { line: number; column: number } | null;

  constructor(
    code: Extract<ErrorCode, 'UNKNOWN_FORMAT' | 'MALFORMED_INPUT' | 'EMPTY_BACKUP' | 'FILE_NOT_FOUND'>,
    file: string,
    detail: string,
    position: { line: number; column: number } | null = null,
    options?: { cause?: unknown },
  ) {
    const where = position ? ` (line ${position.line}, column ${position.column})` : '';
    super(code, `${file}${where}: ${detail}`, options);
    this.name = 'ImportInputError';
    this.file = file;
    this.position = position;
  }
}

export class CancelledError extends LeaklineError {
  constructor() {
    super('CANCELLED', 'cancelled by the user');
    this.name = 'CancelledError';
  }
}

/** The shape an error takes across the IPC boundary and in CLI --json output. */
export function toErrorPayload(err: unknown): { code: ErrorCode; message: string } {
  if (err instanceof LeaklineError) return { code: err.code, message: err.message };
  return { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
}
