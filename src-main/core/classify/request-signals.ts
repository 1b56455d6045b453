// SPDX-License-Identifier: MIT
// Emits the request signals: the asks that turn a message from annoying into dangerous.
import type { SignalCode } from '../model/analysis';
import { scanInto } from './pattern-scan';
import {
  APP_DOWNLOAD,
  CODE_REQUEST,
  NEGATED_BEFORE,
  PASSWORD_REQUEST,
  SAFE_ACCOUNT,
  SCREEN_SHARE,
  TRANSFER_EN,
  TRANSFER_ZH,
} from './lexicon-requests';
import type { SignalSink } from './signal-sink';

// A full card number with a bank or holder named anywhere in the text: banks only ever print the
// tail (尾号1234), so a whole number is given to be paid into — the "打到这个账户" text, often
// nothing else than the bank, the number and the holder's name. Separators and masked digits
// (6222-0212-…, xxxx.xxxx) are allowed inside the number.
const CARD_NUMBER = /(?<![\dxX])[\dxX](?:[-.:：、，, ]?[\dxX]){15,21}(?![\dxX])/g;
const BANK_WORD = /银行|銀行|農業|农业|农村信用|农行|工行|建行|中行|招行|交行|邮政|邮储|信用社|信用合作|农信|信合|农商|支行|分行|户名|开户|收款人|卡号|账号|帐号/;

// The same number with only a name or a word of checking around it ("请核对", "以这张卡为准",
// "少了一位应为…") is the same ask: nothing else is said because the reader is expected to pay.
const PAY_WORD = /打过来|打过去|转过来|打给我|核对|为准|少了一位|应为|打这(?:张|个)/;
const BARE_CARD_REST = 16;

function cardNumberGiven(text: string, sink: SignalSink): void {
  if (!/[\dxX]{4}/.test(text)) return;
  CARD_NUMBER.lastIndex = 0;
  const m = CARD_NUMBER.exec(text);
  CARD_NUMBER.lastIndex = 0;
  if (!m) return;
  const rest = text.length - m[0].length;
  if (BANK_WORD.test(text) || PAY_WORD.test(text) || rest <= BARE_CARD_REST) sink.add('transfer_request', m.index, m.index + m[0].length);
}

export function requestSignals(text: string, zh: boolean, sink: SignalSink): void {
  const transfers = scanInto(sink, 'transfer_request', zh ? TRANSFER_ZH : TRANSFER_EN, text);
  if (zh && transfers === 0) cardNumberGiven(text, sink);
  scanInto(sink, 'safe_account', SAFE_ACCOUNT, text);
  scanInto(sink, 'screen_share', SCREEN_SHARE, text);
  scanUnlessNegated(sink, 'code_request', CODE_REQUEST, text);
  scanUnlessNegated(sink, 'password_request', PASSWORD_REQUEST, text);
  scanInto(sink, 'app_download', APP_DOWNLOAD, text);
}

function scanUnlessNegated(sink: SignalSink, code: SignalCode, re: RegExp, text: string): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (!NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) sink.add(code, m.index, m.index + m[0].length);
  }
  re.lastIndex = 0;
}
