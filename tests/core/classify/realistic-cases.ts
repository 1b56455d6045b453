// SPDX-License-Identifier: MIT
// Hand-written realistic SMS, one expected category each: the project's own test set for the
// classifier (names, numbers and amounts are made up).
import type { Category } from '../../../src-main/core/model/analysis';

export interface Case {
  text: string;
  sender: string | null;
  category: Category;
}

const c = (category: Category, text: string, sender: string | null = null): Case => ({ text, sender, category });

export const DEBT_COLLECTION: readonly Case[] = [
  c('debt_collection', '【安逸花】林晓峰您好，您的借款已逾期15天，请今日内处理，否则将移交第三方催收'),
  c('debt_collection', '林晓峰欠款不还，再不处理明天我们就上门到你单位，并通知你全部通讯录联系人', '13912345678'),
  c('debt_collection', '【分期乐】尊敬的林晓峰，您的账单已逾期32天，逾期金额4,386.20元，请于今日18点前还清，逾期将上报征信。', '10690123456'),
  c('debt_collection', '林先生，您在360借条的借款已严重逾期，我司已将您的案件移交法务部，如再不处理将依法起诉，后果自负。', '02885551234'),
  c('debt_collection', '林晓峰，你欠的8600块到底还不还？不还明天就去你老家走访，让你家里人都知道你是老赖。', '17012345678'),
  c('debt_collection', '您好，您在我司的贷款已逾期60天，现已进入委外催收阶段，请尽快联系处理，电话 18612345678', '18612345678'),
  c('debt_collection', '【还呗】您的欠款已逾期，请立即还款，避免产生更多罚息和不良记录。', null),
  c('debt_collection', '林晓峰你好，我是催收专员，你的网贷逾期不还已经三个月，今天下午5点前不处理就给你通讯录所有人打电话。', '15098765432'),
  c('debt_collection', '通知：林晓峰（身份证尾号3418）拖欠我司款项12,480元至今未还，我司将于近日安排外访人员到户籍地核实情况。', '05718888123'),
  c('debt_collection', '老林，借我的两万块说好上个月还的，到底什么时候还？再拖我就去法院起诉了。', '13600001111'),
  c('debt_collection', '【微粒贷】您的借款已逾期，为避免影响个人征信，请尽快还清欠款。', '13788889999'),
  c('debt_collection', '最后通知：你在美团借钱的欠款逾期未还，24小时内不处理，我们将把你的逾期信息发到你的朋友圈和单位群。', '19912345678'),
  c('debt_collection', '林晓峰，你以为换号就没事了？欠钱不还，小心你的家人，我们知道你住在哪。', '16512345678'),
  c('debt_collection', '您名下的信用卡已逾期90天，欠款本息合计23,560元，银行已委托我方催收，请于3日内联系协商还款。', '02161234567'),
];

export const CONTACT_COLLECTION: readonly Case[] = [
  c('contact_collection', '你好，你的朋友林晓峰在我平台借款3000元已严重逾期，他预留了你的联系方式作为紧急联系人，请转告其尽快还款'),
  c('contact_collection', '您好，林晓峰在我司的借款已逾期，您是他的紧急联系人，麻烦通知他本人尽快处理，谢谢配合。', '02888881234'),
  c('contact_collection', '你好，请问你认识林晓峰吗？他在我司借款逾期未还，现在联系不上他本人，请你转告他尽快回电。', '18012345678'),
  c('contact_collection', '您的同事林晓峰在我平台有一笔欠款逾期两个月，电话一直关机，请您督促他尽快还款，否则我们会联系你们单位。', '13312345678'),
  c('contact_collection', '林晓峰的家属您好，他在分期乐的借款已逾期，请您转达他于今日内处理欠款。', null),
  c('contact_collection', '林晓峰在办理借款时填写了您的号码，现其借款已逾期且联系不上本人，请协助联系他还款。', '95786'),
  c('contact_collection', '您好，您的儿子林晓峰在我司贷款逾期，请让他马上还款，不然我们只能上门了。', '17712345678'),
  c('contact_collection', '你好，你弟弟林晓峰欠我们平台的钱一直不还，你作为他的紧急联系人，有义务通知他处理。', null),
  c('contact_collection', '打扰了，林晓峰的通讯录里有你，他在我司的网贷已经逾期，麻烦你告知他一下尽快还款。', '13512340000'),
  c('contact_collection', '您好，借款人林晓峰至今未还款，他留了您的电话作为联系人，请您提醒他尽快结清欠款。', null),
  c('contact_collection', '【招联金融】您好，您的亲属林晓峰在我司的借款已逾期，请提醒其及时还款。', '95786'),
];

