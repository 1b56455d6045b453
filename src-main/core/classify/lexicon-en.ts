// SPDX-License-Identifier: MIT
// English SMS wording: prize and premium-rate spam, smishing (bank, parcel, tax, account
// lock-outs), adverts, one-time codes, service notices and the shorthand of friends texting.
// Each list is one alternation scanned once; the keyword lists that hinge on capitals (a reply
// keyword, a shouted FREE) are case-sensitive on purpose, because that is how bulk senders write.
import type { LexiconRule } from './pattern-scan';

/** `\b(?:a|b|c)\b` from one phrase per line, so that each can be read and reviewed on its own. */
function words(...phrases: string[]): string {
  return `\\b(?:${phrases.join('|')})\\b`;
}

/** `\b(?:a|b|c)`: phrases that start at a word but may end inside one ("re-activate", "kyc"). */
function wordStarts(...phrases: string[]): string {
  return `\\b(?:${phrases.join('|')})`;
}

// The win/claim vocabulary of prize spam. Bare "draw", "congrats" or a dollar figure are left out:
// friends use them about matches, exams and rents.
const PRIZE = [
  words(
    String.raw`you(?:'ve| have| are| r)? (?:been |just )?(?:won(?!')|selected|chosen|awarded)`,
    String.raw`u (?:have |r |are )?(?:won(?!')|selected|awarded)`, String.raw`(?:has|have) won(?!')`,
    String.raw`winners?`, String.raw`prizes?`, String.raw`voucher holder`, String.raw`(?:to|2|for) claims?`,
    String.raw`(?:mobile|number|no\.?) (?:has )?won(?!')`, String.raw`awarded`,
    String.raw`claim(?:ed|s|ing)? (?:your|ur|a|the|now|code|number|no)`,
    String.raw`(?:congratulations|congrats)[!,.]* (?:you|u|ur|your)`, String.raw`guaranteed`,
    String.raw`jackpot`, String.raw`lucky (?:day|winner|number|draw|customer)`,
    String.raw`(?:cash|holiday) (?:prize|award|bonus)`,
    String.raw`free (?:entry|gift|tickets?|holiday|trip|ipod|phone|camera|camcorder|dvd|laptop|ipad|tv|iphone|nokia|mobile|vouchers?|shopping|cruise|roses|accommodation)`,
    String.raw`(?:free|cash|gift|shopping|holiday|store) vouchers?`, String.raw`vouchers? worth`,
    String.raw`(?:prize|weekly|monthly|free|lucky) draw`, String.raw`draw (?:for|to win)`,
    String.raw`sweepstakes?`, String.raw`lottery`, String.raw`selected to receive`,
    String.raw`complimentary`, String.raw`entitled to`, String.raw`cash ?back`, String.raw`bequest`,
    String.raw`(?:assigned|named|sole) beneficiary`, String.raw`compensation (?:of|up to)`,
    String.raw`(?:\d|£)[\d,.]* ?(?:mill?ion|m) (?:dollars?|pounds|usd|gbp|euros?)`,
    String.raw`(?:won|gained|awarded|received) (?:the sum (?:of )?)?(?:us)?[$£€]`,
    String.raw`(?:send|provide|reply with) (?:your|ur) (?:full )?name,? (?:and |& )?(?:address|age|phone)`,
    String.raw`chance to win`, String.raw`to win (?:a|an|the|£)`,
    String.raw`(?:have|has) been (?:shortlisted|picked)`,
  ),
  String.raw`\bwon (?:a |an |the )?[£$€\d]`,
  String.raw`\b(?:cash|prize|award|worth|win|won|receive|claim|bonus|reward) (?:a |of |up to |over )?£\s?\d`,
  String.raw`£\s?\d[\d,]* (?:cash|prize|award|bonus|voucher|reward|gift)`,
].join('|');

