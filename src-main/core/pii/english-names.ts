// SPDX-License-Identifier: MIT
// Names in English greetings ("Dear John Smith", "Hi John,") and titles ("Mr Smith"). Weaker
// evidence than the Chinese forms: a single capitalised word after "Hi" is often not a name.
import type { PiiFinding } from '../model/analysis';

const GREETING = /\b(Dear|Hi|Hello|Hey)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][a-z]{1,15})(?:\s+([A-Z][a-z]{1,15}))?\b/g;
const NOT_NAMES = new Set([
  'Customer', 'Customers', 'Sir', 'Madam', 'Valued', 'Member', 'Members', 'User', 'Users', 'Friend', 'Friends', 'All',
  'There', 'Team', 'Client', 'Guest', 'Subscriber', 'Parent', 'Parents', 'Winner', 'Applicant', 'Beneficiary',
  'Mum', 'Mom', 'Dad', 'Bro', 'Sis', 'Man', 'Everyone', 'Folks', 'Guys', 'Buddy', 'Mate', 'Babe', 'Honey',
  'Sweetie', 'Dear', 'Good', 'How', 'What', 'This', 'Your', 'You', 'We', 'Our', 'Thanks', 'Thank', 'Happy',
  'Congratulations', 'Congrats', 'Account', 'Card', 'Cardholder', 'Holder', 'Shopper', 'Student', 'Player',
  'Voucher', 'Welcome', 'Princess', 'Sweetheart', 'Darling', 'Love', 'Lovely', 'Gorgeous', 'Beautiful', 'Handsome',
  'Baby', 'Boss', 'Sunshine', 'Call', 'Text', 'Reply', 'Please', 'Just', 'Its', 'Im', 'Are', 'Is', 'Again', 'Sorry',
  'Miss', 'Mr', 'Mrs', 'Ms', 'Dr', 'Free', 'Urgent', 'Important', 'Prize', 'Cash', 'Win', 'Sexy', 'Hot', 'Ok', 'Okay',
]);

const TITLED = /\b(?:Mr|Mrs|Ms|Miss)\.?\s+([A-Z][a-z]+)/g;

/** "Mr Smith": a surname with a title, the English counterpart of 张先生 (type masked_name). */
export function findEnglishTitledNames(text: string, out: PiiFinding[]): void {
  TITLED.lastIndex = 0;
  for (let m = TITLED.exec(text); m; m = TITLED.exec(text)) {
    if (NOT_NAMES.has(m[1]!)) continue;
    out.push({ type: 'masked_name', value: m[0], start: m.index, end: m.index + m[0].length, score: 0.45 });
  }
}

export function findEnglishNames(text: string, out: PiiFinding[]): void {
  GREETING.lastIndex = 0;
  for (let m = GREETING.exec(text); m; m = GREETING.exec(text)) {
    const first = m[2]!;
    if (NOT_NAMES.has(first)) continue;
    const last = m[3] && !NOT_NAMES.has(m[3]) ? m[3] : undefined;
    const start = m.index + m[0].indexOf(first, m[1]!.length);
    const end = last ? m.index + m[0].length : start + first.length;
    const score = last ? (m[1] === 'Dear' ? 0.65 : 0.55) : m[1] === 'Dear' ? 0.5 : 0.4;
    out.push({ type: 'name', value: text.slice(start, end), start, end, score });
  }
}
