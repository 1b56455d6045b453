// SPDX-License-Identifier: MIT
// The parts of a Chinese address that identify a home on their own. A city or district is shared
// by millions, so a message only shows it knows the address when it names the road and number or
// the residential compound; "鼓楼区中山路100号" without the city is as telling as the full string.

export interface AddressPart {
  text: string;
  score: number;
}

const ADMIN_PREFIX = /^(?:.{2,8}?(?:省|自治区))?(?:.{1,8}?(?:市|自治州|地区|盟))?/u;
const DISTRICT = /^.{1,8}?(?:区|县|旗)/u;
const TOWN = /^.{1,8}?(?:街道|镇|乡)/u;
const ROAD_NUMBER = /([\u4e00-\u9fff]{1,10}?(?:大道|大街|路|街|巷|弄|胡同|道))\s*([0-9０-９]+(?:[-之][0-9]+)?号)/u;
const COMPOUND = /([\u4e00-\u9fff]{2,10}?(?:小区|花园|家园|新村|公寓|大厦|山庄|嘉园|雅苑|名苑|华庭|公馆|广场|苑|府|庭|城))/u;
/** Suffix words that are whole compounds only when something precedes them. */
const GENERIC_COMPOUND = new Set(['小区', '花园', '公寓', '大厦', '广场', '新村', '家园']);

/** The identifying parts of an address, most specific first; empty when none can be found. */
export function addressParts(address: string): AddressPart[] {
  const compact = address.replace(/\s+/g, '');
  const parts: AddressPart[] = [];
  const afterCity = compact.slice(ADMIN_PREFIX.exec(compact)?.[0].length ?? 0);
  const districtLength = DISTRICT.exec(afterCity)?.[0].length ?? 0;
  let rest = afterCity.slice(districtLength);
  rest = rest.slice(TOWN.exec(rest)?.[0].length ?? 0);

  const road = ROAD_NUMBER.exec(rest);
  const compound = COMPOUND.exec(road ? rest.slice(road.index + road[0].length) : rest);
  if (!road && !compound) return parts;
  if (afterCity !== compact && afterCity.length >= 6) parts.push({ text: afterCity, score: 0.85 });
  if (road) {
    // Road and number plus building or room is more telling than the road and number alone.
    const fromRoad = rest.slice(road.index);
    if (fromRoad.length > road[0].length) parts.push({ text: fromRoad, score: 0.8 });
    parts.push({ text: road[1]! + road[2]!, score: 0.7 });
  }
  if (compound && !GENERIC_COMPOUND.has(compound[1]!)) parts.push({ text: compound[1]!, score: 0.6 });
  const seen = new Set<string>([compact]);
  return parts.filter((p) => (seen.has(p.text) ? false : (seen.add(p.text), true)));
}
