// SPDX-License-Identifier: MIT
// Splitting a Chinese name into surname and given name, and the kinship words that make a masked
// relative's name (林*国) meaningful: without them a masked name is too ambiguous to attribute.

/** Two-character surnames; a name that starts with one keeps both characters as its surname. */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '令狐', '端木', '西门', '南宫', '独孤', '轩辕', '申屠', '闻人', '赫连', '澹台', '公冶', '太叔', '钟离',
  '百里', '呼延', '东郭', '万俟', '司空', '拓跋', '完颜', '濮阳', '淳于', '单于', '第五', '左丘', '谷梁',
]);

const CJK = /^[\u3400-\u9fff]+$/;

export interface NameParts {
  surname: string;
  given: string;
}

/** Surname and given name of a Chinese name of 2–5 characters, or null for other names. */
export function splitChineseName(name: string): NameParts | null {
  const compact = name.replace(/[\s·•]/g, '');
  if (!CJK.test(compact) || compact.length < 2 || compact.length > 5) return null;
  const surnameLength = compact.length >= 3 && COMPOUND_SURNAMES.has(compact.slice(0, 2)) ? 2 : 1;
  return { surname: compact.slice(0, surnameLength), given: compact.slice(surnameLength) };
}

/** Characters messages use in place of hidden name characters. */
export const NAME_MASK_CHARS = '*＊×●•○';

const RELATION_GROUPS: readonly (readonly string[])[] = [
  ['父亲', '爸爸', '老爸', '爸', '父', '令尊', 'father', 'dad'],
  ['母亲', '妈妈', '老妈', '妈', '母', '令堂', 'mother', 'mom'],
  ['妻子', '老婆', '爱人', '太太', '媳妇', '配偶', 'wife'],
  ['丈夫', '老公', '爱人', '先生', '配偶', 'husband'],
  ['儿子', '孩子', 'son'],
  ['女儿', '孩子', 'daughter'],
  ['哥哥', '哥', '兄', 'brother'],
  ['弟弟', '弟', 'brother'],
  ['姐姐', '姐', 'sister'],
  ['妹妹', '妹', 'sister'],
  ['爷爷', '祖父'],
  ['奶奶', '祖母'],
  ['外公', '姥爷', '外祖父'],
  ['外婆', '姥姥', '外祖母'],
  ['叔叔', '叔'],
  ['伯伯', '伯父', '伯'],
  ['舅舅', '舅'],
  ['姑姑', '姑'],
  ['阿姨', '姨'],
];

/** Words any kinship can be written with, for relatives whose relation the user left out. */
const GENERIC_RELATION_WORDS = ['家人', '亲属', '亲人', '家属', '紧急联系人', 'family', 'relative'];

/** Words that name the given relation (父亲 → 父亲, 爸爸, 爸 ...), longest first. */
export function relationWords(relation: string | undefined): string[] {
  const words = new Set<string>(GENERIC_RELATION_WORDS);
  if (relation === undefined) {
    for (const group of RELATION_GROUPS) for (const w of group) words.add(w);
  } else {
    const wanted = relation.trim().toLowerCase();
    words.add(wanted);
    for (const group of RELATION_GROUPS) {
      if (group.some((w) => w === wanted || (wanted.length >= 2 && wanted.includes(w) && w.length >= 2))) {
        for (const w of group) words.add(w);
      }
    }
  }
  return [...words].sort((a, b) => b.length - a.length);
}