const ACCOUNT = wordStarts(
  String.raw`(?:account|card|wallet|profile) (?:has |have |had )?(?:been |is |was |will be |just been )?(?:suspended|locked|limited|disabled|on hold|compromised|blocked|bl0cked|restricted|deactivated|de-activated|closed|frozen|expired)`,
  String.raw`unusual (?:activity|sign-?in|login)`,
  String.raw`suspicious (?:activity|login|transaction|sign-?in)`,
  String.raw`unauthori[sz]ed (?:sign-?in|login|transaction|charge|access|payment|person|device|purchase)`,
  String.raw`verify (?:your|ur|this) (?:account|identity|details|information|info|device|apple id|card)`,
  String.raw`confirm (?:your|ur) (?:account|identity|details|information|payment|apple id|\w+ update)`,
  String.raw`update (?:your|ur) (?:account|payment|billing|details|information|info|security|kyc|pan)`,
  String.raw`security (?:alert|notice|update|check|details)`, String.raw`unauthori[sz]ed`,
  String.raw`tax (?:refund|rebate)`, String.raw`refund (?:is )?(?:pending|due|available|of)`,
  String.raw`(?:package|parcel|shipment) (?:is |has been |was |is being )?(?:on hold|held|pending|undeliverable|returned|suspended)`,
  String.raw`(?:incomplete|invalid|incorrect|unconfirmed) (?:delivery |shipping )?address`,
  String.raw`delivery (?:attempt )?(?:failed|unsuccessful)`,
  String.raw`(?:unable|tried|failed) to (?:make a )?deliver`, String.raw`redelivery`,
  String.raw`re-?schedule (?:your |the )?delivery`, String.raw`missed (?:a )?delivery`,
  String.raw`customs (?:fee|charge|duty)`, String.raw`important (?:information|message|notice) for`,
  String.raw`urgent (?:message|notice|response)`, String.raw`message waiting`,
  String.raw`account statement for`,
  String.raw`to cancel (?:this|the|your) (?:order|transaction|payment|subscription)`,
  String.raw`review your (?:details|account|information)`, String.raw`awaiting (?:collection|your)`,
  String.raw`(?:identity|id) verification`, String.raw`(?:re-?activate|unlock|restore)\b`,
  String.raw`(?:apple id|icloud|paypal|netflix|amazon) (?:account )?(?:has been|is|was|will)`,
  String.raw`(?:irs|hmrc|dvla|usps|royal mail)\b`, String.raw`(?:is )?due to expire`,
  String.raw`(?:will|has|have) (?:expire[d]?|been de-?activated|been blocked|been suspended|be (?:blocked|bl0cked|suspended|closed|deactivated))`,
  String.raw`de-?activated`, String.raw`kyc`, String.raw`(?:was|been) charged (?:on|to) your card`,
  String.raw`if (?:you|u) (?:did not|didn'?t|didnt) (?:make|perform|authori[sz]e|recogni[sz]e|purchase|request|order)`,
  String.raw`prevent (?:loss|suspension|closure|this)`, String.raw`un-?redeemed`,
  String.raw`points? (?:expire|expiring)`,
  String.raw`your (?:mobile|number|account) (?:has been|was) (?:selected|chosen)`,
  String.raw`(?:a )?(?:fine|penalty)(?: notice)? (?:of|has been)`, String.raw`penalty notice`,
  String.raw`tested positive`, String.raw`self-?isolate`, String.raw`(?:we|hmrc|irs) owe[sd]? you`,
  String.raw`overdue (?:payment|bill|invoice|balance)`,
  String.raw`payment (?:on|for) your .{1,24} is (?:now )?overdue`, String.raw`last tax year`,
  String.raw`toll (?:charge|balance|payment|notice|fee)s?`,
  String.raw`unpaid (?:toll|tax|bill|invoice|fee|parking)`,
  String.raw`(?:parking|speeding) (?:fine|ticket|violation)`,
);

