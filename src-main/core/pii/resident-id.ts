// SPDX-License-Identifier: MIT
// Chinese resident identity numbers (GB 11643-1999): 6-digit region code, birth date, 3-digit
// sequence (odd for men), and a check character; the legacy 15-digit form has a 2-digit year and no
// check character. A number is only taken as an ID when all of its parts can be true.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** First two digits of GB/T 2260 province-level codes, plus 81/82/83 (HK, Macao, Taiwan residence permits). */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);
/** Municipalities have only districts (01) and, historically, counties (02) at the second level. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

export type ResidentIdProblem = 'format' | 'region' | 'date' | 'checksum';

/** GB 11643-1999 check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('a resident ID body is 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Whether two digits can open a resident ID (a province-level code); used to read masked IDs. */
export function isProvinceCode(twoDigits: string): boolean {
  return PROVINCES.has(twoDigits);
}

function plausibleRegion(region: string): boolean {
  const province = region.slice(0, 2);
  const prefecture = region.slice(2, 4);
  if (!PROVINCES.has(province)) return false;
  if (MUNICIPALITIES.has(province)) return prefecture === '01' || prefecture === '02';
  return prefecture !== '00' || region.slice(4) === '00';
}

function realDate(year: number, month: number, day: number, now: Date): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    year >= 1880 &&
    date.getTime() <= now.getTime()
  );
}

/** Why a string is not a resident ID, or null when it is a valid one (18- or 15-digit). */
export function residentIdProblem(text: string, now: Date = new Date()): ResidentIdProblem | null {
  const id = text.toUpperCase();
  if (/^\d{17}[\dX]$/.test(id)) {
    if (!plausibleRegion(id.slice(0, 6))) return 'region';
    if (!realDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)), now)) return 'date';
    return residentIdCheckChar(id.slice(0, 17)) === id[17] ? null : 'checksum';
  }
  if (/^\d{15}$/.test(id)) {
    if (!plausibleRegion(id.slice(0, 6))) return 'region';
    // The legacy form was issued until 2004 to people born in the 1900s.
    return realDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)), now) ? null : 'date';
  }
  return 'format';
}

export function isResidentId(text: string, now?: Date): boolean {
  return residentIdProblem(text, now) === null;
}
