// SPDX-License-Identifier: MIT
// The scripted part of the demo: every dated text of the debt story, the leak it starts and
// the family around it. Times are China time. Routine collector pressure and the call log are
// generated around these fixed points (collector-pressure.ts, demo-calls.ts).
import { COLLEAGUE_ID_NUMBER, FORMS, LINKS, PROFILE, type CastKey } from './demo-cast';
import type { DemoMessageCategory } from './demo-records';

export interface PlotMessage {
  /** 'YYYY-MM-DD HH:MM', China time. */
  at: string;
  /** The other party: the sender of an incoming text, the recipient of an outgoing one. */
  party: CastKey;
  direction: 'in' | 'out';
  category: DemoMessageCategory;
  body: string;
}

const name = PROFILE.name;
const debt = '¥3,280.50';
const cb = LINKS.collectionCallback;
const link = (path: string): string => `${LINKS.collectionDomain}/r/${path}`;
const ring = (path: string): string => `${LINKS.ringDomain}/${path}`;

const lender = (at: string, body: string): PlotMessage => ({ at, party: 'lender', direction: 'in', category: 'lender', body: `【青禾消费金融】${body}` });
const inbound = (at: string, party: CastKey, category: DemoMessageCategory, body: string): PlotMessage => ({ at, party, direction: 'in', category, body });
const reply = (at: string, party: CastKey, category: DemoMessageCategory, body: string): PlotMessage => ({ at, party, direction: 'out', category, body });

/** The genuine lender's stream: loan, reminders, overdue notices, hand-over, settlement. */
const LENDER_STREAM: PlotMessage[] = [
  lender('2024-06-12 14:37', `尊敬的${FORMS.nameMasked}，您通过速借宝申请的借款¥3,000.00已发放至您尾号${FORMS.cardTail}的银行卡，借款期限6个月，到期日2024年12月12日，到期应还${debt}。客服热线${LINKS.lenderHotline}。`),
  lender('2024-11-12 10:05', `尊敬的${FORMS.nameMasked}，您的借款将于12月12日到期，应还金额${debt}，请确保尾号${FORMS.cardTail}的银行卡余额充足。如已还款请忽略。`),
  lender('2024-12-05 10:12', `温馨提示：您的借款将于12月12日到期，应还金额${debt}，到期日将从尾号${FORMS.cardTail}的银行卡自动扣款。`),
  lender('2024-12-10 09:30', `${FORMS.nameMasked}，您的借款还有2天到期，应还金额${debt}，请提前存入足额资金，避免逾期影响个人征信。`),
  lender('2024-12-12 08:45', `${FORMS.nameMasked}，您的借款今日到期，应还金额${debt}，请于今日20:00前确保尾号${FORMS.cardTail}的银行卡余额充足。`),
  lender('2024-12-12 20:32', `${FORMS.nameMasked}，今日从您尾号${FORMS.cardTail}的银行卡扣款失败（余额不足），为避免逾期，请于今日24:00前通过速借宝App主动还款。`),
  lender('2024-12-13 09:18', `${FORMS.nameMasked}，您的借款已逾期1天，应还金额${debt}，逾期将按日收取罚息并影响个人征信，请尽快还款。`),
  lender('2024-12-20 10:40', `${FORMS.nameMasked}，您的借款已逾期8天，应还金额${debt}（罚息另计），逾期信息将依法报送征信系统，请尽快登录速借宝App还款。`),
  lender('2025-01-08 10:05', `${FORMS.nameMasked}（身份证尾号${FORMS.idTail}），您的借款已逾期27天，我司已按规定向金融信用信息基础数据库报送逾期信息。请尽快还款，客服热线${LINKS.lenderHotline}。`),
  lender('2025-01-14 15:20', `${FORMS.nameMasked}，因您的借款长期逾期，我司已委托合作催收机构与您联系。请注意核实对方身份，还款请认准速借宝App及本公司官方渠道，切勿向个人账户转账。`),
  lender('2025-03-18 16:02', `${FORMS.nameMasked}，您于2025年03月18日通过速借宝App还款¥3,456.20，借款已全部结清。感谢您的支持。`),
  lender('2025-03-19 10:00', '您的结清证明已开具，可在速借宝App“我的-借款记录”中下载。如有疑问请致电' + LINKS.lenderHotline + '。'),
];

