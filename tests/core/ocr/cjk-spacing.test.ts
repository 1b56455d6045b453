// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinCjkSpaces } from '../../../src-main/core/ocr/cjk-spacing';

const withoutSpaces = (s: string) => s.replace(/[^\S\r\n\u2028\u2029]/g, '');
const lineCount = (s: string) => s.split(/\r\n|\n|\r|\u2028|\u2029/).length;

describe('joinCjkSpaces: Chinese text', () => {
  it('removes the spaces tesseract puts between Chinese characters', () => {
    expect(joinCjkSpaces('您 的 借 款 已 逾 期 ， 请 尽 快 还 款 。')).toBe('您的借款已逾期，请尽快还款。');
  });

  it('joins a number OCR split from itself and its unit', () => {
    expect(joinCjkSpaces('您 的 借 款 已 逾 期 3 5 天')).toBe('您的借款已逾期35天');
    expect(joinCjkSpaces('逾期 35 天')).toBe('逾期35天');
    expect(joinCjkSpaces('第 1 2 期 账 单')).toBe('第12期账单');
  });

  it('joins a verification code split into single digits', () => {
    expect(joinCjkSpaces('【 京 东 】 验 证 码 1 2 3 4 5 6 ， 5 分 钟 内 有 效 。')).toBe('【京东】验证码123456，5分钟内有效。');
  });

  it('reads ASCII punctuation after a Chinese character as Chinese punctuation', () => {
    expect(joinCjkSpaces('您的验证码是: 1 2 3 4')).toBe('您的验证码是:1234');
    expect(joinCjkSpaces('请 还 款 ! 谢 谢')).toBe('请还款!谢谢');
    expect(joinCjkSpaces('( 含 利 息 ) 共 计 5 0 0 0 元')).toBe('(含利息)共计5000元');
  });

  it('removes spaces inside full-width brackets and next to full-width punctuation', () => {
    expect(joinCjkSpaces('【 招 商 银 行 】 尊 敬 的 客 户 ： 您 尾 号 8 8 9 9 的 卡')).toBe('【招商银行】尊敬的客户：您尾号8899的卡');
    expect(joinCjkSpaces('《 iPhone 15 用 户 协 议 》')).toBe('《iPhone 15 用户协议》');
    expect(joinCjkSpaces('￥ 5 0 0 元')).toBe('￥500元');
  });

  it('joins curly quotes and middle dots to the Chinese beside them', () => {
    expect(joinCjkSpaces('已 被 列 入 “ 失 信 ” 名 单')).toBe('已被列入“失信”名单');
    expect(joinCjkSpaces('阿 依 古 丽 · 买 买 提')).toBe('阿依古丽·买买提');
  });

  it('closes a decimal point or clock colon OCR spaced out in a Chinese line', () => {
    expect(joinCjkSpaces('应 还 金 额 5000 . 00 元')).toBe('应还金额5000.00元');
    expect(joinCjkSpaces('请 于 今 日 1 8 : 0 0 前 还 款')).toBe('请于今日18:00前还款');
    expect(joinCjkSpaces('下午 1 : 09')).toBe('下午1:09');
  });

  it('joins full-width digits and letters like Chinese characters', () => {
    expect(joinCjkSpaces('尾 号 １ ２ ３ ４')).toBe('尾号１２３４');
  });

  it('handles characters outside the BMP as Chinese characters', () => {
    expect(joinCjkSpaces('𠮷 野 家')).toBe('𠮷野家');
  });
});