// Things a stranger sends to get a tap or a call: a voicemail, a picture, an admirer, a profile.
const BAIT = words(
  String.raw`new voice ?mail`,
  String.raw`you have an? (?:important )?(?:\w+ ){0,2}(?:announcement|notification|message) from`,
  String.raw`voice ?mail (?:waiting|message)`,
  String.raw`you have (?:\d|one|a) new (?:message|msg|voicemail|pic|picture|photo)`,
  String.raw`missed call alert`, String.raw`(?:picture|photo|pic|video) (?:has been|was) sent`,
  String.raw`sent you an? (?:picture|photo|pic|video|private message)`,
  String.raw`a link to your (?:picture|photo|video)`,
  String.raw`(?:secret admirer|someone (?:has a crush on|fancies|likes) (?:you|u))`,
  String.raw`is inviting you to be (?:her|his) friend`, String.raw`see (?:her|him):`,
  String.raw`wants to (?:meet|chat with) (?:you|u)`, String.raw`(?:check|see) (?:her|him) out`,
  String.raw`guess who`, String.raw`find out who (?:fancies|likes|loves|has a crush)`,
);

// The call to action of smishing: tap the link, log in, call now to claim.
const CLICK_TO_CLAIM = words(
  String.raw`(?:tap|click(?:ing)?|visit|go to|goto|log ?(?:in|on)(?: to| at| via)?|follow|access|use)\s+(?:on\s+)?(?:the\s+|this\s+|our\s+|below\s+)?(?:secure\s+)?(?:link|here|https?:|www\.)`,
  String.raw`click (?:in|on) (?:the )?link`, String.raw`link below`,
  String.raw`call (?:now|immediately|today|asap)`,
  String.raw`(?:call|text|txt|reply)\s+\S+\s+(?:now|today|immediately)`, String.raw`to claim`,
  String.raw`claim (?:now|your|ur|it)`, String.raw`(?:await|awaiting) collection`,
  String.raw`collect (?:your|ur)`,
  String.raw`to (?:re-?activate|unlock|verify|avoid (?:suspension|closure|charges))`,
  String.raw`(?:qualify|apply|register|redeem|verify) (?:here|now|today|at)`,
  String.raw`(?:call|dial|ring|contact) (?:customer (?:care|service|support)|our (?:team|helpline|agent))`,
  String.raw`please (?:call|contact|ring)\b`,
);