export const FRAUD: readonly Case[] = [
  c('fraud', '【工商银行】您的账户存在异常已被冻结，请登录 icbc-vip.cn 重新认证', '13800001111'),
  c('fraud', '我是市公安局民警，你涉嫌洗钱，请将资金转入安全账户配合调查', '02112345678'),
  c('fraud', '【京东金融】您好，根据国家政策要求，您在校期间开通的学生账户需要注销，否则影响征信，请联系客服QQ 88888888'),
  c('fraud', '您好，您的贷款已审批通过，额度5万元，因您的银行卡号填写错误资金被冻结，需缴纳解冻费2000元方可放款。', '17112345678'),
  c('fraud', '无抵押贷款，当天放款，只需先交1000元保证金即可下款，联系微信 dk8866'),
  c('fraud', '专业修复征信，消除逾期记录，内部渠道，三天见效，咨询 13912340000'),
  c('fraud', '【中国人民银行】您的征信报告有误，需要马上处理，否则将影响您的贷款和出行，请致电 17098765432'),
  c('fraud', '亲，您在我店购买的商品因质量问题被召回，我们将为您办理双倍退款，请添加客服微信 tk2024 办理。', '16712345678'),
  c('fraud', '您好，您的快递丢失，我们将按三倍赔付理赔，请点击 http://t.cn/AbCdE 填写信息办理理赔。'),
  c('fraud', '【ETC服务】您的ETC已失效，为避免影响通行，请尽快登录 etc-renzheng.top 进行认证。', '+85261234567'),
  c('fraud', '【中国移动】尊敬的客户，您的话费积分8600分即将清零，可兑换现金286元，请登录 10086-jf.cc 领取。', '13411112222'),
  c('fraud', '尊敬的建行用户，您的电子密码器将于今日过期，请登陆 http://45.12.33.8/ccb 进行升级，以免影响使用。'),
  c('fraud', '恭喜您被《奔跑吧》节目组抽选为场外幸运观众，将获得奖金98000元及苹果笔记本一台，请登录 www.pbjx-cj.com 领取，领奖码 2846'),
  c('fraud', '牛股内参：明日必涨黑马股，老师带你稳赚翻倍，加入免费荐股群，微信 gp6688'),
  c('fraud', '招聘兼职刷单员，手机操作，一单一结，日赚300-500元，垫付后返佣金，加QQ 2846123'),
  c('fraud', '澳门威尼斯人线上娱乐，首存送100%，百家乐真人视讯，提款秒到，官网 wns88.vip'),
  c('fraud', '本公司长期代开各行业正规发票，点数低，可验证后付款，联系 13712345678 王经理'),
  c('fraud', '同城上门服务，学生妹，少妇，包夜全套，加微信 mm6699'),
  c('fraud', '您好，这里是平安普惠贷后部，您的借款可以帮您申请停催，请先支付300元服务费到以下账户：6222021234567890123 户名张伟', '16612345678'),
  c('fraud', '林晓峰，你的欠款请今天务必转账到我们对公账户，户名李强，卡号 6217001234567890123，否则立即起诉。', '18812345678'),
  c('fraud', '您好，我是抖音客服，您开通了百万保障服务，每月将扣费800元，如需取消请下载腾讯会议，开启屏幕共享操作。', '02012345678'),
  c('fraud', '您好，我是淘宝客服，您的订单退款需要核实，请把刚收到的验证码告诉我。', '17300001111'),
  c('fraud', '老王，这是我的新号码，明天来我办公室一趟，有事找你。', '17612345678'),
  c('fraud', '你看看这个相册，是不是你 http://t.cn/A6xQ2b'),
  c('fraud', '【国家医保局】您的医保卡已冻结，请点击 http://t.cn/Rx9k2 进行解冻。'),
  c('fraud', 'Chase Alert: your account has been suspended due to unusual activity. Verify your identity at chase-secure-login.com'),
  c('fraud', 'USPS: Your package is on hold due to an incomplete address. Update at https://usps-redelivery.top/track'),
  c('fraud', 'Your Apple ID has been locked. Please verify your details at http://apple-id-verify.xyz within 24 hours.'),
  c('fraud', 'Congratulations! You have won a £1000 Tesco gift card. Claim now at http://bit.ly/3xTesco'),
  c('fraud', 'UPS: we were unable to deliver your parcel. Pay a small redelivery fee of $1.99 at ups-delivery-fee.com'),
  c('fraud', 'HMRC: You are entitled to a tax refund of £264.50. To claim visit hmrc-refund.co.uk/claim'),
  c('fraud', 'URGENT! You have won a 2 week holiday. Call 09061701461 now to claim. T&Cs apply, 150p/min'),
  c('fraud', 'Your Netflix payment was declined. Update your billing information at netflix-billing-help.com to avoid suspension.'),
  c('fraud', 'Hi Mum, I dropped my phone, this is my new number. Can you send me £450 for the rent today? Need it urgently.'),
  c('fraud', 'Bank of America: unusual sign-in detected. If this was not you, call 213-555-0199 immediately and confirm your PIN.'),
];