describe('joinCjkSpaces: spaces that carry meaning', () => {
  it('keeps English text as it is', () => {
    const text = 'Your loan is 35 days overdue. Reply STOP to opt out.';
    expect(joinCjkSpaces(text)).toBe(text);
  });

  it('keeps a space inside a URL, which may separate two tokens', () => {
    expect(joinCjkSpaces('https://t.cn/A6x Q2b')).toBe('https://t.cn/A6x Q2b');
  });

  it('keeps card and phone numbers in their printed groups, in English and in Chinese', () => {
    expect(joinCjkSpaces('Card 6222 0212 3456 7890')).toBe('Card 6222 0212 3456 7890');
    expect(joinCjkSpaces('卡 号 6222 0212 3456 7890 的 卡')).toBe('卡号6222 0212 3456 7890的卡');
    expect(joinCjkSpaces('请 拨 打 138 0013 8000')).toBe('请拨打138 0013 8000');
  });

  it('keeps single digits spaced apart in English, where they may be a list', () => {
    expect(joinCjkSpaces('Press 1 2 or 3')).toBe('Press 1 2 or 3');
    expect(joinCjkSpaces('1 2 3 4')).toBe('1 2 3 4');
  });

  it('keeps one space between a Latin word and Chinese', () => {
    expect(joinCjkSpaces('iPhone 手 机')).toBe('iPhone 手机');
    expect(joinCjkSpaces('点 击 https://t.cn/A6xQ2b 查 询')).toBe('点击 https://t.cn/A6xQ2b 查询');
    expect(joinCjkSpaces('回 复 T 退 订')).toBe('回复 T 退订');
  });

  it('keeps the space after a number that belongs to a Latin word', () => {
    expect(joinCjkSpaces('iPhone 15 手 机')).toBe('iPhone 15 手机');
    expect(joinCjkSpaces('RMB 500 元')).toBe('RMB 500 元');
    expect(joinCjkSpaces('验 证 码 A8B9 ， 请 勿 泄 露')).toBe('验证码 A8B9，请勿泄露');
  });

  it('keeps Korean word spacing', () => {
    expect(joinCjkSpaces('인증 번호 입니다')).toBe('인증 번호 입니다');
  });
});

describe('joinCjkSpaces: lines and runs', () => {
  it('collapses runs of spaces and tabs, trims each line and keeps the line breaks', () => {
    expect(joinCjkSpaces('  Dear   customer,\t\tyour\n  您 好  \r\n\r\n  bill  ')).toBe('Dear customer, your\n您好\r\n\r\nbill');
  });

  it('leaves text without spaces untouched', () => {
    expect(joinCjkSpaces('您的借款已逾期35天')).toBe('您的借款已逾期35天');
    expect(joinCjkSpaces('')).toBe('');
  });
});

describe('joinCjkSpaces: properties', () => {
  const pieces = ['您', '的', '借', '款', '逾', '期', '天', '元', '，', '。', '【', '】', '：', '“', '”', '·', '１', 'Ａ', '𠮷',
    '0', '1', '7', '35', '6222', '.', ':', ',', '!', '(', ')', 'a', 'iPhone', 'https://t.cn/A6x', 'Q2b', '¥', '😀', '인증',
    ' ', ' ', ' ', '  ', '\t', '\u3000', '\u00a0', '\n', '\r\n', '\ud800'];
  const ocrText = fc.oneof(fc.string({ maxLength: 60 }), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')));

  it('never throws and only ever removes whitespace other than line breaks', () => {
    fc.assert(
      fc.property(ocrText, (text) => {
        const out = joinCjkSpaces(text);
        expect(withoutSpaces(out)).toBe(withoutSpaces(text));
        expect(lineCount(out)).toBe(lineCount(text));
        expect(out.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(ocrText, (text) => {
        const once = joinCjkSpaces(text);
        expect(joinCjkSpaces(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves no double spaces and no spaces at the ends of a line', () => {
    fc.assert(
      fc.property(ocrText, (text) => {
        for (const line of joinCjkSpaces(text).split(/\r\n|\n|\r|\u2028|\u2029/)) {
          expect(line).not.toMatch(/\s\s|^\s|\s$/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves single-spaced Latin words unchanged', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9:/.,!?-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), (words) => {
        const text = words.join(' ');
        expect(joinCjkSpaces(text)).toBe(text);
      }),
    );
  });

  it('removes every space between Chinese characters', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => String.fromCodePoint(cp));
    fc.assert(
      fc.property(fc.array(han, { minLength: 1, maxLength: 20 }), fc.constantFrom(' ', '  ', ' \t '), (chars, gap) => {
        expect(joinCjkSpaces(chars.join(gap))).toBe(chars.join(''));
      }),
    );
  });
});
