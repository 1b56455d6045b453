// SPDX-License-Identifier: MIT
/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export function civilDateIn(time: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(time));
}
