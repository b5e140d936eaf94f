import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { ApiError, etagForVersion } from '@/lib/api/problem';
import { showViolations } from '@/lib/form-errors';

import { useChangeOfficerStatus } from '../api/change-officer-status';
import { useOfficer } from '../api/get-officer';
import type { Officer } from '../types';

export type StatusAction = 'suspend' | 'reinstate';

type Props = {
  township: string;
  officer: Officer;
  action: StatusAction;
  onClose: () => void;
};

/** Suspend (with a reason) or reinstate an officer; refusals and 412 show here, by the button. */
export function OfficerStatusModal({ township, officer, action, onClose }: Props) {
  const { t } = useTranslation('officers');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  // the latest version, so If-Match carries a fresh ETag
  const record = useOfficer(township, officer.id);
  const change = useChangeOfficerStatus(township);
  const current = record.data ?? { officer, etag: etagForVersion(officer.version) };
  const stale = change.error instanceof ApiError && change.error.isStale;
  const done =
    action === 'suspend'
      ? current.officer.status === 'SUSPENDED'
      : current.officer.status === 'ACTIVE';

  const confirm = async (reason: string) => {
    try {
      const saved = await change.mutateAsync(
        action === 'suspend'
          ? { action, id: officer.id, etag: current.etag, reason }
          : { action, id: officer.id, etag: current.etag },
      );
      void message.success(
        action === 'suspend'
          ? t('actions.suspended', { name: saved.officer.name })
          : t('actions.reinstated', { name: saved.officer.name }),
      );
      onClose();
    } catch (caught) {
      if (caught instanceof ApiError) showViolations(form, caught.problem.violations, ['reason']);
    }
  };

  const reload = async () => {
    await record.refetch();
    change.reset();
  };

  return (
    <Modal
      open
      title={
        action === 'suspend'
          ? t('actions.suspendTitle', { name: officer.name })
          : t('actions.reinstateTitle', { name: officer.name })
      }
      okText={action === 'suspend' ? t('actions.suspend') : t('actions.reinstate')}
      okButtonProps={{ danger: action === 'suspend', disabled: done || stale }}
      confirmLoading={change.isPending}
      onCancel={onClose}
      onOk={() => (action === 'suspend' ? form.submit() : void confirm(''))}
      destroyOnHidden
    >
      {done && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={action === 'suspend' ? t('actions.alreadySuspended') : t('actions.alreadyActive')}
        />
      )}
      {action === 'suspend' ? (
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => void confirm(values.reason.trim())}
        >
          <Form.Item
            name="reason"
            label={t('actions.reason')}
            rules={[
              { required: true, whitespace: true, message: t('actions.reasonRequired') },
              { max: 500, message: t('form.tooLong', { max: 500 }) },
            ]}
          >
            <Input.TextArea
              rows={4}
              maxLength={500}
              showCount
              placeholder={t('actions.reasonPlaceholder')}
            />
          </Form.Item>
        </Form>
      ) : (
        <Typography.Paragraph>
          {t('actions.reinstateConfirm', { name: officer.name })}
        </Typography.Paragraph>
      )}
      {stale ? (
        <StaleRecordAlert onReload={() => void reload()} reloading={record.isFetching} />
      ) : (
        <ProblemAlert error={change.error} hideFields={['reason']} style={{ marginTop: 8 }} />
      )}
    </Modal>
  );
}
