import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import type { EnforcementMatter, MatterKind } from '../types';

const kindColors: Record<MatterKind, string> = {
  PENALTY: 'red',
  INSPECTION: 'blue',
  COERCION: 'orange',
  OTHER: 'default',
};

export function KindTag({ kind }: { kind: MatterKind }) {
  const { t } = useTranslation('matters');
  return <Tag color={kindColors[kind]}>{t(`kind.${kind}`)}</Tag>;
}

/** Published (since when), withdrawn (when) or never published. */
export function PublicationTag({ matter }: { matter: EnforcementMatter }) {
  const { t } = useTranslation('matters');
  const format = useFormat();
  const [tag, date] = matter.published
    ? [<Tag color="success">{t('state.published')}</Tag>, matter.publishedOn]
    : matter.withdrawnOn
      ? [<Tag>{t('state.withdrawn')}</Tag>, matter.withdrawnOn]
      : [<Tag color="default">{t('state.draft')}</Tag>, null];
  return (
    <Flex vertical align="start" gap={2}>
      {tag}
      {date && (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {format.date(date)}
        </Typography.Text>
      )}
    </Flex>
  );
}
