import { useTranslation } from 'react-i18next';

import { isLanguage, type Language, defaultLanguage } from './i18n/languages';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date `2025-06-30` as the reader's language writes it: 2025年6月30日 / Jun 30, 2025. */
export function formatDate(isoDate: string | null | undefined, language: Language): string {
  if (!isoDate) return '';
  const match = ISO_DATE.exec(isoDate.slice(0, 10));
  if (!match) return isoDate;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (language === 'zh-CN') return `${year}年${month}月${day}日`;
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** An instant in the reader's time zone: 2025年6月30日 14:05 / Jun 30, 2025, 2:05 PM. */
export function formatDateTime(instant: string | null | undefined, language: Language): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  if (language === 'zh-CN') {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const moneyFormat = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** CNY from the API's decimal string: "2000.00" → ¥2,000.00 in either language. */
export function formatMoney(amount: string | number | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (Number.isNaN(value)) return String(amount);
  const sign = value < 0 ? '-' : '';
  return `${sign}¥${moneyFormat.format(Math.abs(value))}`;
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : defaultLanguage;
}

/** The formatters bound to the language the UI shows now. */
export function useFormat() {
  const language = useLanguage();
  return {
    language,
    date: (isoDate: string | null | undefined) => formatDate(isoDate, language),
    dateTime: (instant: string | null | undefined) => formatDateTime(instant, language),
    money: formatMoney,
  };
}