/** Collectors' escalation: each text reveals one more thing they know. */
const COLLECTION_ESCALATION: PlotMessage[] = [
  inbound('2025-01-16 10:12', 'collectorA', 'collection', `${name}先生，您在速借宝的借款已逾期35天，欠款${debt}，现已转至我司贷后部处理。请于今日18:00前回电${cb}协商还款，或通过 ${link('Qm7x2')} 还款。`),
  inbound('2025-01-18 14:30', 'collectorA', 'collection', `${name}，您在速借宝的欠款${debt}仍未处理，我司将于近日向您户籍所在地法院提起诉讼，届时诉讼费、律师费均由您承担。处理请回电${cb}。`),
  inbound('2025-01-22 09:40', 'collectorD', 'collection', `${name}先生，您在速借宝借款已逾期41天，欠款${debt}，现已转至贷后部门处理，请今日18:00前回电${cb}协商，或通过${link('Vd8n5')}还款。`),
  inbound('2025-01-24 11:05', 'collectorB', 'collection', `${name}先生（身份证尾号${FORMS.idTail}），您在速借宝的借款已逾期43天，欠款${debt}，绑定还款卡${FORMS.cardMasked}多次扣款失败。今日不处理将再次上报征信，影响您及家人贷款、出行。回电${cb}。`),
  inbound('2025-02-05 15:48', 'collectorB', 'collection', `${name}，经核实您目前就职于${PROFILE.employer}，如今日18:00前仍不处理速借宝欠款${debt}，我们将联系贵单位人事部门协助催收，由此造成的影响自行承担。回电${cb}。`),
  inbound('2025-02-12 10:20', 'collectorB', 'collection', `${name}，你的速借宝欠款已逾期62天。我们将于明天联系你的父亲林建国、母亲王秀兰说明情况，请家人协助还款。不想让家人知道请立即回电${cb}。`),
  inbound('2025-02-13 16:05', 'collectorC', 'collection', `${name}，今天已电话联系你父亲林建国，他表示不知情。你的欠款${debt}已逾期63天，请不要让家人替你承担后果，立即回电${cb}，还款通道 ${link('Zp41c')}。`),
  inbound('2025-02-18 09:36', 'collectorC', 'collection', `${name}，身份证号${PROFILE.id_number}，你名下速借宝欠款${debt}已逾期68天，案件已进入诉前调解阶段，如继续拒不还款将申请将你列入失信被执行人名单，限制高消费及乘坐高铁飞机。回电${cb}。`),
  inbound('2025-02-24 20:15', 'collectorC', 'collection', `${name}，你一直拒接电话。我们已整理你的通讯录，包括林晓雨、周明等联系人，明天起将逐一发送催收函告知你欠款不还的情况。最后机会：今晚22点前回电${cb}或通过 ${link('Lw93k')} 还款。`),
  inbound('2025-03-03 11:30', 'collectorC', 'collection', `${name}，速借宝欠款${debt}已逾期81天。我司将于3月8日（周六）安排外访人员上门至${PROFILE.address}核实情况，并与你所在社区、物业沟通。如需撤销外访请立即回电${cb}。`),
  inbound('2025-03-21 10:02', 'collectorC', 'collection', `${name}，速借宝案件最后通知：请于今日处理欠款，否则明日起正式进入法律程序。回电${cb}。`),
  reply('2025-01-16 10:41', 'collectorA', 'collection', '我知道了，最近家里有人住院手头紧，下个月发工资一定还。'),
  reply('2025-02-13 20:02', 'collectorC', 'collection', '欠的钱我会还，请不要再打我父母电话，他们年纪大了。'),
  reply('2025-03-12 21:10', 'collectorA', 'collection', '我已经在速借宝App申请还款了，18号前还清，请你们不要再骚扰我的家人和同事。'),
  reply('2025-03-22 09:15', 'collectorC', 'collection', '借款已于3月18日全部结清，有平台结清证明，请删除我的信息，再骚扰我将报警。'),
];

