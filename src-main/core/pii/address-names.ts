// SPDX-License-Identifier: MIT
// Full Chinese names where a message addresses or points at a person: 尊敬的张伟先生, 您好张伟,
// 张伟你好, 林晓峰先生, "张伟：" at the start, 父亲林建国、母亲王秀兰, 周明（身份证...）.
// Chinese has no spaces, so the name's edges come from the form around it: left-aligned after an
// opening form and checked against what follows, right-aligned before a title or greeting.
import type { PiiFinding } from '../model/analysis';
import { isPlausibleChineseName } from './chinese-name-shape';

const HAN = /[\u4e00-\u9fa5]/;
const OPENING = /(尊敬的|亲爱的|您好|你好|致|嗨|哈喽)[\s,，:：!！]*([\u4e00-\u9fa5]{2,5})/g;
const CLOSING = /(?:先生|女士|小姐|同学)?(?:您好|你好)|先生|女士|小姐|[（(](?:身份证|证件)/g;
const START = /(?:^|】)\s*([\u4e00-\u9fa5]{2,4})\s*([:：，,])/g;
const ADDRESSED = /[你您]|欠|逾期|还款|借款/;
const RELATION =
  /(?=[父母爸妈爱丈妻老哥姐弟妹儿女同紧联担亲家包借户收持])(?:父亲|母亲|爸爸|妈妈|爱人|丈夫|妻子|老公|老婆|哥哥|姐姐|弟弟|妹妹|儿子|女儿|同事|紧急联系人|联系人|担保人|亲属|家属|包括|借款人|户主|收件人|持卡人)[\s:：是为]*([\u4e00-\u9fa5]{2,5})/g;
// What may follow a name: not a Han character, or a title, a pronoun or a verb that starts the
// rest of the sentence ("周明在闪电花的借款").
const AFTER_NAME = /^(?:[^\u4e00-\u9fa5]|$|先生|女士|小姐|同学|老师|您|你|在|的|已|于|名下|等|说|表示|他|她|目前|今天|本人)/;
// Characters that, right before a three-character candidate, are more likely a word of the
// sentence than part of the name ("向张伟先生" is "to 张伟", although 向 is also a surname).
const FUNCTION_CHARS = new Set('的了和与给向对把被叫是在于及等请致由跟让找问将为称'.split(''));

const OPENING_SCORE: Record<string, number> = { 尊敬的: 0.85, 亲爱的: 0.8, 您好: 0.8, 你好: 0.75, 致: 0.7 };

function followedByBoundary(text: string, end: number): boolean {
  return AFTER_NAME.test(text.slice(end, end + 2));
}

/** Longest plausible name starting at `start` within `run` characters that ends at a boundary. */
function leftAlignedName(text: string, start: number, run: number): number {
  for (let length = Math.min(4, run); length >= 2; length--) {
    if (isPlausibleChineseName(text.slice(start, start + length)) && followedByBoundary(text, start + length)) return length;
  }
  return 0;
}

function pushName(out: PiiFinding[], text: string, start: number, length: number, score: number): void {
  out.push({ type: 'name', value: text.slice(start, start + length), start, end: start + length, score });
}

function findAfterOpenings(text: string, out: PiiFinding[]): void {
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    const start = m.index + m[0].length - m[2]!.length;
    const length = leftAlignedName(text, start, m[2]!.length);
    if (length > 0) pushName(out, text, start, length, OPENING_SCORE[m[1]!] ?? 0.7);
    // Let the next search start inside this run: "您好林晓峰您好" should not hide anything.
    OPENING.lastIndex = start + Math.max(length, 1);
  }
}

function findBeforeClosings(text: string, out: PiiFinding[]): void {
  CLOSING.lastIndex = 0;
  for (let m = CLOSING.exec(text); m; m = CLOSING.exec(text)) {
    const anchor = m.index;
    for (let length = 4; length >= 2; length--) {
      const start = anchor - length;
      if (start < 0) continue;
      const candidate = text.slice(start, anchor);
      if (!HAN.test(candidate[0]!) || !isPlausibleChineseName(candidate)) continue;
      if (length === 3 && FUNCTION_CHARS.has(candidate[0]!)) continue;
      const before = start > 0 ? text[start - 1]! : '';
      const clean = before === '' || !HAN.test(before) || FUNCTION_CHARS.has(before) || before === '敬';
      pushName(out, text, start, length, clean ? 0.85 : 0.7);
      break;
    }
  }
}

function findAtStart(text: string, out: PiiFinding[]): void {
  // "贺新春，添喜庆" opens an advert the same way: only a message that speaks to someone or about
  // a debt is read as starting with a name, except a three-character name before a colon.
  const addressed = ADDRESSED.test(text);
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const name = m[1]!;
    if (!isPlausibleChineseName(name)) continue;
    const colon = m[2] === ':' || m[2] === '：';
    if (!addressed && !(colon && name.length >= 3)) continue;
    const score = colon ? 0.75 : name.length >= 3 ? 0.7 : 0.55;
    const start = m.index + m[0].indexOf(name);
    pushName(out, text, start, name.length, score);
  }
}

function findAfterRelations(text: string, out: PiiFinding[]): void {
  RELATION.lastIndex = 0;
  for (let m = RELATION.exec(text); m; m = RELATION.exec(text)) {
    let start = m.index + m[0].length - m[1]!.length;
    // A list of names: 包括林晓雨、周明等联系人.
    for (let guard = 0; guard < 8; guard++) {
      let run = 0;
      while (run < 5 && start + run < text.length && HAN.test(text[start + run]!)) run++;
      const length = leftAlignedName(text, start, run);
      if (length === 0) break;
      pushName(out, text, start, length, 0.75);
      if (text[start + length] !== '、') break;
      start += length + 1;
    }
    RELATION.lastIndex = Math.max(RELATION.lastIndex, start);
  }
}

export function findChineseNames(text: string, out: PiiFinding[]): void {
  findAfterOpenings(text, out);
  findBeforeClosings(text, out);
  findAtStart(text, out);
  findAfterRelations(text, out);
}