const PROMOTION = words(
  String.raw`(?:special|great|exclusive|latest|new|limited|best|amazing|fantastic) (?:offers?|deals?)`,
  String.raw`offer (?:ends|valid|expires|code|available)`, String.raw`offers? (?:on|for you)`,
  String.raw`(?:hot|top|big) deals`, String.raw`deals? (?:on|of the)`, String.raw`discount(?: code)?`,
  String.raw`\d+% off`, String.raw`half price`, String.raw`promo(?:tion)?`, String.raw`ringtones?`,
  String.raw`(?:poly|mono|real|true) ?tones?`, String.raw`tones? (?:of the week|club)`,
  String.raw`wallpapers?`, String.raw`polys?`, String.raw`logos?`, String.raw`java games`,
  String.raw`games arcade`, String.raw`mobile (?:club|content|games|community|music)`,
  String.raw`dating (?:service|network)`, String.raw`chat ?(?:line|service|svc)`, String.raw`singles`,
  String.raw`subscription`, String.raw`subscriber`, String.raw`subscrition`, String.raw`membership`,
  String.raw`upgrade (?:to|your|now|for free)`, String.raw`line rental`, String.raw`tariffs?`,
  String.raw`unlimited (?:text|calls|mins)`, String.raw`video ?phone`, String.raw`camcorder`,
  String.raw`(?:latest|new) (?:colour |camera |video )?(?:mobile|phone|nokia|motorola|sony|samsung)`,
  String.raw`\d+ (?:free |anytime |bonus |extra |inclusive )+(?:mins|minutes|texts)`,
  String.raw`(?:mins|minutes|calls|texts) to any (?:mobile|network)`,
  String.raw`free (?:mins|minutes|texts?|msgs?|calls?|delivery|line rental|camera|phone|mobile|upgrade|games?|music|download|link|tone|ringtone|returns)`,
  String.raw`horoscope`, String.raw`star sign`, String.raw`psychic`, String.raw`quiz(?:club)?`,
  String.raw`competition`, String.raw`valid (?:for|until|till)`, String.raw`limited (?:time|offer|period)`,
  String.raw`book now`, String.raw`order now`, String.raw`shop now`, String.raw`buy now`,
  String.raw`only [£$]\d+`, String.raw`for only`, String.raw`lowest price`, String.raw`best price`,
  String.raw`save (?:up to )?[£$\d]`, String.raw`customer service announcement`, String.raw`mobile update`,
  String.raw`network operator`, String.raw`service message`, String.raw`your mob\b`,
  String.raw`(?:new|latest|hot) downloads`, String.raw`members? (?:only|get)`,
  String.raw`join (?:now|today|our|for)`, String.raw`opt in`, String.raw`to order`,
  String.raw`(?:emi|emis)\b`, String.raw`t&c apply`, String.raw`apply now`, String.raw`outlet`,
  String.raw`flash sale`, String.raw`official .{1,20} store`, String.raw`newsletter`,
  String.raw`weekly (?:tones|draw|pics|video)`,
  String.raw`(?:new|weekly|top|latest|free|gr8|great|hot|polyphonic) tones?`, String.raw`on sale`,
  String.raw`sale (?:now|ends|starts)`, String.raw`\d[- ]?(?:4|for)[- ]?1 offer`, String.raw`two for one`,
  String.raw`buy one,? get one`, String.raw`more tones`, String.raw`ringtone\w*`,
  String.raw`tones? (?:are|is) ready`, String.raw`ready to download`, String.raw`on sale`,
  String.raw`selling fast`, String.raw`for (?:just|only) [£$€\d]`,
  String.raw`(?:for|from|on|to) (?:your|ur) (?:mobile|mob|fone)`,
  String.raw`(?:place|take) (?:your|an) order`,
  String.raw`(?:video|tone|ringtone|content|pics?|game|logo) (?:will be|is being) (?:sent|delivered) to (?:you|u)`,
  String.raw`(?:you|u) will (?:be )?receiv(?:e|ing)`,
  String.raw`(?:video|tone|ringtone|content|pics?|game) will be (?:with|sent to) (?:you|u)`,
  String.raw`this message is (?:free|brought to you)`, String.raw`brought to you by`,
  String.raw`latest news`,
  String.raw`(?:your|ur) (?:new )?(?:tone|ringtone|logo|wallpaper|mobile content|content|video) (?:is|will|has)`,
  String.raw`(?:ringtone|tone|logo|wallpaper|game|content|video)s? (?:club|service|subscription|order)`,
  String.raw`(?:ordered|bought|purchased|receiv\w+) (?:a |your |the )?(?:ringtone|tone|mobile content|content)`,
);

const UNSUBSCRIBE = [
  wordStarts(
    String.raw`(?:txt|text|reply|send|sms)(?: the word)?\s+["']?(?:stop|end|unsub|out|remove|no)\b`,
    String.raw`stop\s+(?:to|2)\s+(?:\d|opt|unsub|end|cancel)`,
    String.raw`to (?:opt[- ]?out|unsubscribe|end (?:this )?service|be removed|remove from)`,
    String.raw`opt[- ]?out`, String.raw`unsubscribe`, String.raw`stop2stop`, String.raw`t&cs?`,
    String.raw`ts&cs`, String.raw`ts and cs`, String.raw`tscs`, String.raw`t&c's?`, String.raw`t's and c's`,
    String.raw`terms apply`, String.raw`terms (?:and|&) conditions`, String.raw`18\+`, String.raw`16\+`,
    String.raw`po ?box ?\d*`, String.raw`p\.o\. box`,
  ),
  String.raw`\bpobox\w*`,
].join('|');
// Fine print of subscription services.
const STOP_SHOUTED = words(
  String.raw`STOP`, String.raw`UNSUB`, String.raw`OPTOUT`,
);