export const MARKETING: readonly Case[] = [
  c('marketing', '【美团】外卖红包已到账，满30减15，今日有效，戳 dpurl.cn/abc 拒收请回复R', '1069012345'),
  c('marketing', '【万达广场】双十一狂欢，全场低至5折，满300减50，更有抽奖送好礼，退订回T', '10690987654'),
  c('marketing', '金地·天悦府，地铁口准现房，均价2.3万/平米，首付30万起，样板间火爆开放，咨询电话 0755-26881234'),
  c('marketing', '【新东方】暑期英语提高班火热报名中，名师授课，小班教学，前20名报名赠送教材，详询 400-810-0000 退订回TD'),
  c('marketing', '急用钱？无抵押信用贷款，最高50万，低息快速审批，当天放款，详询张经理 13912345678'),
  c('marketing', '【中国移动】尊敬的客户，5G畅享套餐限时优惠，每月仅需58元，回复KTBL办理。', '10086'),
  c('marketing', '【京东】您关注的商品降价啦！iPhone 15 直降800元，点击 3.cn/xyz 抢购，回TD退订', '106550102345'),
  c('marketing', '尊敬的会员，本店春装新品上市，全场8.8折，会员积分双倍，欢迎进店选购！地址：解放路88号', null),
  c('marketing', '【平安银行】您有一张信用卡分期优惠券待领取，分期手续费低至7折，详情请咨询95511。', '95511'),
  c('marketing', '家装节活动开启，全屋定制套餐19800元起，进店即送精美礼品，名额有限，先到先得！'),
  c('marketing', '【瑞幸咖啡】新品生椰拿铁上线，9.9元一杯，快来门店尝鲜吧，回T退订', '1069123456'),
  c('marketing', '您好，我是链家置业顾问小王，最近有套学区房急售，满五唯一，价格可谈，有兴趣可以联系我。', '13812340000'),
  c('marketing', 'Flash sale: 40% off all summer dresses this weekend only! Shop now at www.zara.com. Reply STOP to opt out', null),
  c('marketing', 'Get 3 months of Spotify Premium free. Offer ends Sunday. Text STOP to 80080 to unsubscribe', null),
];

export const VERIFICATION_CODE: readonly Case[] = [
  c('verification_code', '【淘宝】验证码 482913，用于登录，5分钟内有效，请勿泄露。', '106575000'),
  c('verification_code', '【微信】您的验证码是 736251，请勿告诉他人。', '1069070069'),
  c('verification_code', '【中国银行】您正在进行网银转账操作，动态密码为 839201，请勿向任何人提供此验证码。', '95566'),
  c('verification_code', '【12306】您的注册验证码：5829，有效期5分钟。如非本人操作，请忽略。', '12306'),
  c('verification_code', '【支付宝】校验码 291847，你正在绑定银行卡，切勿告知他人。', '95188'),
  c('verification_code', '382910是您的美团验证码，10分钟内有效，请勿泄露', '1069012345'),
  c('verification_code', 'Your Google verification code is 482193', 'Google'),
  c('verification_code', '482913 is your WhatsApp code. Don\'t share this code with others', null),
  c('verification_code', 'Your Amazon OTP is 839201. Do not share this code with anyone.', 'AMAZON'),
];

