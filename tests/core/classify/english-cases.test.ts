// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../src-main/core/classify/classify-message';
import type { Category, PiiFinding, ProfileMention, SignalCode } from '../../../src-main/core/model/analysis';

const none = { pii: [] as PiiFinding[], mentions: [] as ProfileMention[] };
const run = (text: string, sender: string | null = null) => classifyMessage({ text, sender }, none);
const spansOf = (text: string, code: SignalCode) =>
  run(text)
    .signals.filter((s) => s.code === code && s.start !== null && s.end !== null)
    .map((s) => text.slice(s.start ?? 0, s.end ?? 0));

const SMISHING: readonly string[] = [
  'USPS: Your parcel is on hold due to an incomplete address. Confirm your details at https://usps-parcel-help.top/update within 12 hours.',
  'Royal Mail: we were unable to deliver your parcel. A redelivery fee of £1.45 is due. Pay at royalmail-redeliver.com',
  'E-ZPass: You have an unpaid toll balance of $6.89. Pay now to avoid a $50 late fee: https://ezpass-tolls.info/pay',
  'HMRC: We owe you a tax refund of £326.40 for the last tax year. Claim here: hmrc-gov-refund.com',
  'Barclays: Your account has been suspended due to unusual activity. Log in via the secure link http://barclays-verify.co/login to restore access.',
  'Your PayPal account has been limited. Verify your identity at http://paypal-resolution.info today.',
  'URGENT! Your mobile number has won a £2,000 bonus prize. To claim call 09050001234 before midnight. 150p/min',
  'You have 1 new voicemail. Please call 08712402972 to listen.',
  'Hot singles in your area want to chat! Txt DATE to 69696 now. £1.50/msg',
  'Your Coinbase wallet will be locked in 24h. Verify at coinbase-secure.top to avoid losing your BTC.',
  "Hi Mum, it's me, I smashed my phone so this is my new number. Could you transfer me £380 for the rent? I'll pay you back Friday x",
  'Someone sent you a picture message. See it here: http://bit.ly/3kPic2',
  'Amazon: a purchase of $749.99 was made on your account. If you did not make this purchase, call 888-555-0143 immediately.',
  "Congratulations! You've been selected for a $1000 Walmart gift card. Claim at walmart-rewards.win",
  'Your Netflix membership is on hold. Update your payment details at netflix-billing.net',
];

// Unwanted bulk texts: calling them fraud or marketing both warn the reader.
const SPAM: readonly string[] = [
  'Get the UK top 20 ringtones on your mobile every week! Txt TONES to 85023. £3/wk. Stop? txt STOP',
  "FREE MSG: Our records show you're entitled to a new camera phone upgrade! Call 08002986030 now",
  'Free entry into our £250 weekly draw! Just txt WIN to 80086 now. 18+ T&Cs apply',
  'Your weekly horoscope is ready! For your full star sign reading txt HORO to 83383. 150p/msg',
  'Lonely tonight? Meet someone special in your area. Reply with your NAME and AGE to join. 18+ only',
];

const MARKETING: readonly string[] = [
  "Domino's: 2 for 1 pizzas every Tuesday this month. Order at dominos.co.uk. Text STOP to 60060 to opt out",
  'Boots: Double points on all skincare this weekend. Shop at boots.com. Reply STOP to unsubscribe',
  'Tesco: your Clubcard vouchers are ready to spend in store or online at tesco.com. Reply STOP to opt out',
];

const CODES: readonly string[] = [
  "Your Microsoft account security code is 482913. If you didn't request it, ignore this message.",
  'G-482913 is your Google verification code.',
  'Use 739201 to verify your Revolut login. Never share this code.',
];

const NOTICES: readonly string[] = [
  'Your appointment with Dr Patel is confirmed for Tue 14 May at 10:30.',
  'HSBC: A payment of £45.00 to TESCO STORES was made from your account ending 4821 on 12/03.',
  'Your parcel from ASOS has been dispatched. Tracking number: JD0002212345678.',
];

const CHAT: readonly string[] = [
  'u coming 2moro? txt me when ur on the bus',
  'lol ok c u at 8 then, dont b late!!',
  "Sorry I missed your call, I'm in a meeting. Will ring you back in 10",
  "Can't stop laughing at that video you sent me haha",
  'I won the raffle at work!! got a £50 voucher lol',
  "Hey it's Tom, this is my new number, save it x",
  'Mum can you call me when you get this? Nothing urgent x',
  "Txt me ur address and I'll send the invite",
  'ok da, i will reach home by 9 lor',
  'The match ended in a draw, we were robbed lol',
  'Wait 2 min.. im at the bus stop',
  'Congrats on the new job!! so proud of you',
];

describe('English smishing', () => {
  it.each(SMISHING)('calls the smishing text fraud: %s', (text) => {
    expect(run(text).category).toBe('fraud');
  });
});

describe('English bulk spam', () => {
  it.each(SPAM)('flags the bulk text as unwanted: %s', (text) => {
    expect(['fraud', 'marketing']).toContain(run(text).category);
  });
});

describe('genuine English messages', () => {
  it.each(MARKETING)('keeps an opted-in brand advert as marketing: %s', (text) => {
    expect(run(text).category).toBe('marketing');
  });
  it.each(CODES)('reads a one-time code as a code: %s', (text) => {
    expect(run(text).category).toBe('verification_code');
  });
  it.each(NOTICES)('reads a service notice as a notice: %s', (text) => {
    expect(run(text).category).toBe('notice');
  });
  it.each(CHAT)('keeps texting between friends personal: %s', (text) => {
    expect(run(text).category).toBe('personal');
  });
  it('keeps an anti-fraud warning from a bank out of fraud', () => {
    const text = 'Your bank will never ask for your PIN or passwords by text. Never share a one-time code with anyone.';
    expect(['fraud', 'marketing']).not.toContain(run(text).category as Category);
  });
});

describe('English signals', () => {
  it('spans the premium-rate number and the per-minute price', () => {
    const text = 'URGENT! Your mobile number has won a £2,000 bonus prize. To claim call 09050001234 before midnight. 150p/min';
    const spans = spansOf(text, 'premium_rate').join('|');
    expect(spans).toContain('09050001234');
    expect(spans).toContain('150p/min');
  });
  it('does not take the short code after STOP for a premium reply', () => {
    const text = "Domino's: 2 for 1 pizzas every Tuesday this month. Order at dominos.co.uk. Text STOP to 60060 to opt out";
    expect(spansOf(text, 'premium_rate')).toEqual([]);
    expect(spansOf(text, 'unsubscribe').join('|')).toMatch(/STOP/);
  });
  it('reads a capitalised keyword to text back as a premium reply, but not a shouted chat', () => {
    expect(spansOf('Reply YES for your free callback today', 'premium_rate')).toEqual(['Reply YES']);
    expect(spansOf('HI DARLIN TEXT BACK ON THIS NUMBER LUV KATE', 'premium_rate')).toEqual([]);
  });
  it('does not read "stop" in chat as an opt-out', () => {
    expect(spansOf('wait for me at the bus stop, i will stop by later', 'unsubscribe')).toEqual([]);
  });
  it('needs a money request before a new number counts as the Hi-Mum scam', () => {
    const alone = run("Hey it's Tom, this is my new number, save it x");
    const asking = run('Hi Dad this is my new number, my phone broke. Can you send me £200 today? x');
    expect(alone.category).toBe('personal');
    expect(asking.category).toBe('fraud');
    expect(asking.risk).toBeGreaterThan(alone.risk);
  });
});