const INVEST = words(
  String.raw`stock (?:tips?|picks?|alerts?)`, String.raw`penny stocks?`, String.raw`crypto(?:currency)?`,
  String.raw`bitcoin`, String.raw`btc`, String.raw`usdt`,
  String.raw`investment (?:opportunity|plan|scheme|platform)`, String.raw`forex`,
  String.raw`trading (?:signals?|platform|account)`, String.raw`guaranteed (?:returns?|profits?)`,
  String.raw`returns? of \d+`, String.raw`double your (?:money|investment)`, String.raw`assured returns?`,
  String.raw`strong-buy`, String.raw`nasdaq`, String.raw`otc markets`, String.raw`explosive pick`,
);
const JOB = words(
  String.raw`work from home`, String.raw`earn (?:up to )?(?:\$|£|rs)`, String.raw`weekly pay`,
  String.raw`job offer`, String.raw`hiring now`, String.raw`part[- ]time (?:job|work) (?:from|at|online)`,
  String.raw`easy money`, String.raw`freshers required`,
  String.raw`(?:cv|resume|application) (?:was|has been) (?:reviewed|shortlisted|selected)`,
  String.raw`job application`,
);
// Adult and premium chat-line wording, and the "text your name and age" sign-up of dating lines.
const ADULT = words(
  String.raw`horny`, String.raw`porn`, String.raw`nude pics`, String.raw`hardcore`,
  String.raw`hot (?:girls|singles|chat|women|babes)`,
  String.raw`(?:sexy|naughty|dirty|rude) ?(?:girls|babes|singles|chat|pics|photos|stories|talk|text)`,
  String.raw`rude chat`, String.raw`filthy`, String.raw`fantasies`, String.raw`get laid`,
  String.raw`dogging`, String.raw`xxx ?(?:\w+ )?(?:pics|videos?|vids?|chat|content|movies|clips)`,
  String.raw`babes? videos`, String.raw`adult (?:\d+|content|chat|parties|party|videos?)`,
  String.raw`(?:meet|date) someone (?:sexy|new|special|tonight)`,
  String.raw`(?:find|meet) (?:a|ur|your) (?:date|partner|match)`, String.raw`dream partner`,
  String.raw`perfect partner`, String.raw`flirting (?:now|tonight|today)`, String.raw`name (?:and|&) age`,
  String.raw`age (?:and|&) (?:gender|sex|location)`, String.raw`age verify`,
);
const ONE_TIME_CODE = words(
  String.raw`(?:verification|security|login|sign-?in|confirmation|access|one[- ]time|otp|auth(?:entication)?|account|passcode) ?(?:code|pin|passcode)?(?: is|:)\s*:?\s*\d{4,8}`,
  String.raw`\d{4,8} is your (?:\w+ )?(?:verification |security |login |confirmation |otp |one[- ]time )?(?:code|pin|passcode)`,
  String.raw`code is:? ?\d{4,8}`, String.raw`(?:use|enter) \d{4,8} (?:to|as|for)\b`,
  String.raw`(?:do not|don't|never) share (?:this|the|your|it)(?: code| otp| pin)?`,
);

const SERVICE = words(
  String.raw`(?:is|has been) (?:confirmed|booked|scheduled|rescheduled)`,
  String.raw`your (?:order|appointment|booking|reservation|flight|delivery|package|parcel|prescription|table|payment) (?:has|is|was|will)`,
  String.raw`has been (?:delivered|dispatched|shipped)`, String.raw`out for delivery`,
  String.raw`tracking (?:number|no)`,
  String.raw`(?:flight|train) \w+ (?:is )?(?:delayed|cancelled|on time)`, String.raw`gate \d+`,
  String.raw`boarding`, String.raw`balance is`, String.raw`payment (?:received|of .{1,12} received)`,
  String.raw`thank you for your payment`, String.raw`your bill`, String.raw`direct debit`,
  String.raw`statement is ready`, String.raw`(?:registered|added) .{1,20} as (?:a )?payee`,
  String.raw`(?:debited|credited) (?:from|to|with|by)`, String.raw`a\/c (?:no|ending|xx)`,
  String.raw`account ending (?:in )?\d{3,4}`, String.raw`beware of frauds?`,
);

