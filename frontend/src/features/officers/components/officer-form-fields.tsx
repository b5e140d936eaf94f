import { DatePicker, Form, Input, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '@/lib/format';

import { departments } from '../types';

// the first format is shown; the others are accepted when typed
const dateFormats = {
  'zh-CN': ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/M/D'],
  en: ['MMM D, YYYY', 'YYYY-MM-DD', 'YYYY/M/D'],
};

export function OfficerFormFields() {
  const { t } = useTranslation('officers');
  const language = useLanguage();
  const hasCertificate = Form.useWatch<boolean>('hasCertificate');
  const tooLong = (max: number) => ({ max, message: t('form.tooLong', { max }) });

  return (
    <>
      <Form.Item
        name="name"
        label={t('form.name')}
        rules={[{ required: true, whitespace: true, message: t('form.nameRequired') }, tooLong(50)]}
      >
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="department"
        label={t('form.department')}
        rules={[{ required: true, message: t('form.departmentRequired') }]}
      >
        <Select
          options={departments.map((value) => ({ value, label: t(`department.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('form.phone')}
        rules={[tooLong(20), { pattern: /^[0-9+\- ]{5,20}$/, message: t('form.phoneInvalid') }]}
      >
        <Input maxLength={20} autoComplete="off" inputMode="tel" />
      </Form.Item>
      <Form.Item name="hasCertificate" label={t('form.hasCertificate')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {hasCertificate && (
        <>
          <Form.Item
            name={['certificate', 'number']}
            label={t('form.certificateNumber')}
            rules={[
              { required: true, whitespace: true, message: t('form.numberRequired') },
              tooLong(40),
            ]}
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name={['certificate', 'issuedOn']}
            label={t('form.issuedOn')}
            rules={[{ required: true, message: t('form.issuedOnRequired') }]}
          >
            <DatePicker format={dateFormats[language]} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name={['certificate', 'expiresOn']}
            label={t('form.expiresOn')}
            dependencies={[['certificate', 'issuedOn']]}
            rules={[
              { required: true, message: t('form.expiresOnRequired') },
              ({ getFieldValue }) => ({
                validator: async (_, value: Dayjs | undefined) => {
                  const issued = getFieldValue(['certificate', 'issuedOn']) as Dayjs | undefined;
                  if (value && issued && !value.isAfter(issued, 'day')) {
                    throw new Error(t('form.expiresAfterIssue'));
                  }
                },
              }),
            ]}
          >
            <DatePicker format={dateFormats[language]} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </>
  );
}
