// SPDX-License-Identifier: MIT
// English SMS wording: prize and premium-rate spam, smishing (bank, parcel, tax, account
// lock-outs), adverts, one-time codes, service notices and the shorthand of friends texting.
import type { LexiconRule } from './pattern-scan';

const PRIZE =
  "\\b(?:you(?:'ve| have)? (?:been )?(?:won|selected|chosen)|(?:has|have) won|winner|won (?:a|an|the|\\d|£|\\$)|prizes?|award(?:ed)?|claim(?:ed|s|ing)?|congratulations|congrats|guaranteed|jackpot|lucky (?:day|winner|number|draw)|cash (?:prize|award|bonus)|bonus|reward|free (?:entry|gift|tickets?|holiday|trip|ipod|phone|camera|iphone|nokia|mobile|msg|message|vouchers?|shopping|cruise|sms|text)|vouchers?|draw|competition|sweepstakes?|lottery|selected to receive|complimentary|entitled to)\\b|£\\s?\\d+|\\d+\\s?(?:pounds|gbp)\\b|\\$\\s?\\d{3,}";

const ACCOUNT =
  "\\b(?:account (?:has been |is |was |will be )?(?:suspended|locked|limited|disabled|on hold|compromised|blocked|restricted|deactivated|closed|frozen)|unusual (?:activity|sign-?in|login)|suspicious (?:activity|login|transaction|sign-?in)|verify (?:your|ur) (?:account|identity|details|information|info)|confirm (?:your|ur) (?:account|identity|details|information|payment)|update (?:your|ur) (?:account|payment|billing|details|information|info)|security (?:alert|notice|update|check)|your card (?:has been|is|was) (?:blocked|suspended|locked|charged)|unauthori[sz]ed (?:transaction|charge|access|payment)|tax refund|refund (?:is )?(?:pending|due|available|of)|(?:package|parcel|shipment|delivery) (?:is |has been |was )?(?:on hold|held|pending|undeliverable|returned|suspended)|delivery (?:attempt )?(?:failed|unsuccessful)|(?:unable|tried) to (?:make a )?deliver|redelivery|re-?schedule (?:your |the )?delivery|missed (?:a )?delivery|customs (?:fee|charge)|important (?:information|message|notice) for|urgent (?:message|notice|response)|message waiting|awaiting (?:collection|your)|to (?:claim|collect)|(?:identity|id) verification|(?:reactivate|unlock|restore) (?:your )?account|(?:apple id|icloud|paypal|netflix|amazon) (?:account )?(?:has been|is|was|will)|(?:irs|hmrc|dvla|usps|ups|fedex|dhl|royal mail)\\b|(?:is )?due to expire|(?:will|has) (?:expire[d]?|been de-?activated|been blocked|been suspended)|de-?activated|kyc|(?:was|been) charged (?:on|to) your card|if (?:you|u) did not (?:make|perform|authori[sz]e|recogni[sz]e)|prevent (?:loss|suspension|closure)|account statement|un-?redeemed|points? (?:expire|expiring)|your (?:mobile|number|account) (?:has been|was) (?:selected|chosen))";

// The call to action of smishing: tap the link, log in, call now to claim.
const CLICK_TO_CLAIM =
  "\\b(?:(?:tap|click|visit|go to|log ?(?:in|on)(?: to| at)?|follow)\\s+(?:the\\s+|this\\s+)?(?:link|here|https?:|www\\.)|call (?:now|immediately|today|asap)|(?:call|text|txt|reply)\\s+\\S+\\s+(?:now|today|immediately)|to claim|claim (?:now|your|ur|it)|(?:await|awaiting) collection|collect (?:your|ur))\\b";

const PROMOTION =
  "\\b(?:offers?|discount(?: code)?|sale|\\d+% off|half price|deal|special offer|promo(?:tion)?|ringtones?|(?:poly|mono|real) ?tones?|tone of the week|wallpapers?|polys?|java games|dating (?:service|network)|chat ?line|singles|subscription|subscriber|membership|upgrade|line rental|unlimited (?:text|calls|mins)|video ?phone|camcorder|(?:latest|new) (?:colour |camera )?(?:mobile|phone|nokia|motorola|sony|samsung)|\\d+ (?:free )?(?:anytime )?(?:mins|minutes)|free (?:mins|minutes|texts?|msgs?|calls?|delivery|line rental|camera|phone|mobile|upgrade)|horoscope|quiz(?:club)?|competition|valid (?:for|until|till)|limited (?:time|offer)|hurry|book now|order now|shop now|buy now|only [£$]\\d+|for only|lowest price|best price|save (?:up to )?[£$\\d]|customer service announcement|mobile update|network operator)\\b";

