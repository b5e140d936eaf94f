import { Checkbox, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

import { CaseFileFields } from '../case-file-fields';

import { useRules } from './fields';
import { blank } from './values';
import type { VerbFieldsProps, VerbForm } from './verb-form';

function RecordProcessFields({ township, record }: VerbFieldsProps) {
  const { t } = useTranslation('cases');
  const { text } = useRules();
  return (
    <>
      <Form.Item
        name="recorderFootageRef"
        label={t('action.recorderFootageRef')}
        rules={text(200, false)}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <CaseFileFields township={township} caseId={record.id} />
      <Flex vertical gap={0}>
        {(['documentsComplete', 'certificatesShown', 'uniformWorn'] as const).map((name) => (
          <Form.Item key={name} name={name} valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{t(`action.${name}`)}</Checkbox>
          </Form.Item>
        ))}
      </Flex>
    </>
  );
}

/** 全过程记录: the recorder footage, the documents, certificates shown and uniform worn (ENF-09). */
export const recordProcessForm: VerbForm<'record-process'> = {
  Fields: RecordProcessFields,
  initialValues: (record) => ({
    recorderFootageRef: record.processRecord?.recorderFootageRef ?? undefined,
    recorderFootageFile: record.processRecord?.recorderFootageFile ?? undefined,
    documentsComplete: record.processRecord?.documentsComplete ?? false,
    documentFiles: record.processRecord?.documentFiles ?? [],
    certificatesShown: record.processRecord?.certificatesShown ?? false,
    uniformWorn: record.processRecord?.uniformWorn ?? false,
  }),
  toBody: (values) => ({
    recorderFootageRef: blank(values.recorderFootageRef),
    recorderFootageFile: values.recorderFootageFile ?? null,
    documentsComplete: Boolean(values.documentsComplete),
    documentFiles: values.documentFiles ?? [],
    certificatesShown: Boolean(values.certificatesShown),
    uniformWorn: Boolean(values.uniformWorn),
  }),
};
