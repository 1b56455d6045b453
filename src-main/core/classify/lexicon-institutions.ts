// SPDX-License-Identifier: MIT
// Institutions that scammers pretend to be, with the numbers and domains they really send from.
// Written from the institutions' published customer-service numbers; a 95xxx sender that is not
// the named bank's is as suspicious as a private mobile. `numbers` empty means "we do not know
// its number": then only private mobiles, landlines and foreign senders count as a mismatch.
export interface Institution {
  /** Alternation (regex source) of the names it goes by in SMS. */
  names: string;
  numbers: readonly string[];
  kind: 'bank' | 'platform' | 'carrier' | 'authority' | 'lender';
}

export const INSTITUTIONS: readonly Institution[] = [
  { names: '中国工商银行|工商银行|工行|工银', numbers: ['95588'], kind: 'bank' },
  { names: '中国建设银行|建设银行|建行', numbers: ['95533'], kind: 'bank' },
  { names: '中国农业银行|农业银行|农行', numbers: ['95599'], kind: 'bank' },
  { names: '中国银行|中行', numbers: ['95566'], kind: 'bank' },
  { names: '交通银行|交行', numbers: ['95559'], kind: 'bank' },
  { names: '招商银行|招行', numbers: ['95555'], kind: 'bank' },
  { names: '中国邮政储蓄银行|邮储银行|邮政储蓄|邮政银行', numbers: ['95580'], kind: 'bank' },
  { names: '浦发银行', numbers: ['95528'], kind: 'bank' },
  { names: '中信银行', numbers: ['95558'], kind: 'bank' },
  { names: '光大银行', numbers: ['95595'], kind: 'bank' },
  { names: '民生银行', numbers: ['95568'], kind: 'bank' },
  { names: '华夏银行', numbers: ['95577'], kind: 'bank' },
  { names: '兴业银行', numbers: ['95561'], kind: 'bank' },
  { names: '广发银行', numbers: ['95508'], kind: 'bank' },
  { names: '平安银行', numbers: ['95511'], kind: 'bank' },
  { names: '北京银行', numbers: ['95526'], kind: 'bank' },
  { names: '上海银行', numbers: ['95594'], kind: 'bank' },
  { names: '浙商银行', numbers: ['95527'], kind: 'bank' },
  { names: '中国银联|银联', numbers: ['95516'], kind: 'bank' },
  { names: '农村信用社|农信社|农商银行', numbers: [], kind: 'bank' },
  { names: '支付宝|蚂蚁|花呗|借呗|网商银行', numbers: ['95188'], kind: 'platform' },
  { names: '微信支付|财付通|微粒贷|腾讯', numbers: ['95017'], kind: 'platform' },
  { names: '京东|白条|金条', numbers: ['95118'], kind: 'platform' },
  { names: '淘宝|天猫|拼多多|美团|抖音|快手|闲鱼|唯品会|苏宁', numbers: [], kind: 'platform' },
  { names: '中国移动|移动公司', numbers: ['10086'], kind: 'carrier' },
  { names: '中国联通|联通公司', numbers: ['10010'], kind: 'carrier' },
  { names: '中国电信|电信公司', numbers: ['10000'], kind: 'carrier' },
  { names: '安逸花|马上消费', numbers: [], kind: 'lender' },
  { names: '招联金融|招联好期贷|招联', numbers: ['95786'], kind: 'lender' },
  { names: '度小满|有钱花', numbers: ['95055'], kind: 'lender' },
  { names: '360借条|360数科|分期乐|乐信|洋钱罐|你我贷|拍拍贷|信也|宜人贷|捷信|中邮消费|小赢卡贷|玖富|还呗|美团借钱|美团生活费|放心借|省呗|桔子分期|榕树贷款|网易有钱|苏宁任性付|携程金融|拿去花|小米贷款|平安普惠|平安i贷', numbers: [], kind: 'lender' },
  { names: '东方航空|东航', numbers: ['95530'], kind: 'platform' },
  { names: '南方航空|南航', numbers: ['95539'], kind: 'platform' },
  { names: '中国国际航空|国航', numbers: ['95583'], kind: 'platform' },
  { names: '海南航空|海航', numbers: ['95339'], kind: 'platform' },
  { names: '春秋航空|深圳航空|四川航空|厦门航空|山东航空|吉祥航空', numbers: [], kind: 'platform' },
  { names: '顺丰|中通|圆通|韵达|申通|极兔|菜鸟|京东物流|邮政EMS', numbers: [], kind: 'platform' },
  { names: '公安局|派出所|公安机关|反诈中心|刑侦大队|检察院|人民法院|法院|市场监督管理局|社保局|医保局|税务局|国家电网|市民热线|政务热线|政务服务便民热线', numbers: ['110', '96110', '12345', '12315', '12366', '12333', '95598', '12381'], kind: 'authority' },
];

/** Every institution name in one alternation, so the text is scanned once. */
export const INSTITUTION_NAMES = new RegExp(INSTITUTIONS.map((i) => i.names).join('|'), 'g');

const byName = new Map<string, Institution>();
for (const inst of INSTITUTIONS) for (const n of inst.names.split('|')) byName.set(n, inst);

export function institutionNamed(name: string): Institution | undefined {
  return byName.get(name);
}

/**
 * Domains the institutions really use. A link that carries a brand token but is not on (a
 * subdomain of) one of these is a look-alike.
 */
export const OFFICIAL_DOMAINS: readonly string[] = [
  'icbc.com.cn', 'ccb.com', 'abchina.com', 'boc.cn', 'bankcomm.com', 'cmbchina.com', 'psbc.com',
  'spdb.com.cn', 'citicbank.com', 'cebbank.com', 'cmbc.com.cn', 'hxb.com.cn', 'cib.com.cn',
  'cgbchina.com.cn', 'pingan.com', 'bankofbeijing.com.cn', 'bosc.cn', 'alipay.com', 'taobao.com',
  'tmall.com', 'jd.com', 'weixin.qq.com', 'qq.com', 'tenpay.com', '10086.cn', '10010.com',
  '189.cn', 'chsi.com.cn', 'gov.cn', '12306.cn', 'pinduoduo.com', 'meituan.com', 'dianping.com',
  'apple.com', 'paypal.com', 'amazon.com', 'usps.com', 'ups.com', 'fedex.com', 'dhl.com',
  'royalmail.com', 'chase.com', 'wellsfargo.com', 'bankofamerica.com', 'hsbc.com', 'hsbc.co.uk',
  'barclays.co.uk', 'netflix.com', 'irs.gov', 'gov.uk', 'sf-express.com', 'cainiao.com',
  'icicibank.com', 'hdfcbank.com', 'onlinesbi.sbi', 'sbi.co.in', 'axisbank.com', 'citi.com', 'lloydsbank.com',
  'natwest.com', 'santander.co.uk', 'nationwide.co.uk', 'capitalone.com', 'usbank.com',
];

/** Brand tokens whose presence in a foreign domain makes it a look-alike. */
export const BRAND_TOKENS =
  /icbc|ccb|abchina|boc|bankcomm|cmb|psbc|95\d{3}|alipay|taobao|tmall|jd-|jdcom|weixin|wechat|10086|10010|etc|12306|chsi|apple|icloud|paypal|amazon|usps|ups-|fedex|dhl|royalmail|chase|wellsfargo|bankofamerica|boa-|hsbc|barclays|netflix|irs-|hmrc|bank|secure|verify|login|account|support/i;