// Chat words and the shorthand of friends texting: first person, fillers, Singlish and UK
// abbreviations. Words bulk senders use as much as friends ("you", "free", "today") are left out
// so that the count tells chat from an advert written in a chatty voice.
const CONVERSATION = words(
  String.raw`i`, String.raw`i'm`, String.raw`im`, String.raw`i'll`, String.raw`ill`, String.raw`i've`,
  String.raw`ive`, String.raw`i'd`, String.raw`me`, String.raw`my`, String.raw`lol`, String.raw`lmao`,
  String.raw`rofl`, String.raw`haha+`, String.raw`hehe`, String.raw`ok`, String.raw`okay`, String.raw`k`,
  String.raw`kk`, String.raw`yeah`, String.raw`yea`, String.raw`yup`, String.raw`yep`, String.raw`nope`,
  String.raw`sorry`, String.raw`miss (?:u|you|ya)`, String.raw`love (?:u|you|ya)`, String.raw`luv`,
  String.raw`tonight`, String.raw`tmr`, String.raw`2moro`, String.raw`2morrow`, String.raw`tomorrow`,
  String.raw`later`, String.raw`l8r`, String.raw`dinner`, String.raw`lunch`, String.raw`sleep(?:ing)?`,
  String.raw`gonna`, String.raw`wanna`, String.raw`gotta`, String.raw`hey`, String.raw`babe`,
  String.raw`pls`, String.raw`plz`, String.raw`thanks`, String.raw`thanx`, String.raw`thx`, String.raw`cya`,
  String.raw`see (?:you|u|ya)`, String.raw`da`, String.raw`lor`, String.raw`lar`, String.raw`la`,
  String.raw`lah`, String.raw`leh`, String.raw`meh`, String.raw`dun`, String.raw`wat`, String.raw`wif`,
  String.raw`nite`, String.raw`gud`, String.raw`gd`, String.raw`hav`, String.raw`tht`, String.raw`thk`,
  String.raw`think`, String.raw`going`, String.raw`got`, String.raw`coming`, String.raw`went`,
  String.raw`already`, String.raw`ya`, String.raw`oh`, String.raw`ah`, String.raw`hmm`, String.raw`huh`,
  String.raw`sure`, String.raw`also`, String.raw`but`, String.raw`did`, String.raw`he`, String.raw`she`,
  String.raw`they`, String.raw`him`, String.raw`her`, String.raw`them`, String.raw`dont`, String.raw`cant`,
  String.raw`didnt`, String.raw`wont`, String.raw`wan`, String.raw`abt`, String.raw`coz`, String.raw`cos`,
  String.raw`nvm`, String.raw`omg`, String.raw`btw`, String.raw`jus`, String.raw`juz`, String.raw`dunno`,
  String.raw`yo`, String.raw`liao`, String.raw`dude`, String.raw`bro`, String.raw`sis`, String.raw`mum`,
  String.raw`mom`, String.raw`dad`, String.raw`bed`, String.raw`eat`, String.raw`ate`,
  String.raw`reach(?:ed)?`, String.raw`wait(?:ing)?`, String.raw`home`, String.raw`hope`,
  String.raw`happy birthday`, String.raw`proud`, String.raw`congrats on`, String.raw`well done`,
  String.raw`good luck`, String.raw`xx+`,
);

