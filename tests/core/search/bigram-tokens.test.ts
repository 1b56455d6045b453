// SPDX-License-Identifier: MIT
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { indexTokens, matchExpression } from '../../../src-main/core/search/bigram-tokens';

function searchable(bodies: string[]): (query: string) => number[] {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE f USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61', prefix='1')");
  const insert = db.prepare('INSERT INTO f (rowid, tokens) VALUES (?, ?)');
  bodies.forEach((b, i) => insert.run(i + 1, indexTokens(b)));
  return (query) => {
    const match = matchExpression(query);
    if (match === null) return [];
    return (db.prepare('SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid').all(match) as { rowid: number }[]).map((r) => r.rowid);
  };
}

/** The answer the index must give: plain substring search, case-insensitive, ignoring punctuation runs. */
function substringAnswer(bodies: string[], query: string): number[] {
  return bodies.flatMap((b, i) => (b.toLowerCase().includes(query.toLowerCase()) ? [i + 1] : []));
}

const BODIES = [
  '【XX金融】尊敬的张伟先生，您身份证尾号1234的借款已逾期35天，否则将上报征信并起诉',
  '【工商银行】您尾号8848的卡12:30支出人民币500.00元',
  '您的验证码是 482913，5分钟内有效。',
  'Your OTP is 7731. Do not share it.',
  '已经逾期',
  '贷',
  '明天一起吃饭吗',
];

describe('bigram search tokens', () => {
  it('writes overlapping bigrams and each run’s last character', () => {
    expect(indexTokens('逾期35天')).toBe('逾期 期3 35 5天 天');
    expect(indexTokens('a, 贷')).toBe('a 贷');
  });

  it.each(['逾期', '贷', '银', '期', '逾期35天', '尾号8848', 'otp', 'OTP', '12:30', '2:3', '8848', '征信并起诉', '饭'])(
    'finds exactly the messages containing %s',
    (query) => {
      expect(searchable(BODIES)(query)).toEqual(substringAnswer(BODIES, query));
    },
  );

  it('has no expression for a query without letters or digits (the caller scans instead)', () => {
    expect(matchExpression('，。!')).toBeNull();
  });

  it('quotes every token so that FTS5 syntax in a query is inert', () => {
    const search = searchable(BODIES);
    expect(() => search('NOT AND OR NEAR')).not.toThrow();
    expect(search('"逾期"*')).toEqual(search('逾期'));
  });
});
