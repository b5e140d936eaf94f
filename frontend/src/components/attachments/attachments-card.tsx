import { UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Popconfirm,
  Progress,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Access } from '@/components/access';
import { ProblemAlert } from '@/components/problem-alert';
import { useAccess } from '@/lib/access';
import { useFormat } from '@/lib/format';

import './i18n';
import {
  useAttachments,
  useDeleteAttachment,
  useDownloadAttachment,
  useUploadAttachment,
  useVerifyAttachment,
} from './api';
import { attachmentKinds, type Attachment, type AttachmentKind } from './types';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The files of one record: list, download, verify, upload with progress, remove where the API allows. */
export function AttachmentsCard({
  township,
  recordType,
  recordId,
  defaultKind = 'OTHER',
}: {
  township: string;
  recordType: string;
  recordId: string;
  defaultKind?: AttachmentKind;
}) {
  const { t } = useTranslation('attachments');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const access = useAccess(township);
  const files = useAttachments(township, recordType, recordId);
  const upload = useUploadAttachment(township, recordType, recordId);
  const remove = useDeleteAttachment(township, recordType, recordId);
  const verify = useVerifyAttachment(township);
  const download = useDownloadAttachment(township);
  const [kind, setKind] = useState<AttachmentKind>(defaultKind);
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);

  const send = async (file: File) => {
    setProgress({ name: file.name, percent: 0 });
    try {
      await upload.mutateAsync({
        file,
        kind,
        onProgress: (share) => setProgress({ name: file.name, percent: Math.round(share * 100) }),
      });
      message.success(t('uploaded', { name: file.name }));
    } catch {
      // the refusal shows below
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card title={t('title')} style={{ marginBottom: 16 }}>
      <Access accessible={access.canUploadFiles}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<AttachmentKind>
            aria-label={t('kindLabel')}
            value={kind}
            onChange={setKind}
            style={{ width: 170 }}
            options={attachmentKinds.map((value) => ({ value, label: t(`kind.${value}`) }))}
          />
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              void send(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('choose')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('hint')}</Typography.Text>
        </Space>
        {progress && (
          <div style={{ marginBottom: 12 }}>
            <Typography.Text>{t('uploading', { name: progress.name })}</Typography.Text>
            <Progress percent={progress.percent} size="small" />
          </div>
        )}
        <ProblemAlert error={upload.error} style={{ marginBottom: 12 }} />
      </Access>
      <ProblemAlert
        error={files.error ?? remove.error ?? download.error}
        style={{ marginBottom: 12 }}
      />
      <Table<Attachment>
        rowKey="id"
        size="small"
        loading={files.isFetching}
        dataSource={files.data ?? []}
        pagination={false}
        locale={{ emptyText: t('empty') }}
        columns={[
          {
            title: t('columns.name'),
            dataIndex: 'fileName',
            key: 'name',
            render: (name: string, file) => (
              <Typography.Link onClick={() => download.mutate(file)}>{name}</Typography.Link>
            ),
          },
          {
            title: t('columns.kind'),
            dataIndex: 'kind',
            key: 'kind',
            render: (value: AttachmentKind) => <Tag>{t(`kind.${value}`)}</Tag>,
          },
          { title: t('columns.size'), dataIndex: 'size', key: 'size', render: size },
          { title: t('columns.uploadedBy'), dataIndex: 'uploadedBy', key: 'uploadedBy' },
          {
            title: t('columns.uploadedAt'),
            dataIndex: 'uploadedAt',
            key: 'uploadedAt',
            render: (at: string) => format.dateTime(at),
          },
          {
            title: t('columns.actions'),
            key: 'actions',
            render: (_: unknown, file) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => download.mutate(file)}>
                  {t('download')}
                </Button>
                <Button
                  size="small"
                  type="link"
                  onClick={async () => {
                    const result = await verify.mutateAsync(file.id);
                    if (result.intact) message.success(t('intact'));
                    else message.error(t('altered'));
                  }}
                >
                  {t('verify')}
                </Button>
                {file.removable && (
                  <Popconfirm
                    title={t('removeConfirm', { name: file.fileName })}
                    okText={tc('actions.confirm')}
                    cancelText={tc('actions.cancel')}
                    onConfirm={() =>
                      remove.mutateAsync(file.id).then(() => message.success(t('removed')))
                    }
                  >
                    <Button size="small" type="link" danger>
                      {t('remove')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
