import { Button, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { useAttachments, useDownloadAttachment } from '@/components/attachments/api';

/**
 * ENF-09: the full-process record may point to the case's own files: the footage as a file instead of its
 * reference, and the documents that make the file complete. The choices are the files uploaded to the case.
 */
export function CaseFileFields({ township, caseId }: { township: string; caseId: string }) {
  const { t } = useTranslation('cases');
  const files = useAttachments(township, 'enforcement-case', caseId);
  const options = (files.data ?? []).map((file) => ({ value: file.id, label: file.fileName }));
  const common = {
    options,
    loading: files.isPending,
    notFoundContent: t('action.noCaseFiles'),
    showSearch: { optionFilterProp: 'label' },
  } as const;
  return (
    <>
      <Form.Item
        name="recorderFootageFile"
        label={t('action.recorderFootageFile')}
        extra={t('action.recorderFootageFileHelp')}
      >
        <Select {...common} allowClear placeholder={t('action.chooseCaseFile')} />
      </Form.Item>
      <Form.Item name="documentFiles" label={t('action.documentFiles')}>
        <Select {...common} mode="multiple" allowClear placeholder={t('action.chooseCaseFile')} />
      </Form.Item>
    </>
  );
}

/** The files the record points to, by name, each a download (a file no longer listed shows its id). */
export function CaseFileLinks({
  township,
  caseId,
  ids,
}: {
  township: string;
  caseId: string;
  ids: string[];
}) {
  const files = useAttachments(township, 'enforcement-case', caseId);
  const download = useDownloadAttachment(township);
  return (
    <>
      {ids.map((id) => {
        const file = files.data?.find((candidate) => candidate.id === id);
        return file ? (
          <Button
            key={id}
            type="link"
            size="small"
            style={{ paddingInline: 4 }}
            onClick={() => download.mutate(file)}
          >
            {file.fileName}
          </Button>
        ) : (
          <span key={id}>{id} </span>
        );
      })}
    </>
  );
}
