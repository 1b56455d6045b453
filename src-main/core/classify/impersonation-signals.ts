// SPDX-License-Identifier: MIT
// Impersonation read from the text alone, for when the sender's number is unknown (spoofed by a
// fake base station, or an export without numbers): a message that speaks for a bank, the police
// or a lender but wants to be answered on a private mobile, a WeChat, or through a disguised link
// is not from them — institutions answer on their own service numbers and domains.
import type { LinkFacts } from './link-signals';
import type { Claim, SenderFacts } from './sender-signals';
import type { SignalSink } from './signal-sink';

export function impersonationSignals(claim: Claim | null, sender: SenderFacts, links: LinkFacts, sink: SignalSink): void {
  if (!claim || sender.official || sender.mismatch) return;
  const { kind, numbers } = claim.inst;
  // Marketplaces and couriers host third-party shops and drivers who sign with the platform's
  // name and their own phone or WeChat; only their scripts (refund, prize) betray a scam.
  if (kind === 'platform' && numbers.length === 0) return;
  // Carriers' local halls and agents advertise with a mobile number; only a private chat account
  // is out of character for them.
  const privateChannel = sink.has('im_contact') || (kind !== 'carrier' && sink.has('private_callback'));
  // A collector for a lender may well call from a mobile; that is collection, judged elsewhere.
  if (kind === 'lender' && (sink.has('debt_overdue') || sink.has('repayment_reminder'))) return;
  // Carriers and shops also advertise through short links; only a private channel betrays them.
  const strictAboutLinks = kind === 'bank' || kind === 'authority' || kind === 'lender';
  const badLink = links.suspicious && (strictAboutLinks || sink.has('lookalike_domain') || sink.has('ip_link'));
  if (!privateChannel && !badLink) return;
  sink.add(kind === 'authority' ? 'impersonation_authority' : 'impersonation_bank', claim.start, claim.end);
}
