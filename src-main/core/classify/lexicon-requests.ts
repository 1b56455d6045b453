// SPDX-License-Identifier: MIT
// What a message asks the reader to do that only a scam asks: move money to an account it names,
// share a screen, read out a code or a password. Written as requests (请/把/立即 … 转账), not
// as words, so that a bank's own "转账支出 500 元" notice does not count as asking.
// "请勿向任何人提供验证码" is the opposite of a request; request-signals.ts drops matches with a
// negation just before them (a lookbehind here would be tried at every position, and is slow).
export const NEGATED_BEFORE = /(?:勿|别|莫|不要|不得|不能|不会|不可|切勿|严禁|never|not|don't|do not)[^。！？\n]{0,8}$/i;

export const TRANSFER_ZH = new RegExp(
  '(?:请|需|需要|立即|马上|尽快|先|必须|务必|把|将|自行|速)[^。！？\\n]{0,12}?(?:转账|汇款|打款|转入|转至|转到|汇入|汇至|汇到|打到|打入|存入)' +
    '|(?:转账|汇款|打款|还款|还钱|付款|转)(?:到|至|给|进)(?:以下|下列|指定|我们|我司|本人|对公|个人|这个|此)' +
    '|(?:指定|以下|下列|对公|个人|监管|核查|验资|清查)(?:账户|帐户|账号|帐号|银行卡|卡号|收款码)' +
    '|(?:扫码|扫描二维码)(?:还款|付款|支付|转账)' +
    // An account number handed out with its holder's name: "pay into this card".
    '|(?:卡号|账号|帐号|账户|帐户)[:：]?\\s*[\\dxX*][\\dxX* ]{11,22}' +
    '|[\\dxX][\\dxX ]{14,22}[^。！？\\n\\d]{0,8}?(?:户名|姓名|户主|收款人)|(?:户名|姓名|户主|收款人)[:：]?[^。！？\\n\\d]{0,8}?[\\dxX][\\dxX ]{14,22}' +
    '|[\\dxX]{16,19}[^。！？\\n\\d]{0,8}?(?:银行|农行|工行|建行|中行|招行|交行|邮政|邮储|信用社|储蓄卡|信合)' +
    '|(?:银行|信用社|农行|工行|建行|中行|招行|交行|邮政|信合|储蓄)[^。！？\\n\\d]{0,6}?[\\dxX]{4}[\\dxX ]{11,22}',
  'g',
);
export const TRANSFER_EN =
  /\b(?:(?:transfer|wire|send|deposit)\s+(?:the\s+|your\s+)?(?:money|funds|payment|amount|\$|£|€)|(?:buy|purchase|send)\s+(?:\w+\s+)?gift\s?cards?|pay\s+(?:a|the|an)\s+(?:small\s+)?(?:fee|charge|customs|redelivery|release|processing))/gi;

export const SAFE_ACCOUNT = /安全账户|安全帐户|安全账号|(?:资金|国家)(?:核查|清查|监管|安全)账户|保护账户|safe account|secure account to protect/gi;

export const SCREEN_SHARE =
  /屏幕共享|共享屏幕|开启共享|腾讯会议|会议号|瞩目会议|向日葵(?:远程|app|APP|软件|客户端)|ToDesk|远程(?:协助|控制|操作)|screen ?shar(?:e|ing)|remote access|anydesk|teamviewer/gi;

export const CODE_REQUEST = new RegExp(
  `(?:提供|告诉|告知|发送|报给|报一下|念|发给|转发|回复|输入|填写|截图|读)[^。！？\\n]{0,8}?(?:验证码|校验码|动态码|短信码)` +
    '|(?:验证码|校验码|动态码)[^。！？\\n]{0,6}?(?:发给|告诉|报给|提供给|念给)(?:我|客服|工作人员|专员)' +
    "|\\b(?:send|give|tell|share|forward|read|reply with)\\s+(?:me|us)?\\s*(?:the|your|that)?\\s*(?:6[- ]digit\\s+)?(?:code|otp|verification code|pin)\\b",
  'gi',
);

export const PASSWORD_REQUEST = new RegExp(
  `(?:提供|告诉|输入|填写|核实|验证|确认|提交)[^。！？\\n]{0,8}?(?:密码|CVV|安全码|卡片有效期|网银口令)` +
    '|\\b(?:enter|confirm|verify|update|provide|re-?enter)\\s+your\\s+(?:password|pin|card details|cvv|billing (?:info|information|details)|bank details|login)',
  'gi',
);

export const APP_DOWNLOAD =
  /下载(?:并安装)?[^。！？\n]{0,6}?(?:app|APP|软件|客户端|应用|安装包)|安装[^。！？\n]{0,4}?(?:app|APP|软件)|\.apk\b|\bdownload (?:the |our )?app\b|\binstall (?:the |our )?app\b/gi;
