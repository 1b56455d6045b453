// SPDX-License-Identifier: MIT
// The interface language: Chinese unless the user chose English, remembered across starts.
import { DEFAULT_LOCALE, errorKey, isLocale, translate, type Locale, type MessageKey, type Params } from '../i18n/translate';

const STORAGE_KEY = 'leakline.locale';

function readStoredLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be disabled for the page's origin; the default language is then the answer.
    return DEFAULT_LOCALE;
  }
}

class LocaleState {
  current = $state<Locale>(readStoredLocale());

  set(next: Locale): void {
    this.current = next;
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Without storage the choice lasts for this session only, which is all the page can do.
    }
  }

  toggle(): void {
    this.set(this.current === 'zh-CN' ? 'en' : 'zh-CN');
  }

  /** Puts the remembered language on <html lang> at start. */
  apply(): void {
    document.documentElement.lang = this.current;
  }
}

export const locale = new LocaleState();

/** Reading locale.current makes every caller in a template re-render when the language changes. */
export function t(key: MessageKey, params?: Params): string {
  return translate(locale.current, key, params);
}

/** A translated sentence for the code, followed by the main side's message (file, line, column). */
export function errorText(error: { code: string; message: string }): string {
  const explained = t(errorKey(error.code), { code: error.code });
  return error.message ? `${explained} ${error.message}` : explained;
}
