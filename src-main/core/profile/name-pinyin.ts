// SPDX-License-Identifier: MIT
// Hanyu Pinyin of characters common in Chinese surnames and given names, so that a message
// addressing "Lin Xiaofeng" or "XIAOFENG LIN" is recognised as the user's name. Names with a
// character outside this table simply get no pinyin form; polyphonic characters take the
// reading they have in names (单 shan, 曾 zeng, 解 xie).

const TABLE = `
a:阿 ai:艾爱 an:安 ang:昂 ao:敖奥傲
ba:巴 bai:白柏百 ban:班 bang:邦 bao:包宝保鲍 bei:贝蓓北 ben:本 bi:毕碧璧 bian:卞边 bin:斌彬滨宾 bing:冰兵炳秉 bo:波博柏勃 bu:步卜
cai:蔡才彩 can:灿 cang:苍 cao:曹草 cen:岑 chang:常长昌畅 chao:超朝潮 chen:陈晨辰臣琛 cheng:程成诚承城 chi:池驰迟 chong:崇冲 chu:楚初储 chuan:川传 chun:春纯淳 ci:慈 cong:丛聪 cui:崔翠 cun:村
da:达大 dai:戴黛代 dan:丹 dang:党 dao:道 de:德 deng:邓登 di:狄迪笛 dian:典 ding:丁鼎定 dong:董东冬栋 dou:窦 du:杜都 duan:段端 dun:敦
e:娥鄂 en:恩 er:尔
fa:法 fan:范樊凡帆繁 fang:方芳房舫 fei:费飞菲斐 fen:芬 feng:冯峰锋凤丰枫风 fu:傅付符福富甫芙
gai:盖 gan:甘干 gang:刚钢 gao:高 ge:葛戈歌格 geng:耿庚 gong:龚宫功恭 gou:苟 gu:顾谷古 guan:关管冠 guang:光广 gui:桂贵 guo:郭国果
ha:哈 hai:海 han:韩涵寒翰汉晗 hang:杭航 hao:郝浩昊皓豪好 he:何贺和荷赫禾 heng:恒衡 hong:洪红宏鸿虹弘 hou:侯厚 hu:胡虎湖 hua:华花桦 huai:怀 huan:欢环焕 huang:黄皇煌 hui:惠慧辉晖会卉 hun:魂 huo:霍火
ji:纪姬季吉冀继济基 jia:贾家佳嘉 jian:建健剑坚简 jiang:江姜蒋疆 jiao:焦娇 jie:杰洁捷婕 jin:金晋锦瑾劲谨 jing:静晶敬靖井菁景 jiu:久玖 ju:鞠菊巨 juan:娟 jun:军俊君骏峻
kai:凯开楷 kang:康 ke:柯可克科 kong:孔 kuai:蒯 kuang:匡邝 kun:坤昆
lai:赖来 lan:兰蓝岚澜 lang:朗郎 lao:劳 le:乐 lei:雷蕾磊 leng:冷 li:李黎丽立利力莉励理礼 lian:连莲廉 liang:梁良亮 liao:廖 lin:林琳霖临麟淋 ling:凌玲灵令 liu:刘柳留 long:龙隆 lou:楼娄 lu:卢陆鲁路露璐 lv:吕律绿 luan:栾 lun:伦 luo:罗骆洛珞
ma:马麻 mai:麦 man:满曼 mao:毛茂 mei:梅美玫媚 meng:孟蒙梦萌 mi:米宓 miao:苗妙淼 min:闵敏民珉 ming:明鸣铭 mo:莫墨默 mu:穆慕木沐牧
na:娜纳 nan:南楠 neng:能 ni:倪妮霓 nian:年 ning:宁凝 niu:牛 nong:农
ou:欧
pan:潘盼攀 pang:庞 pei:裴培佩沛 peng:彭鹏朋 pi:皮 ping:平萍 pu:蒲朴浦
qi:齐祁戚琪琦奇启其棋 qian:钱倩谦千 qiang:强 qiao:乔巧 qin:秦琴钦沁勤 qing:青清庆晴卿 qiu:邱秋丘 qu:曲屈瞿 quan:全泉权
ran:冉然 rao:饶 ren:任仁 rong:荣蓉容融 ru:如茹汝 ruan:阮 rui:瑞睿蕊锐 run:润 ruo:若
sang:桑 sen:森 sha:沙莎 shan:单山珊善杉 shang:尚商 shao:邵少绍韶 shen:沈申深慎 sheng:盛生胜圣晟 shi:石施史诗师世时实士 shou:寿 shu:舒书淑树蜀 shuang:双爽 shui:水 shun:顺舜 si:司思斯丝 song:宋松颂嵩 su:苏素肃 sun:孙
tai:泰太 tan:谭覃坦 tang:唐汤棠 tao:陶涛桃韬 teng:滕腾 tian:田天甜 ting:婷庭亭霆 tong:童彤佟通桐 tu:涂
wan:万宛婉晚 wang:王汪旺望 wei:魏卫韦伟威薇维蔚巍 wen:文温闻雯 weng:翁 wu:吴武伍吾午悟
xi:席西希喜曦熙溪 xia:夏霞 xian:冼贤仙娴先 xiang:向项祥翔香湘 xiao:萧肖晓小孝筱潇 xie:谢解 xin:辛欣新心鑫馨昕 xing:邢星兴幸 xiong:熊雄 xiu:修秀 xu:徐许胥旭栩 xuan:宣轩萱璇玄 xue:薛雪学 xun:荀迅勋
ya:雅亚娅 yan:严颜闫燕艳岩彦妍言延晏 yang:杨阳洋扬 yao:姚尧瑶耀 ye:叶业烨 yi:易伊依怡义毅艺逸宜 yin:殷尹银音寅 ying:英应莹颖盈樱瑛 yong:永勇雍 you:尤游友优 yu:于余俞虞雨宇玉钰瑜羽语育煜 yuan:袁元苑源远媛圆 yue:岳乐月悦越 yun:云运芸韵昀
zai:宰 zan:赞 zang:臧 zeng:曾增 zha:查 zhai:翟 zhan:詹展湛 zhang:张章彰璋 zhao:赵昭钊朝 zhe:哲 zhen:甄真珍振震 zheng:郑正政铮 zhi:志智芝之致植 zhong:钟仲忠中 zhou:周舟 zhu:朱祝诸竹珠 zhuang:庄壮 zhuo:卓 zi:子紫梓姿 zong:宗 zou:邹 zu:祖 zuo:左
`;

const PINYIN = new Map<string, string>();
for (const entry of TABLE.split(/\s+/)) {
  const colon = entry.indexOf(':');
  if (colon <= 0) continue;
  const syllable = entry.slice(0, colon);
  // A character listed under two syllables keeps the first, its usual name reading.
  for (const ch of entry.slice(colon + 1)) if (!PINYIN.has(ch)) PINYIN.set(ch, syllable);
}

/** Pinyin syllables of each character, or null when a character is not in the table. */
export function pinyinSyllables(chars: string): string[] | null {
  const out: string[] = [];
  for (const ch of chars) {
    const syllable = PINYIN.get(ch);
    if (syllable === undefined) return null;
    out.push(syllable);
  }
  return out;
}
