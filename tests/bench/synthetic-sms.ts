// SPDX-License-Identifier: MIT
// A deterministic stream of realistic Chinese SMS for the benchmark: bank notices, codes,
// marketing, collection texts and personal chat from ~20,000 senders over two years.

export interface SyntheticSms {
  address: string;
  time: number;
  type: 1 | 2;
  body: string;
}

/** Mulberry32: small, fast and good enough for test data; the same seed gives the same file. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '林', '徐'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '勇', '军', '杰', '晓峰', '建国'];
const PLATFORMS = ['速借宝', '闪电花', '易贷通', '分期乐享', '信用钱包'];
const SHOPS = ['淘宝', '京东', '美团', '拼多多', '滴滴出行', '携程'];
const BANKS = [
  ['95588', '工商银行'],
  ['95533', '建设银行'],
  ['95555', '招商银行'],
  ['95599', '农业银行'],
] as const;

export function syntheticSms(count: number, seed = 20251123): Iterable<SyntheticSms> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const start = Date.UTC(2024, 0, 1);
  const span = 2 * 365 * 24 * 3600 * 1000;
  const mobiles = Array.from({ length: 16000 }, () => `1${pick(['3', '5', '7', '8', '9'])}${digits(9)}`);
  const gateways = Array.from({ length: 4000 }, () => `106${pick(['90', '55', '59', '98'])}${digits(6)}`);
  const name = () => pick(SURNAMES) + pick(GIVEN);
  const templates: (() => Omit<SyntheticSms, 'time'>)[] = [
    () => {
      const [num, bank] = pick(BANKS);
      return { address: num, type: 1, body: `【${bank}】您尾号${digits(4)}的储蓄卡${Math.floor(rnd() * 12) + 1}月${Math.floor(rnd() * 28) + 1}日${digits(2)}:${digits(2)}支出人民币${digits(3)}.${digits(2)}元，余额${digits(5)}.${digits(2)}元。` };
    },
    () => ({ address: pick(gateways), type: 1, body: `【${pick(SHOPS)}】验证码${digits(6)}，用于登录验证，5分钟内有效。如非本人操作，请忽略本短信。` }),
    () => ({ address: pick(gateways), type: 1, body: `【${pick(SHOPS)}】双十一狂欢提前购！满${digits(3)}减${digits(2)}，爆款低至${digits(1)}折，点击 https://m.example.cn/${digits(6)} 抢购，回T退订` }),
    () => ({ address: pick(gateways), type: 1, body: `【${pick(PLATFORMS)}】最高可借${digits(1)}0万，日息低至0.02%，最快3分钟到账，立即申请，回T退订` }),
    () => ({ address: pick(mobiles), type: 1, body: `${name()}先生，您在${pick(PLATFORMS)}的借款已逾期${digits(2)}天，欠款${digits(4)}.${digits(2)}元，请于今日18点前处理，否则将上报征信并联系您的紧急联系人。` }),
    () => ({ address: pick(mobiles), type: 1, body: `您好，${name()}在${pick(PLATFORMS)}的借款已严重逾期，他预留的紧急联系人是您，请转告其尽快还款，回电${pick(mobiles)}。` }),
    () => ({ address: pick(mobiles), type: pick([1, 2] as const), body: pick(['晚上回来吃饭吗？', '好的，收到', '明天早上九点在公司楼下见', '妈，我到家了', '周末一起去爬山吧', '快递帮我拿一下，谢谢']) }),
    () => ({ address: pick(gateways), type: 1, body: `【菜鸟驿站】您的${pick(SHOPS)}包裹已到${pick(['中山路', '鼓楼', '新街口'])}驿站，取件码${digits(1)}-${digits(1)}-${digits(4)}，请尽快领取。` }),
    () => ({ address: '10086', type: 1, body: `【中国移动】尊敬的客户，您本月套餐内流量已使用${digits(2)}%，剩余${digits(1)}.${digits(2)}GB。` }),
  ];
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < count; i++) {
        const t = pick(templates)();
        yield { ...t, time: start + Math.floor((i / count) * span) + Math.floor(rnd() * 60000) };
      }
    },
  };
}
