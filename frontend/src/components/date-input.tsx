import { DatePicker, type DatePickerProps } from 'antd';

import { dateInputFormats } from '@/lib/dates';
import { useLanguage } from '@/lib/format';

/** A DatePicker that shows 2025年6月30日 in Chinese and accepts 2025-06-30 when typed. */
export function DateInput(props: Omit<DatePickerProps, 'format'>) {
  const language = useLanguage();
  return <DatePicker format={dateInputFormats[language]} style={{ width: '100%' }} {...props} />;
}
