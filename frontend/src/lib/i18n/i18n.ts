import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import { defaultLanguage, languages, storedLanguage } from './languages';
import { common as commonEn } from './locales/en';
import { common as commonZh } from './locales/zh-CN';

/**
 * One i18next instance for the app. Areas add their own namespace when their route loads
 * (see `registerMessages`), so the first page carries only the shell's texts.
 */
void i18n.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: [...languages],
  defaultNS: 'common',
  ns: ['common'],
  resources: {
    'zh-CN': { common: commonZh },
    en: { common: commonEn },
  },
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

export function registerMessages<T extends object>(
  namespace: string,
  messages: { 'zh-CN': T; en: T },
): void {
  for (const language of languages) {
    if (!i18n.hasResourceBundle(language, namespace)) {
      i18n.addResourceBundle(language, namespace, messages[language]);
    }
  }
}

export default i18n;
