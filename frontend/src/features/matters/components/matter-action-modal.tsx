import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { etagForVersion } from '@/lib/api/problem';

import { useMatter } from '../api/get-matter';
import { useMatterChange } from '../api/save-matter';
import type { EnforcementMatter } from '../types';

export type MatterVerb = 'publish' | 'withdraw';

/** Publish or withdraw a matter (leader); a refusal or a 412 shows by the button. */
export function MatterActionModal({
  township,
  matter,
  verb,
  onClose,
}: {
  township: string;
  matter: EnforcementMatter;
  verb: MatterVerb;
  onClose: () => void;
}) {
  const { t } = useTranslation('matters');
  const { message } = App.useApp();
  // the latest version, so If-Match carries a fresh ETag
  const record = useMatter(township, matter.id);
  const change = useMatterChange(township);
  const current = record.data ?? { matter, etag: etagForVersion(matter.version) };

  const confirm = async () => {
    try {
      const saved = await change.mutateAsync({ kind: verb, id: matter.id, etag: current.etag });
      void message.success(
        verb === 'publish'
          ? t('actions.published', { name: saved.matter.name })
          : t('actions.withdrawn', { name: saved.matter.name }),
      );
      onClose();
    } catch {
      // the refusal shows in the dialog
    }
  };

  return (
    <ActionModal
      title={verb === 'publish' ? t('actions.publishTitle') : t('actions.withdrawTitle')}
      okText={verb === 'publish' ? t('actions.publish') : t('actions.withdraw')}
      danger={verb === 'withdraw'}
      error={change.error}
      pending={change.isPending}
      onReload={() => void record.refetch().then(() => change.reset())}
      reloading={record.isFetching}
      onOk={() => void confirm()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {matter.code} · {matter.name}
      </Typography.Paragraph>
      <Typography.Paragraph>
        {verb === 'publish'
          ? t('actions.publishConfirm', { name: matter.name })
          : t('actions.withdrawConfirm', { name: matter.name })}
      </Typography.Paragraph>
    </ActionModal>
  );
}
