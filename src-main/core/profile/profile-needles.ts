// SPDX-License-Identifier: MIT
// Turns the textual items of a profile into the forms a message may show them in: the full name,
// the given name alone, masked names (林*峰, 林**, 林某), surname + title, pinyin, relatives'
// names, other items, and the identifying parts of the address and employer.
import type { Profile } from '../model/profile';
import { addressParts } from './address-parts';
import { NAME_MASK_CHARS, relationWords, splitChineseName, type NameParts } from './chinese-names';
import { employerCores } from './employer-core';
import { pinyinSyllables } from './name-pinyin';
import { escapeRegex, type NeedleCheck, type TextNeedle } from './text-needles';

const MASKED_FORMS = `(?:[${NAME_MASK_CHARS}]{1,3}|某某?|先生|女士|小姐)`;
const CJK = /[\u3400-\u9fff]/;
const RELATION_WINDOW = 8;
const ASCII_LETTERS = /[A-Za-z]/;
const TITLE_AHEAD = /^(?:先生|女士|小姐)/;

/** A source matching the text with any letter case and any run of spaces. */
function looseLatin(text: string): string {
  const words = text.trim().split(/\s+/).map((w) =>
    [...w].map((ch) => (ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : escapeRegex(ch))).join(''),
  );
  return `(?<![A-Za-z])${words.join('\\s*')}(?![A-Za-z])`;
}

function firstCharsOf(text: string): string {
  const ch = text.trim()[0] ?? '';
  return ch.toLowerCase() + ch.toUpperCase();
}

function literal(text: string, key: string, matchKind: TextNeedle['matchKind'], score: number, check?: NeedleCheck): TextNeedle {
  const latin = ASCII_LETTERS.test(text);
  return { source: latin ? looseLatin(text) : escapeRegex(text), firstChars: firstCharsOf(text), key, matchKind, score, ...(check ? { check } : {}) };
}

/**
 * How a surname followed by masks, 某 or a title reads against a name: "林*峰" agrees with 林晓峰
 * only if 峰 ends the given name; "林*明" is someone else; "林先生" could be anyone named 林.
 */
function maskedNameCheck(parts: NameParts, allowTitle: boolean): NeedleCheck {
  return (text, start, end) => {
    const form = text.slice(start + parts.surname.length, end);
    if (form === '先生' || form === '女士' || form === '小姐') return allowTitle ? { end, score: 0.3 } : null;
    if (form[0] === '某') return { end, score: 0.4 };
    const masks = form.length;
    const visible = parts.given.length - masks;
    if (visible > 0 && text.startsWith(parts.given.slice(masks), end)) return { end: end + visible, score: 0.8 };
    // A hidden character followed by a different visible one is another person's name, except
    // for a title: "林*先生" hides the whole given name however long it is.
    if (visible > 0 && CJK.test(text[end] ?? '') && !TITLE_AHEAD.test(text.slice(end, end + 2))) return null;
    return { end, score: masks === parts.given.length ? 0.5 : 0.4 };
  };
}

function nearRelation(words: readonly string[], check: NeedleCheck): NeedleCheck {
  return (text, start, end) => {
    const result = check(text, start, end);
    if (!result) return null;
    const around = text.slice(Math.max(0, start - RELATION_WINDOW), start) + '\u0000' + text.slice(result.end, result.end + RELATION_WINDOW);
    return words.some((w) => around.includes(w)) ? result : null;
  };
}

function pinyinNeedles(parts: NameParts, key: string): TextNeedle[] {
  const surname = pinyinSyllables(parts.surname);
  const given = pinyinSyllables(parts.given);
  if (!surname || !given) return [];
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const s = cap(surname.join(''));
  const g = cap(given.join(''));
  // "Lin Xiaofeng", "Xiaofeng Lin", "LIN XIAO FENG": spaces between syllables are optional.
  const spaced = (syllables: string[]) => looseLatin(syllables.join(' '));
  return [
    { ...literal(`${s} ${g}`, key, 'exact', 1), source: spaced([...surname, ...given]) },
    { ...literal(`${g} ${s}`, key, 'exact', 1), source: spaced([...given, ...surname]) },
  ];
}

function nameNeedles(name: string): TextNeedle[] {
  const needles = [literal(name, 'name', 'exact', 1)];
  const parts = splitChineseName(name);
  if (!parts) return needles;
  if (parts.given.length >= 2) needles.push(literal(parts.given, 'name', 'partial', 0.6));
  needles.push({ source: escapeRegex(parts.surname) + MASKED_FORMS, firstChars: parts.surname[0]!, key: 'name', matchKind: 'masked', score: 0.5, check: maskedNameCheck(parts, true) });
  needles.push(...pinyinNeedles(parts, 'name'));
  return needles;
}

function relativeNeedles(relative: NonNullable<Profile['relatives']>[number], key: string): TextNeedle[] {
  const needles = [literal(relative.name, key, 'exact', 1)];
  const parts = splitChineseName(relative.name);
  if (!parts) return needles;
  const check = nearRelation(relationWords(relative.relation), maskedNameCheck(parts, false));
  needles.push({ source: escapeRegex(parts.surname) + MASKED_FORMS, firstChars: parts.surname[0]!, key, matchKind: 'masked', score: 0.5, check });
  return needles;
}

/** Whether an item is a number better matched digit by digit (a colleague's phone among "others"). */
export function numberLike(value: string): boolean {
  return /^[+＋]?[\d\s-]+$/.test(value) && value.replace(/\D/g, '').length >= 5;
}

export function profileNeedles(profile: Profile): TextNeedle[] {
  const needles: TextNeedle[] = [];
  if (profile.name) needles.push(...nameNeedles(profile.name));
  if (profile.address) {
    needles.push(literal(profile.address.replace(/\s+/g, ''), 'address', 'exact', 1));
    for (const part of addressParts(profile.address)) needles.push(literal(part.text, 'address', 'partial', part.score));
  }
  if (profile.employer) {
    needles.push(literal(profile.employer, 'employer', 'exact', 1));
    for (const core of employerCores(profile.employer)) needles.push(literal(core.text, 'employer', 'partial', core.score));
  }
  profile.relatives?.forEach((relative, i) => needles.push(...relativeNeedles(relative, `relatives.${i}`)));
  profile.others?.forEach((other, i) => {
    if (!numberLike(other.value)) needles.push(literal(other.value, `others.${i}`, 'exact', 1));
  });
  return needles;
}
