import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** A public page of a township the API does not know (404). */
export function TownshipNotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t('errors.townshipNotFound')} />;
}
