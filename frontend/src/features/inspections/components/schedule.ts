import type { TFunction } from 'i18next';

import type { PlannedItem } from '../types';

/** A planned item's schedule as text: 3、9 月 / 第2季度. */
export function scheduleText(
  item: Pick<PlannedItem, 'months' | 'quarter'>,
  t: TFunction<'inspections'>,
  language: string,
): string {
  if (item.quarter) return t('plans.schedule.quarter', { quarter: item.quarter });
  const separator = language === 'zh-CN' ? '、' : ', ';
  return t('plans.schedule.months', { months: item.months.join(separator) });
}
