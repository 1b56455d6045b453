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

export function requestSignals(text: string, zh: boolean, sink: SignalSink): void {
  scanInto(sink, 'transfer_request', zh ? TRANSFER_ZH : TRANSFER_EN, text);
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