// Bulk senders shout their hooks in capitals; friends rarely do.
const SHOUTED = words(
  String.raw`FREE`, String.raw`WIN`, String.raw`WON`, String.raw`URGENT`, String.raw`TXT`,
  String.raw`CLAIM`, String.raw`PRIZE`, String.raw`CASH`, String.raw`GUARANTEED`, String.raw`WINNER`,
  String.raw`AWARD`, String.raw`BONUS`, String.raw`OFFER`, String.raw`FREEMSG`, String.raw`SMS`,
  String.raw`RINGTONE`, String.raw`TONES?`, String.raw`XMAS`, String.raw`VALENTINES?`,
  String.raw`CONGRATULATIONS`, String.raw`CONGRATS`, String.raw`PRIVATE`, String.raw`SALE`,
  String.raw`DEALS?`, String.raw`SEXY`, String.raw`CALL NOW`, String.raw`LIMITED`, String.raw`EXCLUSIVE`,
  String.raw`XCLUSIVE`,
);

// A keyword to text back — "reply YES", "txt HORO ARIES", "send SING" — is how a short-code
// service signs you up; the keyword is in capitals so that the subscriber types it exactly.
const KEYWORD_REPLY = [
  String.raw`\b(?:[Rr]eply|[Tt]xt|[Tt]ext|[Ss]end) [A-Z] (?:now|to \d)\b`,
  String.raw`\b(?:[Rr]eply(?:ing)?|REPLY|[Tt]xt(?:ing)?|TXT|[Tt]ext(?:ing)?|TEXT|[Ss]end|SEND)\s+(?:(?:with|back|back with|the word|the keyword|just|word:?)\s+)?["']?(?!STOP\b|OK\b|ME\b|IT\b|US\b|TO\b|U\b|BACK\b|ON\b)[A-Z][A-Z0-9]{1,}(?:\s[A-Z][A-Z0-9]+)?\b(?=["']?(?:\s+[a-z0-9(&]|\s*[.,!?)]|\s*$))`,
].join('|');

// Premium and non-geographic numbers and per-message prices the shared contact scan misses:
// UK 084x/087x/09xx numbers, pence per message, "(150p/SMS)".
const PREMIUM_EXTRA = [
  String.raw`(?:^|[^\d])(?:08[4-7]\d{7,10}|09\d{7,10}|070\d{8})(?!\d)`,
  String.raw`\b\d{2,3}p\s?(?:\/|per\s)\s?(?:sms|msg|min|minute|text|txt|wk|week|logo|pic|tone|call)\b`,
  String.raw`\b\d+\s?(?:gbp|pence|p)\s?\/\s?(?:sms|msg|wk|week|min)`,
  String.raw`\b(?:one|1) gbp\s?\/\s?sms`, String.raw`\b\d+p (?:per|a) (?:min|minute|msg|message|week)`,
  String.raw`\bpence per (?:min|minute|msg|message|text)`,
  String.raw`\b(?:txt|text|sms|send)\b(?!\s+["']?(?:stop|end|unsub|out|no)\b)[^.!?\n]{1,30}\b(?:to|2)(?: no)?[:.]?\s+\d{5,6}\b`,
].join('|');

// A bare five-digit number is, in English bulk SMS, the short code to text back; prices,
// amounts and references carry a currency sign, a separator or a unit instead.
const SHORT_CODE = String.raw`\b\d{5}(?<![£$€#.,:/-]\d{5})(?<!(?:stop|end|unsubscribe|out) (?:to|2|on) \d{5})\b(?![.,:/%-]?\d|\s?(?:rs|inr|usd|dollars?|euros?|yen|rupees|pounds|km|miles|kg|steps|people|views|words)\b)`;

// Landline and freephone numbers written with separators, and a number right after "call",
// which the shared phone scan (built for unbroken mobiles) does not see.
const CALLBACK_EXTRA = [
  words(
    String.raw`0\d{2,4}[- ]\d{6,8}`, String.raw`0\d{3}[- ]\d{3}[- ]\d{4}`, String.raw`0800 ?\d{6}`,
  ),
  String.raw`\b(?:call|cnt|contact|ph|tel|dial)[:.\s-]{1,3}\d{9}\b`,
].join('|');

