// SPDX-License-Identifier: MIT
// Chinese family names, written from the common-surname lists every Chinese reader knows (the
// 百家姓 and the modern frequency rankings). Names in SMS are only trusted when they start with
// one of these. A few surnames that are far more often ordinary words (明, 和, 位, 都, 来 ...)
// are left out on purpose: they turned "明天，" and "这位先生" into names.

const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝谈匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺闻厉伊仝郜阚权帅屠朴盖练廉禹井祖漆巴丰支卿狄晋芮扈晁阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜逯隆茹诸慕危亢嵇哈湛宾戎勾茅揭尉冶斯檀昝幸奉植衡尧闭苍蔚乜訾郦雎糜庾郗贲鄂蒯桓琚汝钮邴滑弓荀羿';

const COMPOUND = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒',
  '夏侯', '轩辕', '令狐', '端木', '独孤', '南宫', '西门', '百里', '呼延', '万俟', '申屠', '太史',
  '钟离', '闻人', '澹台', '公冶', '宗政', '濮阳', '淳于', '单于', '东郭', '拓跋', '完颜', '赫连',
  '第五', '梁丘', '左丘', '司空', '司寇', '亓官', '羊舌', '微生', '公羊', '乐正', '谷梁', '漆雕',
  '仲孙', '巫马', '公西', '颛孙', '南门', '东门', '叱干', '哥舒', '鲜于', '闾丘', '丌官', '即墨',
] as const;

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(SINGLE);
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);

/** Regular-expression source matching one surname (compound first, so 欧阳 wins over 欧). */
export const SURNAME_PATTERN = `(?:${COMPOUND.join('|')}|[${[...SINGLE_SURNAMES].join('')}])`;

const COMPOUND_FIRST = new Set(COMPOUND.map((name) => name.charCodeAt(0)));

/** Length of the surname the text starts with at `index` (2 for compound, 1, or 0 for none). */
export function surnameLengthAt(text: string, index: number): number {
  if (COMPOUND_FIRST.has(text.charCodeAt(index)) && COMPOUND_SURNAMES.has(text.slice(index, index + 2))) return 2;
  return SINGLE_SURNAMES.has(text.charAt(index)) ? 1 : 0;
}
