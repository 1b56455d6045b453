// SPDX-License-Identifier: MIT
// Threats and deadlines. Legal debt collection may remind and may sue; it may not threaten to
// visit the family, shame the debtor to their contacts or hurt anyone, and scams lean on
// "within 2 hours" urgency. Each list is one alternation.
export const THREAT_LAWSUIT =
  /起诉|诉讼|立案|律师函|法律程序|司法程序|法院传票|传票|强制执行|仲裁|法务部|移交(?:法务|律师)|追究(?:其|您|你)?法律责任|法律责任|sue you|legal action|court action|lawsuit/gi;
export const THREAT_POLICE =
  /报警|报案|公安机关|刑事责任|刑事案件|拘留|坐牢|判刑|逮捕|拘捕|通缉|涉嫌(?:诈骗|恶意透支|犯罪|洗钱)|诈骗罪|信用卡诈骗|恶意透支|arrest warrant|arrested|police will/gi;
export const THREAT_CREDIT =
  /上报征信|影响(?:您的|你的|个人)?征信|征信(?:黑名单|污点|受损|报告)|不良记录|失信(?:被执行人|名单)?|黑名单|信用记录|credit (?:score|record|report)/gi;
export const THREAT_VISIT =
  /上门(?:催收|拜访|走访|调查|核实|处理)?|家访|实地(?:走访|调查|催收)|到(?:你|您)(?:家|单位|公司|老家|户籍地)|户籍地|外访|走访|去(?:你|您)(?:家|单位|公司)/g;
export const THREAT_EXPOSE_CONTACTS =
  /爆(?:你|您)?通讯录|通讯录(?:联系人|好友|里的|所有)?|通知(?:你|您)(?:的)?(?:家人|亲友|朋友|同事|领导|单位|父母|全部|所有)|联系(?:你|您)(?:的)?(?:家人|亲友|朋友|同事|领导|单位|父母)|(?:发到|曝光到?|公布到?)(?:你|您)?(?:的)?(?:朋友圈|群|单位|公司|网上)|曝光|全网通报/g;
export const THREAT_VIOLENCE =
  /后果自负|后果很严重|弄死|打死|砍死|砍你|卸你|废了你|小心(?:你|您)的|小心点|走着瞧|等着瞧|你等着|不得好死|(?:你|您)全家|全家(?:死|完蛋|遭殃|不得安宁|陪葬)|出门小心|让你好看|有你好看|别怪我们不客气|不客气了/g;
export const DEADLINE =
  /(?:\d{1,2}|[一二两三四五六七八九十半])\s*(?:个)?(?:小时|钟头)内|今天(?:\d{1,2}点|下午|晚上|中午)?(?:之前|前|内)|今日(?:\d{1,2}[点时:：]\d{0,2})?(?:之前|前|内)|今晚(?:\d{1,2}点)?(?:之前|前)|当天(?:之前|内)|(?:\d{1,2}[点时:：]\d{0,2})(?:之前|前)(?:处理|还款|还清|联系|回复|核实)|立即处理|马上处理|立刻处理|最后(?:一次)?(?:通知|机会|期限)|限(?:你|您)?(?:今天|今日|\d+小时)|逾期不处理|过时不候|\bwithin (?:\d+|24|48|one|two) hours?\b|\btoday only\b|\bimmediately\b|\bfinal (?:notice|warning|attempt)\b|\burgent(?:ly)?\b/gi;
