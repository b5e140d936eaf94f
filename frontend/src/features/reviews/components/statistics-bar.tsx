import { Card, Col, Row, Space, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { useReviewStatistics } from '../api/get-statistics';
import { outcomes } from '../types';

import { OutcomeTag } from './outcome-tag';

/** The year's figures above the full list: submitted, answered, average working days, by outcome. */
export function StatisticsBar({ township, year }: { township: string; year: number }) {
  const { t } = useTranslation('reviews');
  const statistics = useReviewStatistics(township, year);
  const data = statistics.data;
  if (!data) return null;
  const byOutcome = outcomes.map((outcome) => ({
    outcome,
    reviews: data.counts
      .filter((count) => count.outcome === outcome)
      .reduce((sum, count) => sum + count.reviews, 0),
  }));
  return (
    <Card title={t('statistics.title', { year })} size="small" style={{ marginBottom: 16 }}>
      <Row gutter={24} align="middle">
        <Col xs={12} md={5}>
          <Statistic title={t('statistics.reviews')} value={data.reviews} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic title={t('statistics.decidedRounds')} value={data.decidedRounds} />
        </Col>
        <Col xs={12} md={5}>
          <Statistic
            title={t('statistics.averageDays')}
            value={
              data.averageWorkingDays === null || data.averageWorkingDays === undefined
                ? t('statistics.none')
                : t('statistics.averageDaysValue', { days: data.averageWorkingDays.toFixed(1) })
            }
          />
        </Col>
        <Col xs={24} md={9}>
          <Space size={[8, 8]} wrap>
            {byOutcome.map(({ outcome, reviews }) => (
              <Space key={outcome} size={4}>
                <OutcomeTag outcome={outcome} />
                <Tag variant="filled">{reviews}</Tag>
              </Space>
            ))}
          </Space>
        </Col>
      </Row>
    </Card>
  );
}