/** Someone else's debt: the user is 周明's emergency contact on 闪电花. */
const CONTACT_COLLECTION: PlotMessage[] = [
  inbound('2024-11-05 14:22', 'shandianA', 'contact_collection', `您好，周明在闪电花的借款已逾期，他留的紧急联系人是您，请转告其尽快还款，回电${LINKS.shandianCallback}。`),
  inbound('2024-11-08 10:47', 'shandianA', 'contact_collection', `${name}先生，周明（身份证${COLLEAGUE_ID_NUMBER}）在闪电花平台的借款已逾期12天，其预留紧急联系人电话${PROFILE.phones[0]}为您本人。请您转告他今日内处理，否则我们将按流程联系其单位及其他联系人。回电${LINKS.shandianCallback}。`),
  reply('2024-11-08 11:02', 'shandianA', 'contact_collection', '我和周明只是同事，他的事我不清楚，请不要再联系我。'),
  inbound('2024-11-20 19:05', 'shandianB', 'contact_collection', `你好，我是闪电花贷后专员，周明的借款仍未处理，你作为他的紧急联系人请务必转告，否则后续外访时也会到你单位了解情况。回电${LINKS.shandianCallback}。`),
  inbound('2024-12-03 09:50', 'shandianB', 'contact_collection', `周明在闪电花的欠款已进入委外阶段，请转告其尽快联系${LINKS.shandianCallback}处理，谢谢配合。`),
];

/** The scam ring and the fake courier: partial knowledge, a link and a private contact. */
const SCAMS: PlotMessage[] = [
  inbound('2024-05-14 18:26', 'fakeCourier', 'scam', `【顺丰速运】林先生您好，您的快件因收件地址“${PROFILE.address}”门牌信息不全无法派送，请于24小时内点击 ${LINKS.courierDomain}/u 更新地址，逾期将退回。`),
  inbound('2024-08-20 19:42', 'fakeCreditCentre', 'scam', `【征信中心】${name}您好，系统检测到您（身份证${FORMS.idMasked}）名下存在大学期间开通的校园贷账户未注销，根据监管要求需在48小时内注销，否则将影响个人征信。办理请登录 http://${ring('zx')} 或添加专员QQ ${LINKS.ringQq}。`),
  inbound('2025-01-20 14:08', 'fakePlatform', 'scam', `【速借宝】${name}您好，您的借款已逾期，现可申请减免罚息、协商分期还款，名额有限，请登录 ${ring('jm')} 或联系客服QQ ${LINKS.ringQq} 办理。`),
  inbound('2025-02-06 10:33', 'fakeRegulator', 'scam', `${name}您好，我是金融监管局工作人员。经查您（身份证${FORMS.idMasked}）名下速借宝账户涉嫌违规放贷，需将尾号${FORMS.cardTail}银行卡内资金转入监管安全账户核验，核验后全额退还。请立即添加QQ ${LINKS.ringQq} 办理，逾期将冻结您的银行账户。`),
  inbound('2025-02-26 15:30', 'fakeLender', 'scam', `【青禾消费金融】${FORMS.nameMasked}您好，您的逾期借款符合“停息挂账”政策，可免除全部罚息，仅需缴纳服务费，详询专员QQ ${LINKS.ringQq}，或登录 ${ring('tx')} 。`),
  inbound('2025-04-10 16:20', 'fakeRepair', 'scam', `${name}您好，我们是专业征信修复机构，可帮您删除速借宝等平台的逾期记录，成功后再收费。身份证${FORMS.idMasked}的征信报告经初步评估可修复，详询QQ ${LINKS.ringQq}，了解更多 ${ring('xf')}`),
  inbound('2025-06-18 11:05', 'fakeCreditCentre', 'scam', `【征信中心】${name}，您名下学生贷账户仍未注销，根据《征信业管理条例》，今日为最后处理期限，逾期将永久影响您的征信。注销请登录 ${ring('zx2')} 或联系QQ ${LINKS.ringQq}。`),
  inbound('2025-08-27 20:12', 'fakeRepair', 'scam', `林先生，您的速借宝逾期记录已满足修复条件，本月名额仅剩3个，加QQ${LINKS.ringQq}咨询，修复不成功不收费。`),
  inbound('2025-11-04 13:45', 'fakePlatform', 'scam', `【速借宝】尊敬的${name}，您的账户因存在逾期记录已被限制，现开放“信用恢复”通道，登录 https://${ring('hf')} 上传身份证照片即可恢复额度。`),
];

