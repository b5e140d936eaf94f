import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { CertificateState } from '../certificate';

/** Marks an expired certificate and one expiring within 30 days; a valid one needs no mark. */
export function CertificateTag({ state }: { state: CertificateState }) {
  const { t } = useTranslation('officers');
  switch (state.kind) {
    case 'none':
      return <Tag>{t('certificate.none')}</Tag>;
    case 'expired':
      return <Tag color="error">{t('certificate.expired')}</Tag>;
    case 'notYetValid':
      return <Tag color="default">{t('certificate.notYetValid')}</Tag>;
    case 'expiring':
      return (
        <Tag color="warning">
          {state.daysLeft === 0
            ? t('certificate.expiresToday')
            : t('certificate.expiresIn', { count: state.daysLeft })}
        </Tag>
      );
    case 'valid':
      return null;
  }
}
