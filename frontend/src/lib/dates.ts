import dayjs, { type Dayjs } from 'dayjs';

import type { Language } from './i18n/languages';

/** What a DatePicker shows (the first) and accepts when typed (all), per UI language. */
export const dateInputFormats: Record<Language, string[]> = {
  'zh-CN': ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/M/D'],
  en: ['MMM D, YYYY', 'YYYY-MM-DD', 'YYYY/M/D'],
};

/** A picked day as the API writes it (`2025-06-30`); undefined stays undefined. */
export function toIsoDate(date: Dayjs | null | undefined): string | undefined {
  return date ? date.format('YYYY-MM-DD') : undefined;
}

/** An API date for a DatePicker. */
export function fromIsoDate(date: string | null | undefined): Dayjs | undefined {
  return date ? dayjs(date) : undefined;
}

/** Today in the reader's time zone, as the API writes dates. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
