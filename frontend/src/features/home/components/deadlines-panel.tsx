import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Skeleton, Space, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { townshipPath } from '@/config/navigation';
import { useFormat } from '@/lib/format';

import { useDeadlines, type DeadlineItem } from '../api/get-deadlines';
import '../i18n';

/** Where a record of the radar lives in the app, by the API's `recordType`. */
const recordPaths: Record<string, string> = {
  'enforcement-case': 'enforcement-cases',
  inspection: 'inspections',
  contract: 'contracts',
};

const knownKinds = [
  'DECISION',
  'HEARING_WINDOW',
  'DELIVERY',
  'PAYMENT',
  'CONTRACT_EXPIRY',
  'CONTRACT_MILESTONE',
] as const;

/**
 * The deadlines radar of the home page: what falls due within 7 days, overdue first (red), and contracts ending
 * within the township's notice days (the API lists them from then, whatever the period).
 */
export function DeadlinesPanel({ township }: { township: string }) {
  const { t } = useTranslation('home');
  const deadlines = useDeadlines(township);

  return (
    <Card
      title={
        <Space>
          <ClockCircleOutlined />
          {t('deadlines.title')}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
            {t('deadlines.subTitle')}
          </Typography.Text>
        </Space>
      }
      extra={
        <Link to={townshipPath(township, 'enforcement-cases?dueWithinDays=7')}>
          {t('deadlines.all')}
        </Link>
      }
      style={{ marginTop: 16 }}
    >
      {deadlines.isError ? (
        <ProblemAlert error={deadlines.error} />
      ) : deadlines.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      ) : deadlines.data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deadlines.empty')} />
      ) : (
        <ul aria-label={t('deadlines.title')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {deadlines.data.map((item) => (
            // a contract brings one row per milestone: the kind and record alone do not tell them apart
            <DeadlineRow
              key={`${item.recordId}:${item.kind}:${item.dueOn}:${item.label}`}
              township={township}
              item={item}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

function DeadlineRow({ township, item }: { township: string; item: DeadlineItem }) {
  const { t } = useTranslation('home');
  const format = useFormat();
  const { token } = theme.useToken();
  const known = knownKinds.find((kind) => kind === item.kind);
  const kindText = known ? t(`deadlines.kind.${known}`) : item.kind;
  const base = recordPaths[item.recordType];
  const when = item.overdue
    ? t('deadlines.overdue', { count: Math.abs(item.daysLeft) })
    : item.daysLeft <= 0
      ? t('deadlines.today')
      : t('deadlines.daysLeft', { count: item.daysLeft });
  return (
    <li
      data-overdue={item.overdue}
      style={{ borderBottom: `1px solid ${token.colorSplit}`, padding: '10px 0' }}
    >
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Space size={8}>
          <Tag variant="filled">{kindText}</Tag>
          {base ? (
            <Link to={townshipPath(township, `${base}/${item.recordId}`)}>{item.label}</Link>
          ) : (
            item.label
          )}
        </Space>
        <Space size={8}>
          <Typography.Text type="secondary">
            {t('deadlines.dueOn', { date: format.date(item.dueOn) })}
          </Typography.Text>
          <Tag color={item.overdue ? 'error' : 'warning'} style={{ marginInlineEnd: 0 }}>
            {when}
          </Tag>
        </Space>
      </Flex>
    </li>
  );
}
