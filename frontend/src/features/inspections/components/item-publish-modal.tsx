import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ActionModal } from '@/components/action-modal';
import { etagForVersion } from '@/lib/api/problem';

import { useInspectionItem, useItemChange } from '../api/items';
import type { InspectionItem } from '../types';

/** A leader publishes an item: from then on inspections may cite it (ENF-14). */
export function ItemPublishModal({
  township,
  item,
  onClose,
}: {
  township: string;
  item: InspectionItem;
  onClose: () => void;
}) {
  const { t } = useTranslation('inspections');
  const { message } = App.useApp();
  const record = useInspectionItem(township, item.id);
  const change = useItemChange(township);
  const etag = record.data?.etag ?? etagForVersion(item.version);

  const confirm = async () => {
    try {
      const saved = await change.mutateAsync({ kind: 'publish', id: item.id, etag });
      void message.success(t('items.publishedDone', { name: saved.item.name }));
      onClose();
    } catch {
      // the refusal shows in the dialog
    }
  };

  return (
    <ActionModal
      title={t('items.publishTitle')}
      okText={t('items.publish')}
      error={change.error}
      pending={change.isPending}
      onReload={() => void record.refetch().then(() => change.reset())}
      reloading={record.isFetching}
      onOk={() => void confirm()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {item.code} · {item.name}
      </Typography.Paragraph>
      <Typography.Paragraph>{t('items.publishConfirm', { name: item.name })}</Typography.Paragraph>
    </ActionModal>
  );
}
