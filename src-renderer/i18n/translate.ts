// SPDX-License-Identifier: MIT
// Looks strings up in the catalogue of a locale and fills in {named} parameters.
import { en } from './en';
import { zhCN, type MessageKey } from './zh-CN';

export type { MessageKey };
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const catalogs: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export type Params = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const text = catalogs[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The key that explains an error code; codes the page does not know fall back to a generic text. */
export function errorKey(code: string): MessageKey {
  const key = `error.${code}`;
  return isMessageKey(key) ? key : 'error.unknown';
}
