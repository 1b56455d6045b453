// SPDX-License-Identifier: MIT
// Everyday texts from services, by category: the fill-in templates behind the bulk of the demo.
// Templates take the stream's generator so the same slot reads differently each time.
import type { SeededRandom } from './seeded-random';

/** Random digits that never spell the card tail, so only the story's senders "know" it. */
export function safeDigits(rng: SeededRandom, length: number): string {
  for (;;) {
    const digits = rng.digits(length);
    if (!digits.includes('8848') && !(length > 1 && digits.startsWith('0'))) return digits;
  }
}

const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
export function shortToken(rng: SeededRandom, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += letters[rng.int(0, letters.length - 1)];
  return out;
}

const COURIER_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '孙', '徐', '马', '胡', '朱'];
export function courierName(rng: SeededRandom): string {
  return `${rng.pick(COURIER_SURNAMES)}师傅`;
}

export function randomMobile(rng: SeededRandom): string {
  return `1${rng.pick(['35', '36', '37', '38', '39', '50', '51', '52', '57', '58', '59', '78', '82', '83', '87', '88', '98'])}${safeDigits(rng, 8)}`;
}

export type Template = (rng: SeededRandom) => string;

export interface CodePlatform {
  key: string;
  numbers: string[];
  weight: number;
  templates: Template[];
}

const code6 = (rng: SeededRandom): string => safeDigits(rng, 6);

export const CODE_PLATFORMS: CodePlatform[] = [
  {
    key: 'taobao',
    numbers: ['1069033300888', '10690899009998'],
    weight: 5,
    templates: [
      (r) => `【淘宝】验证码${code6(r)}，您正在登录淘宝账号，切勿将验证码泄露于他人，5分钟内有效。`,
      (r) => `【淘宝网】您的验证码是${code6(r)}，用于身份验证，请勿泄露给任何人。`,
      (r) => `【淘宝】${code6(r)}（淘宝验证码）。您正在进行支付密码修改操作，如非本人操作请忽略。`,
    ],
  },
  {
    key: 'jd',
    numbers: ['106905591666', '1069055958866'],
    weight: 4,
    templates: [
      (r) => `【京东】验证码：${code6(r)}，您正在登录京东，请勿告诉他人。如非本人操作，请忽略本短信。`,
      (r) => `【京东】您的验证码为${code6(r)}，本次下单需验证，10分钟内有效，工作人员不会向您索取。`,
    ],
  },
  {
    key: 'meituan',
    numbers: ['106910599120'],
    weight: 4,
    templates: [
      (r) => `【美团】${code6(r)}（登录验证码）。工作人员不会向你索要，请勿向任何人泄露，以免造成账户或资金损失。`,
      (r) => `【美团】${code6(r)}（验证码），用于美团外卖下单验证，5分钟内有效。`,
    ],
  },
  {
    key: 'alipay',
    numbers: ['10690595558', '1069059520088'],
    weight: 4,
    templates: [
      (r) => `【支付宝】验证码${code6(r)}，您正在使用支付宝，需要进行校验，请勿向任何人提供您收到的短信校验码。`,
      (r) => `【支付宝】校验码${code6(r)}，您正在新设备上登录支付宝，切勿告知他人。`,
    ],
  },
  {
    key: 'wechatpay',
    numbers: ['1069070069'],
    weight: 3,
    templates: [
      (r) => `【微信支付】验证码：${code6(r)}，您正在进行微信支付身份验证，请勿泄露给他人。`,
      (r) => `【微信支付】你正在绑定银行卡，验证码${code6(r)}，5分钟内有效。如非本人操作请忽略。`,
    ],
  },
  {
    key: 'rail',
    numbers: ['1069012306'],
    weight: 1,
    templates: [(r) => `【铁路12306】验证码：${code6(r)}，用于12306登录验证，5分钟内有效，请勿泄露。`],
  },
  {
    key: 'apple',
    numbers: ['1069070028'],
    weight: 1,
    templates: [(r) => `【Apple】Your Apple Account code is: ${code6(r)}. Don't share it with anyone.`],
  },
];

