// SPDX-License-Identifier: MIT
// Everyday conversations with family, friends and the colleague: short threads of incoming
// ('in') and outgoing ('out') lines. People write names as family does ('晓峰', '哥'), never
// the full names the profile lists, so the profile's items stay unknown to the family threads.
import type { SeededRandom } from './seeded-random';

export type ThreadLine = readonly ['in' | 'out', string | ((rng: SeededRandom) => string)];
export type Thread = readonly ThreadLine[];

const dish = (r: SeededRandom): string => r.pick(['红烧肉', '糖醋排骨', '地锅鸡', '饺子', '羊肉汤', '辣子鸡']);

export const THREADS: Record<'mother' | 'father' | 'sister' | 'colleague' | 'friendChen' | 'friendZhang' | 'friendLiu', Thread[]> = {
  mother: [
    [['in', '吃饭了吗？'], ['out', '吃了，刚下班'], ['in', '别老点外卖，自己煮点']],
    [['in', (r) => `这周末回来吗？给你做${dish(r)}`], ['out', '这周加班，下周回去'], ['in', '好，别太累了']],
    [['in', '天冷了，多穿点，别感冒'], ['out', '知道了妈']],
    [['in', '你爸让你少熬夜'], ['out', '嗯，最近睡得挺早的']],
    [['in', '给你寄了点腌菜，注意查收'], ['out', '收到了，谢谢妈😊']],
    [['out', '妈，我这周六回去一趟'], ['in', '好，几点到？让你爸去车站接你'], ['out', '下午三点多到']],
    [['in', '隔壁王阿姨说给你介绍个姑娘，你有空见见不？'], ['out', '妈，我自己的事自己会安排的'], ['in', '好好好，不催你']],
    [['in', '下雨了记得带伞'], ['out', '带了']],
    [['in', '房租贵不贵？钱不够跟家里说'], ['out', '够用，放心吧']],
    [['out', '妈，医保卡的事办好了吗？'], ['in', '办好了，你爸去社区弄的']],
    [['in', (r) => `今天包了${r.pick(['韭菜', '白菜', '荠菜'])}饺子，可惜你不在家`], ['out', '下次回去吃😂']],
    [['in', '你妹说你最近瘦了，好好吃饭'], ['out', '没瘦，她瞎说']],
  ],
  father: [
    [['in', '车检通知来了，下月我自己去办'], ['out', '好，有事打电话']],
    [['in', '单位体检报告出来了没有？'], ['out', '出来了，都正常']],
    [['out', '爸，给你买的茶叶寄回去了'], ['in', '收到了，别乱花钱']],
    [['in', '过年回来的票买了吗'], ['out', '买了，放心']],
    [['in', '手机上那个医保怎么弄？'], ['out', '晚上我打电话教你']],
  ],
  sister: [
    [['in', '哥，周末有空不，帮我搬个家'], ['out', '几点？'], ['in', '上午十点，请你吃饭😂']],
    [['in', '哥你看我新发型👍'], ['out', '还行吧'], ['in', '直男']],
    [['in', '妈生日快到了，我们一起给她买个按摩仪？'], ['out', '行，你挑，钱我出一半']],
    [['out', '到宿舍了没'], ['in', '到了到了']],
    [['in', '哥，借我五百，下周还你🙏'], ['out', '转你了'], ['in', '爱你哥！']],
    [['in', '我考过了！！🎉'], ['out', '厉害，晚上请你吃饭']],
    [['in', '你那个耳机哪买的，链接发我'], ['out', '京东，晚点发你']],
    [['in', '妈又在群里发养生文章了😂'], ['out', '别理，装没看见']],
  ],
  colleague: [
    [['in', '明天的会改到十点了'], ['out', '收到']],
    [['in', '报价单我发你邮箱了，帮忙看一下'], ['out', '好，下午回复你']],
    [['in', '老板问那批货什么时候到'], ['out', '物流说周四'], ['in', '好，我跟他说']],
    [['in', '中午一起吃饭不？'], ['out', '行，楼下那家面馆']],
    [['in', '客户那边又改需求了……'], ['out', '又改？我晚上看看']],
    [['out', '我今天请假，有事微信找我'], ['in', '好的']],
    [['in', '发票开好了，放你桌上了'], ['out', '谢了']],
    [['in', '周五团建，记得报名'], ['out', '报了']],
    [['in', '合同盖好章了，你什么时候来拿'], ['out', '下午三点过去']],
  ],
  friendChen: [
    [['in', '今晚打球不？'], ['out', '几点'], ['in', '七点半，老地方']],
    [['in', '周末撸串，来不来'], ['out', '来！']],
    [['in', '你那个显示器还要吗，不要我收了'], ['out', '给你吧，请我喝奶茶就行😂']],
    [['out', '上次借你的书看完了吗'], ['in', '还没，下周还你']],
    [['in', '看球没，最后那个三分绝了'], ['out', '看了，太刺激了']],
  ],
  friendZhang: [
    [['in', '同学聚会定在下月第一个周六，你来吗？'], ['out', '来，地点发我']],
    [['in', '帮我看看这个简历怎么样'], ['out', '挺好的，项目经历可以再写具体点']],
    [['in', '南京最近有什么好看的展'], ['out', '博物院有个书画展，不错']],
    [['out', '上次推荐的那家店关门了😂'], ['in', '啊？太可惜了']],
    [['in', '你们公司还招人吗'], ['out', '我帮你问问HR']],
  ],
  friendLiu: [
    [['in', 'Hey man, landing in Shanghai next Tuesday, free for a beer in Nanjing?'], ['out', 'Sure! Text me when you arrive'], ['in', 'Deal 👍']],
    [['in', '最近在德国天天吃土豆，想念南京的鸭血粉丝汤'], ['out', '回来请你吃两碗']],
    [['out', '你那边几点了'], ['in', '凌晨一点，还在赶论文']],
    [['in', 'Can you send me the photos from the reunion?'], ['out', 'Sent to your email']],
  ],
};

/** The landlady's monthly reminder and the user's answer (rent goes out from the ICBC card). */
export const RENT_THREAD: Thread = [
  ['in', '小林，这个月房租记得交哦'],
  ['out', '好的赵姐，今天转'],
];

/** Festival greetings: who writes what on the big days (Spring Festival, Mid-Autumn …). */
export const FESTIVAL_GREETINGS: { party: 'mother' | 'sister' | 'friendChen' | 'friendZhang' | 'friendLiu'; line: ThreadLine }[] = [
  { party: 'mother', line: ['in', '过节了，记得吃好点'] },
  { party: 'sister', line: ['in', '哥节日快乐！红包拿来🧧'] },
  { party: 'friendChen', line: ['in', '节日快乐兄弟，有空聚聚'] },
  { party: 'friendZhang', line: ['in', '节日快乐呀，祝一切顺利😊'] },
  { party: 'friendLiu', line: ['in', 'Happy holidays from Berlin!'] },
];

/** Birthday (17 May): mother and sister, with the emoji the SBR export turns into surrogate refs. */
export const BIRTHDAY: { party: 'mother' | 'sister' | 'friendLiu'; lines: Thread }[] = [
  { party: 'mother', lines: [['in', '儿子生日快乐！今天记得吃碗面🎂'], ['out', '谢谢妈😊']] },
  { party: 'sister', lines: [['in', '哥生日快乐🎉🎉 红包记得查收🧧'], ['out', '收到了，谢谢妹😂']] },
  { party: 'friendLiu', lines: [['in', 'Happy birthday bro! Have a good one 🎉'], ['out', 'Thanks man!']] },
];
