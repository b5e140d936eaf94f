import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** 412 (SYS-02): someone saved the record after it was read; offer the latest version. */
export function StaleRecordAlert({
  onReload,
  reloading,
}: {
  onReload: () => void;
  reloading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('stale.title')}
      description={t('stale.description')}
      action={
        <Button size="small" type="primary" onClick={onReload} loading={reloading}>
          {t('actions.reload')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