export const NOTICE: readonly Case[] = [
  c('notice', '【招商银行】您尾号8848的信用卡本期账单已出，应还款金额2,350.00元，最后还款日10月18日。', '95555'),
  c('notice', '【工商银行】您尾号8848的储蓄卡10月3日14:22支出(消费)128.00元，余额5,230.15元。', '95588'),
  c('notice', '【建设银行】您尾号5521的账户10月5日收入(工资)8,600.00元，活期余额12,380.22元。', '95533'),
  c('notice', '【安逸花】林晓峰您好，您本期账单将于10月20日到期，应还1,260.00元，请确保还款卡余额充足，如已还款请忽略。', '95137'),
  c('notice', '【丰巢】您的顺丰包裹已到小区东门快递柜，取件码 58291，请及时取件。', '1069012345'),
  c('notice', '【菜鸟驿站】您的包裹已到站，凭取件码 3-2-1108 到幸福路驿站领取。', '106912345678'),
  c('notice', '【中国移动】尊敬的客户，截至10月15日，您本月已使用流量18.2GB，剩余流量1.8GB。', '10086'),
  c('notice', '【中国联通】您的话费余额不足10元，为避免停机请及时缴费。', '10010'),
  c('notice', '【12306】您已购10月1日G1234次列车，北京南-上海虹桥，8车12F，请按时检票乘车。', '12306'),
  c('notice', '【国家电网】您户号1234567890的电费账单已出，本月电费 186.30 元，请于月底前缴纳。', '95598'),
  c('notice', '【12345】您反映的小区噪音问题已受理，工单号20231015001，将在5个工作日内答复。', '12345'),
  c('notice', '【东方航空】您预订的MU5138航班10月8日08:00从北京首都机场起飞，请提前办理值机。', '95530'),
  c('notice', '【招商银行】您的信用卡本期最低还款额500.00元，还款日为本月18日，请按时还款，保持良好信用记录。', '95555'),
  c('notice', 'Your order #A1234 has been dispatched and will arrive on Thursday. Track it in the app.', 'Amazon'),
  c('notice', 'Your flight BA117 to New York is delayed. New departure time 14:35, gate 22.', 'BA'),
];

export const PERSONAL: readonly Case[] = [
  c('personal', '妈我到了，晚上不回来吃饭', '13800001111'),
  c('personal', '晚上吃什么？我买了点菜', '13900002222'),
  c('personal', '哥，明天几点出发？', '13700003333'),
  c('personal', '好的，我下班就过去接你', '13600004444'),
  c('personal', '在吗？周末一起去爬山吧', '13500005555'),
  c('personal', '宝宝睡了吗，我快到家了', '13400006666'),
  c('personal', '谢谢你今天帮忙，改天请你吃饭哈', '13300007777'),
  c('personal', '爸，钱收到了，别担心我', '13200008888'),
  c('personal', 'ok see you at 5', null),
  c('personal', "Hey, are you coming to dinner tonight? I'll save you a seat", '+14155550123'),
  c('personal', 'Running late, be there in 10 mins. Sorry!', '+447700900123'),
  c('personal', 'Did you win the game yesterday? lol', '+447700900456'),
  c('personal', "Can you call me when you're free? Need to ask you something", '+14155550999'),
  c('personal', 'Happy birthday! Hope you have a great day xx', '+447700900789'),
];

export const OTHER: readonly Case[] = [
  c('other', '收到', null),
  c('other', '123', null),
];

export const ALL_CASES: readonly Case[] = [
  ...DEBT_COLLECTION,
  ...CONTACT_COLLECTION,
  ...FRAUD,
  ...MARKETING,
  ...VERIFICATION_CODE,
  ...NOTICE,
  ...PERSONAL,
  ...OTHER,
];