/** Public bodies reacting: anti-fraud warnings and the user's 12345 complaint. */
const AUTHORITIES: PlotMessage[] = [
  inbound('2024-08-21 10:15', 'antiFraud', 'government', '【国家反诈中心】您好，近期冒充“征信中心”以“注销校园贷账户”“征信修复”为由的诈骗高发。征信中心不会通过短信要求注销账户或转账，请勿点击陌生链接、添加陌生QQ。'),
  inbound('2025-02-07 09:05', 'antiFraud', 'government', '【国家反诈中心】您好，您的号码近期收到疑似冒充“金融监管局”的诈骗信息。公检法及金融监管部门不存在“安全账户”，任何要求转账核验的均为诈骗，如有疑问请拨打96110。'),
  inbound('2025-02-20 10:30', 'hotline12345', 'government', '【南京12345】您于2月19日反映的“网贷催收人员频繁电话骚扰本人及家属”问题（工单号NJ250219004731）已转交相关部门办理，办理结果将在5个工作日内回复。'),
  inbound('2025-02-27 16:10', 'hotline12345', 'government', '【南京12345】您反映的问题（工单号NJ250219004731）已办结：承办单位已将线索转交属地公安机关及金融监管部门处理。请对本次服务进行评价，回复1满意、2基本满意、3不满意。'),
  reply('2025-02-27 16:31', 'hotline12345', 'government', '1'),
];

/** The family side of the story: the father's surgery, the calls the parents got. */
const FAMILY: PlotMessage[] = [
  inbound('2024-11-16 07:02', 'mother', 'personal', '晓峰，你爸昨晚胸口疼送医院了，医生说要做支架手术，你别太着急。'),
  reply('2024-11-16 07:05', 'mother', 'personal', '我今天就回去，在哪个医院？'),
  inbound('2024-11-16 07:09', 'mother', 'personal', '市中心医院心内科，12楼。路上慢点。'),
  reply('2024-11-18 13:24', 'mother', 'personal', '妈，钱转你卡上了，先交手术费，不够再跟我说。'),
  inbound('2024-11-18 13:40', 'mother', 'personal', '收到了，你自己也留点钱吃饭。'),
  inbound('2024-11-22 18:15', 'mother', 'personal', '手术很顺利，你爸今天能下床走几步了。'),
  reply('2024-11-22 18:20', 'mother', 'personal', '太好了👍 让他多休息'),
  inbound('2024-12-09 19:48', 'mother', 'personal', '出院结账了，医保报完还差一些，我先凑凑。'),
  reply('2024-12-09 20:12', 'mother', 'personal', '不用凑，我刚转过去了。'),
  inbound('2025-01-06 20:30', 'father', 'personal', '钱的事别操心，我这边恢复得挺好。你自己在南京注意身体。'),
  inbound('2025-02-05 16:40', 'colleague', 'personal', '刚才前台说有人打电话到公司找你，说是什么催收的，让你回电话，你没事吧？'),
  reply('2025-02-05 16:52', 'colleague', 'personal', '没事，一笔小钱，我这两天处理，谢谢提醒。'),
  inbound('2025-02-13 19:20', 'mother', 'personal', '今天有人打电话给你爸，说你欠网贷不还，要我们替你还，这是怎么回事？'),
  reply('2025-02-13 19:31', 'mother', 'personal', '妈，是之前借的一笔小钱，我会处理的。那些人再打来你们直接挂掉，别给任何人转钱。'),
  inbound('2025-02-13 19:36', 'mother', 'personal', '好。你爸血压又上来了，你赶紧处理掉。'),
  inbound('2025-02-25 12:05', 'sister', 'personal', '哥，有陌生号码给我发短信说你欠钱不还，还说要发给你所有联系人，你没事吧？'),
  reply('2025-02-25 12:11', 'sister', 'personal', '没事，别理他们，也别回。我下个月就还清了。'),
  reply('2025-03-18 16:20', 'mother', 'personal', '妈，那笔钱今天已经还清了，结清证明也拿到了，放心。'),
  inbound('2025-03-18 16:35', 'mother', 'personal', '那就好，以后别在网上借钱了，缺钱跟家里说。'),
  inbound('2024-11-09 09:12', 'colleague', 'personal', '晓峰，不好意思，我之前在闪电花借钱时紧急联系人填了你，他们是不是找你了？我这周就还上，真的抱歉🙏'),
  reply('2024-11-09 09:20', 'colleague', 'personal', '没事，赶紧处理掉吧。'),
  inbound('2024-12-06 12:31', 'colleague', 'personal', '闪电花那边我已经还清了，应该不会再打扰你了，改天请你吃饭😂'),
];