export interface Merchant {
  name: string;
  min: number;
  max: number;
  weight: number;
  /** Hours (China time) when this kind of spending happens. */
  hours: readonly [number, number];
}

export const MERCHANTS: Merchant[] = [
  { name: '财付通-美团', min: 18, max: 75, weight: 7, hours: [11, 21] },
  { name: '支付宝-饿了么', min: 16, max: 62, weight: 4, hours: [11, 21] },
  { name: '财付通-滴滴出行', min: 12, max: 58, weight: 4, hours: [7, 23] },
  { name: '支付宝-淘宝', min: 29, max: 420, weight: 5, hours: [9, 23] },
  { name: '京东支付-京东商城', min: 39, max: 899, weight: 3, hours: [9, 23] },
  { name: '财付通-拼多多', min: 9.9, max: 129, weight: 3, hours: [9, 23] },
  { name: '支付宝-盒马鲜生', min: 36, max: 260, weight: 3, hours: [9, 21] },
  { name: '财付通-罗森便利店', min: 8, max: 45, weight: 3, hours: [7, 22] },
  { name: '财付通-星巴克', min: 28, max: 76, weight: 2, hours: [8, 20] },
  { name: '银联-中国石化', min: 200, max: 320, weight: 1, hours: [8, 20] },
  { name: '支付宝-南京地铁', min: 50, max: 100, weight: 1, hours: [7, 21] },
  { name: '财付通-猫眼电影', min: 45, max: 120, weight: 1, hours: [10, 21] },
];

export const BANK_MARKETING: Template[] = [
  () => '【招商银行】您有一份“闪电贷”专属额度待领取，最高可借20万元，年化利率低至3.6%起，详询招商银行App。拒收请回复R',
  () => '【招商银行】朝朝宝新客专享，每日转入自动理财，详情登录App“理财”频道查看。拒收请回复R',
  () => '【招商银行】周三5折美食日：指定餐厅刷招行一卡通享5折优惠，名额有限。拒收请回复R',
  () => '【建设银行】尊敬的客户，您已获得龙卡信用卡临时额度提升资格，登录建行生活App即可申请。退订回N',
  () => '【建设银行】建行生活周末满减活动进行中，满50减20，每周六、周日可享。退订回N',
  () => '【工商银行】您的工银e生活积分即将到期，可兑换话费或视频会员，退订回TD',
];

export const CARRIER_PROMOS: Template[] = [
  () => '【中国移动】尊敬的客户，您可免费体验5G流量包（10GB/月）三个月，回复KT开通，到期自动取消。',
  () => '【中国移动】您的积分可兑换视频会员月卡，登录中国移动App“积分商城”即可兑换。',
  (r) => `【中国移动】尊敬的客户，截至今日，您本月已使用通用流量${r.int(80, 98)}%，如需更多流量可发送LL到10086办理加油包。`,
  (r) => `【中国移动】您好，您已成功充值${r.pick(['50', '100', '100', '200'])}元，当前话费余额充足，感谢您的支持。`,
  () => '【中国移动】温馨提示：您的宽带将于下月到期，续费可享12个月8.5折，详询10086。',
];

const SHOPS = ['优衣库', '名创优品', '屈臣氏', '万达影城', '海底捞', '瑞幸咖啡', '必胜客', '苏宁易购', '迪卡侬', '喜茶'];
export const MARKETING: Template[] = [
  (r) => `【${r.pick(SHOPS)}】会员专享：本周末全场满200减${r.pick(['30', '40', '50'])}，会员日积分翻倍，速来门店选购！回T退订`,
  (r) => `【淘宝】您关注的店铺上新啦，${r.pick(['冬季外套', '运动鞋', '床上四件套', '蓝牙耳机'])}限时直降，戳 m.tb.cn/h.${shortToken(r, 6)} 回TD退订`,
  (r) => `【京东】您的专属${r.pick(['100元', '50元', '30元'])}优惠券即将过期，点击 3.cn/${shortToken(r, 6)} 使用，回复TD退订`,
  () => '【美团】你有一张外卖满30减12红包待使用，今晚24点过期，打开美团即可领取。回T退订',
  () => '【拼多多】恭喜获得百亿补贴资格，iPhone补贴后价格直降，限时24小时。退订回T',
  () => '【链家】鼓楼区精品两居新房源上线，近地铁，业主急售，详询经纪人。回T退订',
  () => '【一兆韦德健身】新年特惠：年卡直降1000元，另送私教体验课2节，退订回T',
  () => '【新东方】成人英语口语周末班开课，试听免费，报名立减300元。回T退订',
  () => '【平安车险】您的爱车保险即将到期？立即报价享专属优惠。退订回T',
  (r) => `【${r.pick(['肯德基', '麦当劳'])}】会员日专享：周二全天指定套餐半价，点餐即享，回T退订`,
];