const UNSUBSCRIBE =
  "\\b(?:(?:to )?(?:stop|opt[- ]?out|unsubscribe)|txt stop|text stop|reply stop|send stop|stop(?:2stop)?|to end (?:this )?service|t&cs?|ts&cs|tscs|t&c's?|18\\+|16\\+|po ?box ?\\d*|p\\.o\\. box)\\b|\\bpobox\\w*";

const INVEST = "\\b(?:stocks?|shares|crypto|bitcoin|invest(?:ment|ing)?|forex|trading signals?|profit|returns? of \\d+|equity|advisory)\\b";
const JOB = "\\b(?:work from home|earn (?:up to )?(?:\\$|£)|weekly pay|job offer|hiring now|part[- ]time (?:job|work)|easy money)\\b";
const ADULT = "\\b(?:horny|porn|nude|naked|hot (?:girls|singles|chat|women|babes)|(?:sexy|naughty|dirty) (?:girls|babes|singles|chat|pics|photos|stories)|filthy|fantasies|get laid|dogging|xxx (?:pics|videos|chat))\\b";

const ONE_TIME_CODE =
  "\\b(?:(?:verification|security|login|confirmation|access|one[- ]time|otp|auth(?:entication)?) ?(?:code|pin|passcode)?(?: is|:)\\s*\\d{4,8}|\\d{4,8} is your (?:\\w+ )?(?:verification |security |login |confirmation |otp |one[- ]time )?(?:code|pin|passcode)|(?:do not|don't|never) share (?:this|the|your) (?:code|otp|pin))\\b";

const SERVICE =
  "\\b(?:your (?:order|appointment|booking|reservation|flight|delivery|package|parcel|prescription) (?:has|is|was|will)|has been (?:delivered|dispatched|shipped)|out for delivery|tracking (?:number|no)|(?:flight|train) \\w+ (?:is )?(?:delayed|cancelled|on time)|gate \\d+|boarding|balance is|payment (?:received|of .{1,12} received)|thank you for your payment|your bill|direct debit|statement is ready)\\b";

const CONVERSATION =
  "\\b(?:i|i'm|im|i'll|ill|i've|ive|i'd|me|my|u|ur|you|lol|lmao|haha+|hehe|ok|okay|k|kk|yeah|yea|yep|nope|sorry|love|miss|home|later|tonight|tmr|tomorrow|dinner|lunch|sleep|gonna|wanna|gotta|hey|hi|hello|dear|babe|pls|plz|thanks|thx|cya|see you|when|where|what|how|why|da|lor|lar|la|leh|meh|dun|wat|wif|nite|gud|hav|tht|thk|think|know|going|got|come|coming|went|back|work|class|today|yesterday|already|ya|oh|ah|hmm|sure|well|just|also|then|but|so|can|will|did|was|we|he|she|they|him|her|them)\\b";

// Bulk senders shout their hooks in capitals and ask for a keyword reply; friends rarely do both.
const SHOUTED =
  "\\b(?:FREE|WIN|WON|URGENT|TXT|CLAIM|PRIZE|CASH|GUARANTEED|WINNER|AWARD|BONUS|OFFER|FREEMSG|SMS|RINGTONE|TONES?|XMAS|VALENTINES?)\\b|\\b(?:reply|txt|text|send|sms)\\s+(?:with\\s+|back\\s+)?[\"']?[A-Z]{2,}[0-9]*\\b";

export const EN_RULES: readonly LexiconRule[] = [
  { code: 'promotion', re: new RegExp(SHOUTED, 'g') },
  { code: 'prize_scam', re: new RegExp(PRIZE, 'gi') },
  { code: 'account_problem', re: new RegExp(ACCOUNT, 'gi') },
  { code: 'promotion', re: new RegExp(PROMOTION, 'gi') },
  { code: 'click_to_claim', re: new RegExp(CLICK_TO_CLAIM, 'gi') },
  { code: 'unsubscribe', re: new RegExp(UNSUBSCRIBE, 'gi') },
  { code: 'investment_scam', re: new RegExp(INVEST, 'gi') },
  { code: 'job_scam', re: new RegExp(JOB, 'gi') },
  { code: 'adult_service', re: new RegExp(ADULT, 'gi') },
  { code: 'one_time_code', re: new RegExp(ONE_TIME_CODE, 'gi') },
  { code: 'service_notice', re: new RegExp(SERVICE, 'gi') },
  { code: 'conversation', re: new RegExp(CONVERSATION, 'gi') },
];
