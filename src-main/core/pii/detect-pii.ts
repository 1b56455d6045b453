// SPDX-License-Identifier: MIT
// Every generic personal-information detector over one message, in one call. A cheap look at the
// text's shape first decides which detectors can match at all (no digit run of four: no full
// numbers; no Han characters: no Chinese names or addresses), which keeps a typical SMS well
// inside the per-message budget. Findings come back sorted by start, without overlaps.
import type { PiiFinding } from '../model/analysis';
import { findChineseNames } from './address-names';
import { findAddresses } from './addresses';
import { findAmounts } from './amounts';
import { findBankCards } from './bank-cards';
import { findDates } from './dates';
import { findEnglishNames, findEnglishTitledNames } from './english-names';
import { resolveOverlaps } from './finding-overlaps';
import { findEmails, findImHandles } from './im-handles';
import { findLandlineNumbers } from './landline-numbers';
import { findLoanPlatforms } from './loan-platforms';
import { findMaskedNames } from './masked-names';
import { findMaskedNumbers } from './masked-numbers';
import { findEnglishNumberTails, findNumberTails } from './number-tails';
import { findOrganisations } from './organisations';
import { findInternationalNumbers, findMobileNumbers } from './phone-numbers';
import { findPlates } from './plates';
import { findResidentIds } from './resident-id-mentions';
import { describeTextShape } from './text-shape';

const ADDRESS_HINT = /[省市区县镇乡路街巷弄苑栋幢室]/;
const ORGANISATION_HINT = /[司团行院校学局厂所园]/;
const IM_HINT = /[微薇威徽维信扣企]|qq|vx|wx|we|加v/i;

export function detectPii(text: string): PiiFinding[] {
  const shape = describeTextShape(text);
  const found: PiiFinding[] = [];
  if (shape.longestDigitRun >= 4) {
    if (shape.longestDigitRun >= 8) findResidentIds(text, found);
    findBankCards(text, found);
    findMobileNumbers(text, found);
    findLandlineNumbers(text, found);
    if (text.includes('+')) findInternationalNumbers(text, found);
  }
  if (shape.longestDigitRun >= 2 && (shape.hasMask || shape.hasLatin)) findMaskedNumbers(text, found);
  if (shape.longestDigitRun >= 3) {
    if (shape.hasCjk) findNumberTails(text, found);
    if (shape.hasLatin) findEnglishNumberTails(text, found);
  }
  if ((shape.longestDigitRun >= 5 || shape.hasLatin) && IM_HINT.test(text)) findImHandles(text, found);
  if (shape.hasAt) findEmails(text, found);
  if (shape.longestDigitRun >= 1 || shape.hasCjk) {
    findAmounts(text, found);
    findDates(text, found);
  }
  if (shape.hasCjk) {
    findChineseNames(text, found);
    findMaskedNames(text, found);
    findLoanPlatforms(text, found);
    if (ORGANISATION_HINT.test(text)) findOrganisations(text, found);
    if (ADDRESS_HINT.test(text)) findAddresses(text, found);
    if (shape.longestDigitRun >= 3 && shape.hasLatin) findPlates(text, found);
  }
  if (shape.hasLatin) {
    findEnglishNames(text, found);
    findEnglishTitledNames(text, found);
  }
  return resolveOverlaps(found);
}