const LOAN_BRANDS = ['鑫易借', '鲸鱼分期', '云朵贷', '星河借', '青橙花', '金穗贷'];
export const LOAN_ADS: Template[] = [
  (r) => `【${r.pick(LOAN_BRANDS)}】最高可借20万，日息低至0.02%，最快3分钟到账，回T退订`,
  (r) => `【${r.pick(LOAN_BRANDS)}】您有一笔${r.pick(['5万', '8万', '10万', '20万'])}备用金待领取，凭身份证即可申请，今日有效。回T退订`,
  (r) => `【${r.pick(LOAN_BRANDS)}】尊敬的用户，您的借款额度已更新，可借${r.pick(['38,000', '50,000', '66,000'])}元，点击 ${shortToken(r, 5)}.cn/jk 领取，退订回T`,
  (r) => `【${r.pick(LOAN_BRANDS)}】林先生，您的信用良好，已为您预审通过一笔低息贷款，年化7.2%起，回T退订`,
  (r) => `【${r.pick(LOAN_BRANDS)}】无抵押、无担保，有工作就能借，额度最高30万，退订回T`,
];

/** A 菜鸟驿站 near home, deliberately not on the user's own street. */
export const PICKUP_POINTS = ['宁海路52号菜鸟驿站', '湖南路18号菜鸟驿站', '云南路小区东门菜鸟驿站'];

export const GOVERNMENT_ROUTINE: { number: string; template: Template }[] = [
  { number: '12381', template: () => '【国家反诈中心】提醒您：凡是自称客服要求退款、理赔、注销校园贷的都是诈骗，不点陌生链接，不转账给陌生人。' },
  { number: '12381', template: () => '【国家反诈中心】刷单返利、网络贷款、冒充客服是当前高发诈骗类型，请下载“国家反诈中心”App，守护您的钱袋子。' },
  { number: '12379', template: () => '【南京市气象台】南京市气象台发布暴雨黄色预警信号：预计未来6小时我市将出现50毫米以上降水，请注意防范。' },
  { number: '12379', template: () => '【南京市气象台】高温橙色预警：预计今天白天我市最高气温将达38℃以上，请注意防暑降温。' },
  { number: '12379', template: () => '【南京市气象台】寒潮蓝色预警：受强冷空气影响，未来48小时我市气温将下降8℃以上，请注意防寒保暖。' },
  { number: '12345', template: () => '【南京12345】南京市民热线提醒您：个人所得税综合所得年度汇算已开始，可通过个人所得税App办理。' },
];

/** Scam texts unrelated to the story: the noise every Chinese phone gets. */
export const BACKGROUND_SCAMS: Template[] = [
  (r) => `【ETC服务】您的ETC卡已失效，请及时登录 etc-${shortToken(r, 4).toLowerCase()}.top 重新认证，以免影响通行。`,
  () => '【医保服务】您的医保卡账户异常即将冻结，请尽快联系客服办理解冻，以免影响就医报销。',
  (r) => `【积分兑换】您的话费积分${r.int(3000, 9000)}分即将清零，可兑换电饭煲，点击 jf${shortToken(r, 4).toLowerCase()}.cc 领取。`,
  () => '您好，我是您孩子的班主任，请家长加我QQ拉进新的家长群，收取下学期资料费。',
  () => '【抖音】恭喜您被选为抖音点赞兼职，日结200-500元，加导师微信了解详情。',
];
