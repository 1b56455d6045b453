// SPDX-License-Identifier: MIT
// Where advice sends the user: channels Leakline knows from the bodies' own publications, written
// here once. Advice never offers a number or link read from a message, since a scam text prints
// its own "hotline"; a lender's number is offered only when Leakline's institution list has it.
import type { OfficialChannel } from '../model/advice';
import { INSTITUTIONS } from '../classify/lexicon-institutions';

export const CHANNELS = {
  /** Credit Reference Center of the People's Bank of China: the only source of one's credit report. */
  creditCentreWeb: { name: '中国人民银行征信中心 Credit Reference Center (PBOC)', contact: 'www.pbccrc.org.cn', purpose: 'verify' },
  creditCentrePhone: { name: '中国人民银行征信中心 Credit Reference Center (PBOC)', contact: '400-810-8866', purpose: 'verify' },
  /** The carriers' joint spam and fraud reporting centre. */
  spamWeb: { name: '12321 网络不良与垃圾信息举报受理中心 spam reporting centre', contact: 'www.12321.cn', purpose: 'report' },
  spamSms: { name: '12321 短信举报 (forward the text to 12321)', contact: '12321', purpose: 'report' },
  police: { name: '公安机关 Police', contact: '110', purpose: 'report' },
  /** The anti-fraud centre's warning line; it also prints in its own warnings (96110). */
  antiFraud: { name: '国家反诈中心 预警劝阻专线 anti-fraud hotline', contact: '96110', purpose: 'report' },
  /** Complaints about banks', consumer-finance companies' and their agents' conduct. */
  financialRegulator: { name: '国家金融监督管理总局 金融消费者投诉热线 financial consumer complaints', contact: '12378', purpose: 'report' },
} as const satisfies Record<string, OfficialChannel>;

/** Every number Leakline's institution list knows as an institution's own (banks, carriers, authorities). */
export const INSTITUTION_NUMBERS: ReadonlySet<string> = new Set(INSTITUTIONS.flatMap((i) => i.numbers));

/** Numbers of public bodies (110, 12345, 12381 …): they report on debts and scams, never collect. */
export const AUTHORITY_NUMBERS: ReadonlySet<string> = new Set(INSTITUTIONS.filter((i) => i.kind === 'authority').flatMap((i) => i.numbers));

/**
 * The published customer-service number of a lender or platform the messages name, when the
 * institution list has one (支付宝 → 95188); null for lenders Leakline does not know.
 */
export function lenderServiceChannel(name: string): OfficialChannel | null {
  for (const inst of INSTITUTIONS) {
    if (inst.kind === 'authority' || inst.kind === 'carrier' || inst.numbers.length === 0) continue;
    if (!new RegExp(`^(?:${inst.names})$`).test(name)) continue;
    return { name: `${name} 官方客服 official customer service`, contact: inst.numbers[0]!, purpose: 'verify' };
  }
  return null;
}
