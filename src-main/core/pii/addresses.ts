// SPDX-License-Identifier: MIT
// Chinese postal addresses: a chain of administrative and street parts in their fixed order
// (省 市 区/县 镇/街道 路/街 号 小区/大厦 号楼/栋 单元 室). A chain only counts when it has enough
// parts to point at a place (中山路100号, 南京市鼓楼区, 阳光花园5栋2单元301室); a district
// mentioned alone (鼓楼区精品两居) does not. The chain must start after punctuation or a word that
// introduces a place (住, 至, 在, 地址 ...), otherwise "上门至南京市" would start at 上.
import type { PiiFinding } from '../model/analysis';

const H = String.raw`[\u4e00-\u9fa5]`;
const LEAD_CHARS = '至到在于址往住是为的：寄送居';
const PART = {
  province: String.raw`(?<province>${H}{2,3}省|${H}{2,5}自治区)`,
  city: String.raw`(?<city>${H}{2,4}?市)`,
  district: String.raw`(?<district>${H}{1,4}?(?<![小社园景校城郊山地专片辖灾雷误禁盲营])(?:区|县|旗))`,
  town: String.raw`(?<town>${H}{1,5}?(?:镇|乡|街道))`,
  road: String.raw`(?<road>${H}{1,6}?(?:大道|路|街|巷|弄|胡同)(?:[东西南北中]段|[一二三四五六七八九十\d]{1,2}段)?)`,
  number: String.raw`(?<number>\d{1,5}(?:-\d{1,4})?号(?!楼|线|码|房|机|车)(?:院)?)`,
  estate: String.raw`(?<estate>[\u4e00-\u9fa5A-Za-z]{2,10}?(?:小区|花园|公寓|大厦|广场|新村|家园|苑|府|城|中心|大楼|园|里))`,
  building: String.raw`(?<building>(?:\d{1,3}|[A-Z])(?:号楼|栋|幢|座|号院))`,
  unit: String.raw`(?<unit>\d{1,2}单元)`,
  room: String.raw`(?<room>\d{2,5}(?:室|房)|(?<=单元|栋|幢|号楼|座)\d{3,5})`,
};
// Sticky: tried only at positions a few characters before a character that ends an address part.
const ADDRESS = new RegExp(
  String.raw`(?<=^|[^\u4e00-\u9fa5]|[${LEAD_CHARS}])(?=[\u4e00-\u9fa5\d])` +
    `${PART.province}?${PART.city}?${PART.district}?${PART.town}?(?:${PART.road}${PART.number}?)?${PART.estate}?${PART.building}?${PART.unit}?${PART.room}?`,
  'y',
);
const PART_END = /[省市区县旗镇乡街路巷弄苑园城府栋幢座室]/g;
/** Longest stretch before a part-ending character where an address can start (江苏省 南京市 ...). */
const REACH = 12;

const PART_ORDER = ['province', 'city', 'district', 'town', 'road', 'estate'] as const;
// Words that end the clause before a place ("包裹已到宁海路52号", "是南京市...").
const LEAD_IN = /^.*[至到在于址往住是为的：寄送居已请派发去来从回]/;

/** How many leading characters of the first part belong to the sentence rather than the place. */
function leadInLength(m: RegExpExecArray): number {
  const groups = m.groups ?? {};
  const first = PART_ORDER.map((name) => groups[name]).find((value) => value !== undefined);
  if (!first) return 0;
  const lead = LEAD_IN.exec(first.slice(0, -2));
  return lead ? lead[0].length : 0;
}

function scoreOf(g: Record<string, string | undefined>): number {
  const parts = Object.values(g).filter((v) => v !== undefined).length;
  const streetLevel = (g.road !== undefined && g.number !== undefined) || (g.estate !== undefined && (g.building ?? g.unit ?? g.room) !== undefined);
  const areaLevel = (g.city !== undefined || g.province !== undefined) && g.district !== undefined;
  if (streetLevel) return Math.min(0.9, 0.6 + 0.05 * parts);
  if (areaLevel) return Math.min(0.7, 0.45 + 0.05 * parts);
  if (g.district !== undefined && g.road !== undefined) return 0.6;
  if (parts >= 3) return 0.6;
  return 0;
}

export function findAddresses(text: string, out: PiiFinding[]): void {
  let from = 0;
  PART_END.lastIndex = 0;
  for (let anchor = PART_END.exec(text); anchor; anchor = PART_END.exec(text)) {
    for (let at = Math.max(from, anchor.index - REACH); at <= anchor.index; at++) {
      ADDRESS.lastIndex = at;
      const m = ADDRESS.exec(text);
      if (!m || m[0] === '') continue;
      const end = at + m[0].length;
      const score = scoreOf(m.groups ?? {});
      if (score === 0) continue;
      const start = at + leadInLength(m);
      out.push({ type: 'address', value: text.slice(start, end), start, end, score });
      from = end;
      PART_END.lastIndex = end;
      break;
    }
    from = Math.max(from, anchor.index + 1);
  }
}