// The "Hi Mum, new phone" scam: a child's voice, a new number, then money. Alone, a new number
// is ordinary news; scoring only trusts it together with a request for money.
const NEW_NUMBER = words(
  String.raw`(?:this is|here'?s) my new (?:number|no|phone)`,
  String.raw`(?:lost|dropped|broke|smashed) my phone`,
  String.raw`my (?:old )?phone (?:is )?(?:broken|broke|died|was stolen)`,
  String.raw`new phone,? (?:new|same) (?:number|me)`,
);
const MONEY_ASK = wordStarts(
  String.raw`(?:send|lend|transfer|wire|pay|give) me (?:some |a )?(?:money|cash|[£$€]\s?\d)`,
  String.raw`(?:can|could) (?:you|u) (?:send|transfer|lend|pay) (?:me )?(?:some |the )?(?:money|cash|[£$€]\s?\d)`,
  String.raw`pay (?:a |this )?bill for me`,
);

// A bank's or shop's own statement of a payment made: the amount with what happened to it.
const TRANSACTION = wordStarts(
  String.raw`(?:payment|purchase|withdrawal|transfer|transaction|debit|deposit) of [£$€]\s?\d`,
  String.raw`(?:debited|credited|withdrawn|spent|charged|received) (?:with )?[£$€]\s?\d`,
  String.raw`[£$€]\s?[\d,.]+ (?:has been |was )?(?:debited|credited|paid|withdrawn|received)`,
);

const REFUND = words(
  String.raw`tax (?:refund|rebate)`, String.raw`(?:we|hmrc|irs) owe[sd]? you`, String.raw`emergency refund`,
  String.raw`refund of [£$€]`, String.raw`compensation (?:of|up to)`,
);
const STUDENT_LOAN = String.raw`\bstudent loans? (?:forgiveness|cancellation|relief|discharge)\b`;

export const EN_RULES: readonly LexiconRule[] = [
  { code: 'promotion', re: new RegExp(SHOUTED, 'g') },
  { code: 'premium_rate', re: new RegExp(KEYWORD_REPLY, 'g') },
  { code: 'premium_rate', re: new RegExp(PREMIUM_EXTRA, 'gi') },
  { code: 'premium_rate', re: new RegExp(SHORT_CODE, 'gi') },
  { code: 'private_callback', re: new RegExp(CALLBACK_EXTRA, 'gi') },
  { code: 'prize_scam', re: new RegExp(PRIZE, 'gi') },
  { code: 'account_problem', re: new RegExp(ACCOUNT, 'gi') },
  { code: 'bait_link', re: new RegExp(BAIT, 'gi') },
  { code: 'acquaintance_impersonation', re: new RegExp(NEW_NUMBER, 'gi') },
  { code: 'transfer_request', re: new RegExp(MONEY_ASK, 'gi') },
  { code: 'refund_scam', re: new RegExp(REFUND, 'gi') },
  { code: 'student_loan_cancel', re: new RegExp(STUDENT_LOAN, 'gi') },
  { code: 'promotion', re: new RegExp(PROMOTION, 'gi') },
  { code: 'click_to_claim', re: new RegExp(CLICK_TO_CLAIM, 'gi') },
  { code: 'unsubscribe', re: new RegExp(UNSUBSCRIBE, 'gi') },
  { code: 'unsubscribe', re: new RegExp(STOP_SHOUTED, 'g') },
  { code: 'investment_scam', re: new RegExp(INVEST, 'gi') },
  { code: 'job_scam', re: new RegExp(JOB, 'gi') },
  { code: 'adult_service', re: new RegExp(ADULT, 'gi') },
  { code: 'one_time_code', re: new RegExp(ONE_TIME_CODE, 'gi') },
  { code: 'transaction', re: new RegExp(TRANSACTION, 'gi') },
  { code: 'service_notice', re: new RegExp(SERVICE, 'gi') },
  { code: 'conversation', re: new RegExp(CONVERSATION, 'gi') },
];
