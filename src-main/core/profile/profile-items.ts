// SPDX-License-Identifier: MIT
// The profile as a flat list of trackable items, keyed the way mentions name them (`phones.0`),
// and the masked spelling reports and the CLI show instead of the value itself.
import type { Profile, ProfileItem, ProfileItemType } from '../model/profile';
import { splitChineseName } from './chinese-names';

const LABELS: Record<Exclude<ProfileItemType, 'relative' | 'other'>, string> = {
  name: '姓名',
  phone: '手机号',
  id_number: '身份证号',
  bank_card: '银行卡',
  address: '住址',
  employer: '工作单位',
};

function numbered(label: string, i: number, count: number): string {
  return count > 1 ? `${label} ${i + 1}` : label;
}

export function profileItems(profile: Profile): ProfileItem[] {
  const items: ProfileItem[] = [];
  if (profile.name) items.push({ key: 'name', type: 'name', label: LABELS.name, value: profile.name });
  const phones = profile.phones ?? [];
  phones.forEach((value, i) => items.push({ key: `phones.${i}`, type: 'phone', label: numbered(LABELS.phone, i, phones.length), value }));
  if (profile.id_number) items.push({ key: 'id_number', type: 'id_number', label: LABELS.id_number, value: profile.id_number });
  const cards = profile.bank_cards ?? [];
  cards.forEach((value, i) => items.push({ key: `bank_cards.${i}`, type: 'bank_card', label: numbered(LABELS.bank_card, i, cards.length), value }));
  if (profile.address) items.push({ key: 'address', type: 'address', label: LABELS.address, value: profile.address });
  if (profile.employer) items.push({ key: 'employer', type: 'employer', label: LABELS.employer, value: profile.employer });
  profile.relatives?.forEach((r, i) =>
    items.push({ key: `relatives.${i}`, type: 'relative', label: `${r.relation ?? '亲属'} ${r.name}`, value: r.name }),
  );
  profile.others?.forEach((o, i) => items.push({ key: `others.${i}`, type: 'other', label: o.label, value: o.value }));
  return items;
}

function stars(n: number): string {
  return '*'.repeat(Math.max(1, n));
}

function maskName(name: string): string {
  const parts = splitChineseName(name);
  if (parts) {
    // 张伟 → 张*, 林晓峰 → 林*峰, 欧阳娜娜 → 欧阳*娜: the surname and the last character stay.
    if (parts.given.length === 1) return `${parts.surname}*`;
    return `${parts.surname}${stars(parts.given.length - 1)}${parts.given.slice(-1)}`;
  }
  return name
    .trim()
    .split(/\s+/)
    .map((w) => [...w][0] + stars([...w].length - 1))
    .join(' ');
}

function maskDigits(value: string, head: number, tail: number): string {
  const digits = value.replace(/[\s-]/g, '');
  if (digits.length <= tail) return stars(digits.length);
  if (digits.length <= head + tail) return stars(digits.length - tail) + digits.slice(-tail);
  return digits.slice(0, head) + stars(digits.length - head - tail) + digits.slice(-tail);
}

function maskAddress(address: string): string {
  const city = /^(?:.{2,8}?(?:省|自治区))?.{1,8}?(?:市|自治州|地区|盟)/u.exec(address);
  if (city && city[0].length < address.length) return `${city[0]}****`;
  return `${[...address].slice(0, 2).join('')}****`;
}

/** The value as reports show it: enough to recognise one's own data, not enough to leak it. */
export function maskProfileValue(type: ProfileItemType, value: string): string {
  switch (type) {
    case 'name':
    case 'relative':
      return maskName(value);
    case 'phone':
      return maskDigits(value.replace(/^\+86\s*/, ''), 3, 4);
    case 'id_number':
      return maskDigits(value.toUpperCase(), 4, 4);
    case 'bank_card':
      return `**** ${value.replace(/\D/g, '').slice(-4)}`;
    case 'address':
      return maskAddress(value);
    case 'employer': {
      // A short name would show whole with two characters kept.
      const chars = [...value];
      return `${chars.slice(0, chars.length > 3 ? 2 : 1).join('')}***`;
    }
    case 'other': {
      const chars = [...value];
      return chars.length <= 1 ? '*' : chars[0] + stars(Math.min(chars.length - 1, 6));
    }
  }
}