export const PLOT_MESSAGES: PlotMessage[] = [...LENDER_STREAM, ...COLLECTION_ESCALATION, ...CONTACT_COLLECTION, ...SCAMS, ...AUTHORITIES, ...FAMILY];

/** Verification codes of the 速借宝 app itself: applying, signing, repaying. */
export const PLATFORM_CODES: { at: string; purpose: string }[] = [
  { at: '2024-06-12 14:21', purpose: '您正在申请借款' },
  { at: '2024-06-12 14:33', purpose: '您正在签署借款合同' },
  { at: '2025-03-18 15:50', purpose: '您正在登录速借宝' },
  { at: '2025-03-18 15:55', purpose: '您正在进行还款操作' },
];

/**
 * Movements on the user's CMB card that belong to the story. `leaveAbout` sizes a transfer
 * from the balance at that moment, so the card is nearly empty on the loan's due date.
 */
export type PlotBankEvent =
  | { at: string; kind: 'loan_in'; amount: number }
  | { at: string; kind: 'transfer_out'; fractionOfBalance: number }
  | { at: string; kind: 'transfer_out'; leaveAbout: number }
  | { at: string; kind: 'transfer_out'; amount: number }
  | { at: string; kind: 'debit_failed'; amount: number }
  | { at: string; kind: 'repayment'; amount: number };

export const PLOT_BANK_EVENTS: PlotBankEvent[] = [
  { at: '2024-06-12 14:36', kind: 'loan_in', amount: 3000 },
  { at: '2024-11-18 13:20', kind: 'transfer_out', fractionOfBalance: 0.4 },
  { at: '2024-12-09 20:10', kind: 'transfer_out', leaveAbout: 600 },
  { at: '2024-12-12 20:30', kind: 'debit_failed', amount: 3280.5 },
  { at: '2025-01-05 11:20', kind: 'transfer_out', fractionOfBalance: 0.6 },
  { at: '2025-03-18 15:56', kind: 'repayment', amount: 3456.2 },
];

/** Train tickets (12306 names the passenger in full). `bought` is when the text arrives. */
export const TRAIN_TICKETS: { bought: string; travel: string; train: string; from: string; departs: string }[] = [
  { bought: '2024-01-24 12:16', travel: '2024-02-08', train: 'G1238', from: '南京南', departs: '09:12' },
  { bought: '2024-01-24 12:19', travel: '2024-02-17', train: 'G1247', from: '徐州东', departs: '15:40' },
  { bought: '2024-03-20 21:05', travel: '2024-04-04', train: 'G7188', from: '南京南', departs: '18:30' },
  { bought: '2024-03-20 21:08', travel: '2024-04-06', train: 'G7191', from: '徐州东', departs: '16:05' },
  { bought: '2024-09-14 20:40', travel: '2024-09-30', train: 'G1238', from: '南京南', departs: '09:12' },
  { bought: '2024-09-14 20:44', travel: '2024-10-06', train: 'G1251', from: '徐州东', departs: '17:22' },
  { bought: '2024-11-16 07:18', travel: '2024-11-16', train: 'G1226', from: '南京南', departs: '08:47' },
  { bought: '2024-11-17 16:02', travel: '2024-11-17', train: 'G7195', from: '徐州东', departs: '19:36' },
  { bought: '2025-01-12 08:31', travel: '2025-01-27', train: 'G1238', from: '南京南', departs: '09:12' },
  { bought: '2025-01-12 08:35', travel: '2025-02-04', train: 'G1247', from: '徐州东', departs: '15:40' },
  { bought: '2025-03-19 22:10', travel: '2025-04-04', train: 'G7188', from: '南京南', departs: '18:30' },
  { bought: '2025-03-19 22:14', travel: '2025-04-06', train: 'G7191', from: '徐州东', departs: '16:05' },
  { bought: '2025-09-13 19:52', travel: '2025-09-30', train: 'G1238', from: '南京南', departs: '09:12' },
  { bought: '2025-09-13 19:57', travel: '2025-10-07', train: 'G1251', from: '徐州东', departs: '17:22' },
];
