import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Select, Upload } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useAttachments, useUploadAttachment } from '@/components/attachments/api';
import { DateInput } from '@/components/date-input';
import { ProblemAlert } from '@/components/problem-alert';

import type { ActionValues } from './values';

/** The record type of a contract's files. */
export const CONTRACT_FILES = 'contract';

/** The rules the forms share: a required field, and a text with a maximum length. */
export function useRules() {
  const { t: tc } = useTranslation();
  const required = { required: true, message: tc('form.required') };
  const text = (max: number, mandatory = true): Rule[] => [
    ...(mandatory ? [{ required: true, whitespace: true, message: tc('form.required') }] : []),
    { max, message: tc('form.tooLong', { max }) },
  ];
  return { required, text };
}

/** The day the action was taken, not after today. */
export function ActionDate({ label }: { label: ReactNode }) {
  const { required } = useRules();
  return (
    <Form.Item name="date" label={label} rules={[required]} style={{ maxWidth: 260 }}>
      <DateInput
        allowClear={false}
        disabledDate={(candidate) => candidate.isAfter(dayjs(), 'day')}
      />
    </Form.Item>
  );
}

/** A choice among the files uploaded to the contract (the signed text, a milestone's evidence). */
export function ContractFileSelect({
  township,
  contractId,
  multiple = false,
  value,
  onChange,
  id,
  style,
}: {
  township: string;
  contractId: string;
  multiple?: boolean;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  id?: string;
  style?: React.CSSProperties;
}) {
  const { t } = useTranslation('contracts');
  const files = useAttachments(township, CONTRACT_FILES, contractId);
  return (
    <Select
      id={id}
      style={style}
      value={value}
      onChange={onChange}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      options={(files.data ?? []).map((file) => ({ value: file.id, label: file.fileName }))}
      loading={files.isPending}
      notFoundContent={t('action.noFiles')}
      placeholder={t('action.chooseFile')}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

/**
 * The signed text: one of the contract's files, or one uploaded here (kind CONTRACT) and chosen at once, so the
 * signing need not wait for a trip to the files card.
 */
export function SignedFileField({
  township,
  contractId,
}: {
  township: string;
  contractId: string;
}) {
  const { t } = useTranslation('contracts');
  const { required } = useRules();
  const { message } = App.useApp();
  const form = Form.useFormInstance<ActionValues>();
  const upload = useUploadAttachment(township, CONTRACT_FILES, contractId);
  return (
    <Form.Item
      label={t('action.signedFile')}
      htmlFor="signed-file"
      required
      extra={t('action.signedFileHelp')}
    >
      <Flex gap={8} align="flex-start">
        <Form.Item name="signedFileId" rules={[required]} noStyle>
          <ContractFileSelect
            id="signed-file"
            township={township}
            contractId={contractId}
            style={{ flex: 1, minWidth: 0 }}
          />
        </Form.Item>
        <Upload
          showUploadList={false}
          customRequest={({ file }) => {
            const chosen = file as File;
            void upload
              .mutateAsync({ file: chosen, kind: 'CONTRACT' })
              .then((stored) => {
                form.setFieldValue('signedFileId', stored.id);
                void form.validateFields(['signedFileId']);
                void message.success(t('action.uploaded', { name: stored.fileName }));
              })
              .catch(() => {
                // the refusal shows below
              });
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending}>
            {t('action.uploadSignedFile')}
          </Button>
        </Upload>
      </Flex>
      <ProblemAlert error={upload.error} style={{ marginTop: 8 }} />
    </Form.Item>
  );
}
