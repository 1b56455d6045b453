// SPDX-License-Identifier: MIT
// Collection texts in the styles they really come in (written for this test): the lender's own
// overdue notice, outsourced collectors, lawyers' letters, threats, texts to relatives and
// colleagues, and the relief and record-repair scams that ride on them; plus genuine notices that
// mention the same words. Each is judged through the whole analyzer, as the app runs it.
import { describe, expect, it } from 'vitest';
import { createMessageAnalyzer } from '../../../src-main/core/analysis/message-analyzer';

const CASES: [expected: string, sender: string, text: string][] = [
  ['debt_collection', '13612345678', '【还呗】尊敬的张伟，您的账单已逾期42天，欠款4,386.20元，我司已启动贷后风险排查流程，请于今日17点前还款，以免产生不良记录。'],
  ['debt_collection', '95188', '【借呗】您的借呗已逾期，为避免影响您的个人征信，请尽快登录支付宝还款。'],
  ['debt_collection', '17012345678', '张伟，你名下的网贷已逾期三个月，今天是最后期限，不处理明天直接立案，材料已准备好寄到你户籍地派出所。'],
  ['debt_collection', '02160001234', '您好，这里是XX律师事务所，受XX金融委托，就您拖欠的借款向您发出律师函，请于三日内联系处理，否则我所将依法向法院提起诉讼。'],
  ['debt_collection', '16512345678', '张伟你还要脸吗？欠钱不还，你的通讯录我们都有，今晚不还就给你全家和同事发你的欠款信息。'],
  ['debt_collection', '10690123456', '【分期乐】您本期账单3,120.00元已逾期5天，请尽快还款，逾期将产生罚息并上报人行征信。'],
  ['debt_collection', '13912345670', '张先生，您在美团借钱的欠款已转入我司外包催收，请今天下午三点前回电处理，过时将安排外访人员上门核实。'],
  ['debt_collection', '17100001111', '【法务部】张伟（身份证3201**********1234）拖欠借款一案已进入诉前调解阶段，请于24小时内与调解员联系，逾期视为放弃调解。'],
  ['contact_collection', '13712345678', '您好，您是张伟的紧急联系人，他在我平台的借款已逾期，联系不上本人，麻烦转告他尽快还款，谢谢。'],
  ['contact_collection', '16712345678', '李女士您好，您的儿子张伟拖欠我司欠款多日不还，请您作为家属督促其尽快处理，以免给家人带来不必要的麻烦。'],
  ['contact_collection', '17212345678', '你好，你的同事张伟在网贷欠款不还，留的是你的电话，请告知他今天必须处理，否则我们会联系你们公司领导。'],
  ['contact_collection', '13012345678', '打扰了，请问您认识张伟吗？他手机通讯录里有您，他的借款严重逾期，请通知他马上还款。'],
  ['fraud', '17512345678', '【银保监会】您好，您名下的学生贷款账户未注销，将影响您的征信，请添加专员微信zx12345办理注销。'],
  ['fraud', '16212345678', '张伟您好，您的逾期记录可以通过内部渠道消除，修复征信，成功后付费，详询QQ12345678。'],
  ['fraud', '13812340000', '【XX金融】您的逾期欠款可申请减免，需先缴纳500元手续费至指定账户6222021234567890128，户名王某。'],
  ['notice', '95555', '【招商银行】您尾号8848的信用卡本期账单已出，应还款金额2,350.00元，最后还款日10月18日。'],
  ['notice', '95588', '【工商银行】您尾号1234的卡于10月12日14:03支出(消费)128.00元，余额5,234.11元。'],
  ['notice', '10690000001', '【美团】您的美团借钱将于10月20日到期，应还2,000.00元，请确保还款账户余额充足。'],
];

describe('collection texts and their look-alikes', () => {
  const analyze = createMessageAnalyzer();
  it.each(CASES)('is %s: %s %s', (expected, sender, text) => {
    expect(analyze({ text, sender }).category).toBe(expected);
  });

  it('rates an overdue notice from the lender\'s own number far less risky than the same claim from a private mobile', () => {
    const text = '【还呗】尊敬的张伟，您的账单已逾期42天，欠款4,386.20元，请于今日17点前还款。';
    const official = analyze({ text: '【分期乐】您本期账单3,120.00元已逾期5天，请尽快还款，逾期将产生罚息并上报人行征信。', sender: '10690123456' });
    const stranger = analyze({ text, sender: '13612345678' });
    expect(official.risk).toBeLessThan(0.2);
    expect(stranger.risk).toBeGreaterThan(0.7);
    expect(stranger.signals.map((s) => s.code)).toContain('sender_mismatch');
  });
});
