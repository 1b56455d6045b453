// SPDX-License-Identifier: MIT
// Names shown only in part: 张*, 林**, 张*伟, 欧阳**, 张某, and a surname with a title (张先生,
// 李女士). Lenders print names this way; collectors use it to show they know who you are while
// keeping deniability. Values are as written.
// The search starts from the mask or the title and looks back for a surname: a regular
// expression led by 400 surnames costs more than the rest of the name detectors together.
import type { PiiFinding } from '../model/analysis';
import { surnameLengthAt } from './chinese-surnames';

const MASK_OR_TITLE = /[*＊×]{1,3}|某{1,2}|先生|女士|小姐/g;
const HAN = /^[\u4e00-\u9fa5]$/;
const NAME_ENDS = /^(?:[^\u4e00-\u9fa5]|$|先生|女士|小姐|您|你)/;
// A character after "张*" that is the sentence, not the rest of the name.
const NOT_GIVEN_AFTER_MASK = /[的了是在你您我他她们先女士]/;

function surnameBefore(text: string, index: number): number {
  if (index >= 2 && surnameLengthAt(text, index - 2) === 2) return 2;
  return index >= 1 && surnameLengthAt(text, index - 1) === 1 ? 1 : 0;
}

export function findMaskedNames(text: string, out: PiiFinding[]): void {
  MASK_OR_TITLE.lastIndex = 0;
  for (let m = MASK_OR_TITLE.exec(text); m; m = MASK_OR_TITLE.exec(text)) {
    const surname = surnameBefore(text, m.index);
    if (surname === 0) continue;
    const start = m.index - surname;
    let end = m.index + m[0].length;
    const title = m[0].length === 2 && /先生|女士|小姐/.test(m[0]);
    if (!title && m[0].length === 1 && m[0] !== '某') {
      // 张*伟: one hidden character between surname and the last given character.
      const next = text.charAt(end);
      if (HAN.test(next) && !NOT_GIVEN_AFTER_MASK.test(next) && NAME_ENDS.test(text.slice(end + 1, end + 3))) end += 1;
    }
    out.push({ type: 'masked_name', value: text.slice(start, end), start, end, score: title ? 0.5 : 0.65 });
  }
}
