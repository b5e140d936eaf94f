import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '@/lib/format';
import { isLanguage, rememberLanguage } from '@/lib/i18n/languages';

/** 中文 / English; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  return (
    <Segmented
      size="small"
      aria-label={t('header.language')}
      value={language}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        rememberLanguage(value);
        void i18n.changeLanguage(value);
      }}
    />
  );
}
