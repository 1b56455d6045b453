// SPDX-License-Identifier: MIT
// Texts for the scan-equivalence tests: messages written for these tests (debt collection,
// emergency-contact pressure, scams, adverts, notices, chat, English spam and ham), and the
// external evaluation sets read in place (never copied into the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

export const WRITTEN_TEXTS: readonly string[] = [
  '【安逸花】林晓峰您好，您的借款已逾期15天，欠款3260.50元，请今日18点前处理，否则将上报征信并移交第三方催收。',
  '你好，你的朋友林晓峰在我平台借款3000元已严重逾期，他预留了你的联系方式作为紧急联系人，请转告其尽快还款，回电13812345678。',
  '张伟先生，再不还钱我们就上门到你家和单位，爆你通讯录，通知你的家人同事，后果自负！',
  '【招商银行】您尾号6789的信用卡本期账单已出，应还款额2,356.00元，还款日11月25日，请确保账户余额充足。',
  '【工商银行】您尾号1234的储蓄卡11月3日14:22支出人民币200.00元，余额5321.18元。',
  '【京东】验证码482913，用于登录验证，5分钟内有效。请勿泄露给他人，如非本人操作请忽略。',
  '您的验证码是 AB12cd，切勿告知他人。',
  '【中国移动】尊敬的客户，您本月套餐内流量已使用85%，剩余1.20GB。回复0000查询订购关系。',
  '双十一狂欢提前购！满300减50，爆款低至5折，点击 https://m.example.cn/482913 抢购，回T退订',
  '【速借宝】最高可借20万，日息低至0.02%，最快3分钟到账，无抵押无担保，立即申请，回TD退订',
  '您的ETC已失效，请于24小时内登录 etc-gov.top 重新认证，逾期将停用。',
  '您的积分即将清零，可兑换现金398元，点击 http://jf-10086.cc 领取，今日内有效。',
  '我是你领导，明天来我办公室一趟，这是我新号，存一下。',
  '恭喜您被《奔跑吧》栏目组抽选为场外幸运观众，获得笔记本电脑一台及奖金58000元，领取码8866。',
  '【菜鸟驿站】您的包裹已到中山路驿站，取件码3-2-1234，请尽快领取。',
  '您好，您在我店购买的商品有质量问题，我们将为您办理双倍赔偿退款，请添加客服微信 kefu8866。',
  '您的航班CA1234因天气原因取消，请致电4008-123-456办理改签或退票，可获300元补偿。',
  '代开各行业正规发票，点数低，可验证后付款，联系13900001111。',
  '澳门威尼斯人线上娱乐，首存送38%彩金，真人荷官百家乐，注册就送体验金。',
  '荐股群：老师带你炒股，稳赚不赔，牛股涨停板，加微信 gupiao888 进群。',
  '晚上回来吃饭吗？',
  '好的，收到，谢谢！',
  '妈，我到家了，别担心哈哈',
  '在吗？借我的钱什么时候还？',
  '请将资金转入安全账户配合调查，您涉嫌洗钱，我是公安局民警。',
  '下载腾讯会议，开启屏幕共享，按提示操作即可解冻。',
  '请把验证码发给我，我帮你处理退款。',
  '今天下午之前还款，否则立即处理，最后通知！',
  'xxx先生您好，您在xxx平台的借款已逾期xx天，请于x日前还清。',
  '收款人：王芳 6222 0212 3456 7890 123 工商银行 请转账到以下账户',
  'URGENT! You have WON a £1000 cash prize. To claim call 09061701461 now. T&Cs apply, 18+ only.',
  'Your account has been suspended due to unusual activity. Verify your identity at http://secure-bank.co/login within 24 hours.',
  'FREE entry into our weekly comp! Txt WIN to 80086 now. Std txt rate. Stop2stop.',
  "Hey, I'm gonna be home late tonight, can you pick up dinner? Thx babe",
  'Ok lor... Where are you now? Haha see you tmr',
  'Your package is on hold: unpaid customs fee of $2.99. Reschedule your delivery at usps-track.info',
  'Your verification code is 582913. Do not share this code with anyone.',
  '582913 is your Amazon OTP. Never share it.',
  'Congratulations! You have been selected to receive a FREE iPhone. Click here to claim.',
  'Work from home and earn up to $500 per day, part-time job, easy money!',
  'ABC abc AbC 12345 ab-cd a_b ?？ 。。 \n\n 你你你 您你的借款',
  '',
  '?',
  '你',
  '么？',
];

const EVAL = resolve(__dirname, '../../../../shared/eval');

export function evalAvailable(): boolean {
  return existsSync(EVAL);
}

/** FBS text is word-segmented; spaces between Chinese characters are removed to re-join it. */
export function evalTexts(): string[] {
  const texts: string[] = [];
  const fbs = resolve(EVAL, 'fbs_sms_cn');
  for (const file of readdirSync(fbs).filter((f) => /^[A-Z][A-Za-z]*(?:_.*)?\.txt$/.test(f) && f !== 'SOURCE.txt')) {
    for (const line of readFileSync(resolve(fbs, file), 'utf8').split('\n')) {
      const t = line.trim().replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '');
      if (t) texts.push(t);
    }
  }
  for (const line of readFileSync(resolve(EVAL, 'cn_spam_80w/spam.txt'), 'utf8').split('\n')) if (line.trim()) texts.push(line.trim());
  const rows = parse(readFileSync(resolve(EVAL, 'mendeley_smishing_5971/Dataset_5971.csv')), {
    columns: true,
    relax_column_count: true,
  }) as { TEXT?: string }[];
  for (const r of rows) if (r.TEXT) texts.push(r.TEXT);
  return texts;
}
