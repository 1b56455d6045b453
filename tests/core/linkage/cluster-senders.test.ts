// SPDX-License-Identifier: MIT
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../src-main/core/db/open';
import { normalizeAddress } from '../../../src-main/core/senders/normalize-address';
import type { Category } from '../../../src-main/core/model/analysis';
import { refreshLinkage } from '../../../src-main/core/linkage/refresh-linkage';
import { senderClusters } from '../../../src-main/core/linkage/cluster-store';
import { MAX_SHARING_SENDERS } from '../../../src-main/core/linkage/cluster-senders';

let db: Database;
let nextMessage = 1;
beforeEach(() => {
  db = openDatabase(':memory:', { key: null });
  db.prepare("INSERT INTO sources (id, path, file_name, size, sha256, format, imported_at) VALUES (1, 'x', 'x.xml', 0, '', 'sbr-xml', 0)").run();
  nextMessage = 1;
});
afterEach(() => db.close());

function senderId(raw: string): number {
  const { address, kind } = normalizeAddress(raw);
  db.prepare('INSERT OR IGNORE INTO senders (address, raw, kind) VALUES (?, ?, ?)').run(address, raw, kind);
  return db.prepare('SELECT id FROM senders WHERE address = ?').pluck().get(address) as number;
}

/** An incoming text, analysed with the given category (no evidence: linkage runs the detector itself). */
function text(from: string, body: string, category: Category = 'debt_collection'): number {
  const id = nextMessage++;
  db.prepare(`INSERT INTO messages (id, source_id, sender_id, sender_raw, kind, direction, box, time, body, dedupe_key)
    VALUES (?, 1, ?, ?, 'sms', 'in', 'inbox', ?, ?, ?)`).run(id, senderId(from), from, 1_700_000_000_000 + id * 60_000, body, `k${id}`);
  db.prepare('INSERT INTO analysis (message_id, category, category_source, risk, signal_bits_a, signal_bits_b, basis) VALUES (?, ?, ?, 0.9, 0, 0, 7)').run(id, category, 'rules');
  return id;
}

const clusters = () => {
  refreshLinkage(db);
  return senderClusters(db);
};

describe('clustering senders', () => {
  it('links senders sharing a callback number, with the smallest sender id as the cluster id', () => {
    text('17150832216', '王先生，您在花花贷的借款已逾期35天，请今日回电0755-86302217处理。');
    text('16521907783', '你的欠款再不处理我们将联系你的家人，最后机会，回电0755-86302217。');
    const [c, ...rest] = clusters();
    expect(rest).toEqual([]);
    expect(c!.id).toBe(1);
    expect(c!.senders).toEqual(['17150832216', '16521907783']);
    expect(c!.reasons).toEqual([{ kind: 'callback', value: '075586302217', senders: ['17150832216', '16521907783'], messageIds: [1, 2] }]);
  });

  it('links nothing through a value an official gateway also prints', () => {
    text('1069025571888', '【青禾消费金融】您的借款已逾期1天，请尽快还款，客服热线0755-86302217。', 'notice');
    text('17150832216', '王先生，您在花花贷的借款已逾期35天，请今日回电0755-86302217处理。');
    text('16521907783', '你的欠款再不处理我们将联系你的家人，最后机会，回电0755-86302217。');
    expect(clusters()).toEqual([]);
  });

  it('treats a 106 gateway that sends fraud as one of the senders, not as an official channel', () => {
    text('10655119023587', '【征信中心】您名下校园贷账户未注销，办理请添加专员QQ 2837465192。', 'fraud');
    text('16533904721', '我是金融监管局工作人员，需将资金转入安全账户核验，请立即添加QQ 2837465192 办理。', 'fraud');
    expect(clusters().map((c) => c.senders)).toEqual([['10655119023587', '16533904721']]);
  });

  it(`links nothing through a value shared by more than ${MAX_SHARING_SENDERS} senders`, () => {
    for (let i = 0; i <= MAX_SHARING_SENDERS; i++) text(`1710000${String(i).padStart(4, '0')}`, `第${i}条：您的快递异常，请登录 kuaidi-fix.top/a${i} 处理。`, 'fraud');
    expect(clusters()).toEqual([]);
  });

  it('does not link on a platform name alone, but lists it inside a cluster linked otherwise', () => {
    text('17150832216', '您在花花贷的借款已逾期，请尽快处理，否则后果自负。');
    text('16521907783', '你在花花贷的欠款已移交贷后部门，逾期将上门。');
    expect(clusters()).toEqual([]);
    text('17150832216', '还款请登录 hhd-pay.top/r/a1 处理。');
    text('16521907783', '最后通知，立即通过 hhd-pay.top/r/b2 还款。');
    const [c] = clusters();
    expect(c!.reasons.map((r) => [r.kind, r.value])).toEqual([
      ['domain', 'hhd-pay.top'],
      ['platform', '花花贷'],
    ]);
  });

  it('links on an unknown signature but not on a well-known institution’s', () => {
    text('17150832216', '【工商银行】您的账户存在异常，请及时处理以免冻结。', 'fraud');
    text('16521907783', '【工商银行】尊敬的客户，您的积分即将清零，请尽快兑换。', 'fraud');
    expect(clusters()).toEqual([]);
    text('17130465198', '【贷后管理中心】你的案件已进入诉前阶段，请立即处理。');
    text('17089254473', '【贷后管理中心】通知：请今日内主动联系处理欠款。');
    expect(clusters().map((c) => [c.senders, c.reasons.map((r) => r.kind)])).toEqual([[['17130465198', '17089254473'], ['signature']]]);
  });

  it('keeps a relative who forwards a collector’s text out of the cluster', () => {
    text('13852061934', '儿子，今天你爸打麻将赢了，晚上回来吃饭吗？', 'personal');
    text('13852061934', '在家呢，你忙完打电话给我。', 'personal');
    text('13852061934', '有人发短信给我说你欠钱：回电0755-86302217，怎么回事？', 'debt_collection');
    text('17150832216', '王先生，您在花花贷的借款已逾期35天，请今日回电0755-86302217处理。');
    text('16521907783', '你的欠款再不处理我们将联系你的家人，最后机会，回电0755-86302217。');
    expect(clusters().map((c) => c.senders)).toEqual([['17150832216', '16521907783']]);
  });

  it('links two rotating numbers sending one script with other names and figures', () => {
    text('17150832216', '林晓峰先生，您在速借宝的借款已逾期61天，欠款¥3,280.50，请今天内主动联系处理，我司将按流程升级处理。');
    text('16521907783', '您好王建华，您在速借宝的借款已逾期66天，欠款¥8,000.00，请今天内主动联系处理，我司将按流程升级处理。');
    const [c] = clusters();
    expect(c!.reasons.map((r) => r.kind)).toContain('template');
    expect(c!.reasons.find((r) => r.kind === 'template')!.value).toBe('您在速借宝的借款已逾期#天，欠款〔金额〕，请今天内主动联系处理，我司将按流程升级处理。');
  });

  it('does not link short everyday texts that happen to read alike', () => {
    text('17150832216', '好的，收到，谢谢您。', 'other');
    text('16521907783', '好的，收到，谢谢您。', 'other');
    expect(clusters()).toEqual([]);
  });
});
