export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'zh-CN';
export const languageStorageKey = 'fazhi.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language the UI shows, remembered across visits. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(languageStorageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}
