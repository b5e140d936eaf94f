import { Button, Card, Descriptions, Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { townshipPath } from '@/config/navigation';
import { useFormat } from '@/lib/format';

import type { DocumentReviewState, ReviewOutcome } from '../types';

const outcomeColors: Record<ReviewOutcome, string> = {
  NONE: 'default',
  PENDING: 'processing',
  APPROVED: 'success',
  APPROVED_WITH_CHANGES: 'cyan',
  REJECTED: 'error',
};

/** The document's legality review as the review gate answers it (LR-01). */
export function ReviewCard({
  township,
  review,
}: {
  township: string;
  review: DocumentReviewState;
}) {
  const { t } = useTranslation('documents');
  const format = useFormat();
  return (
    <Card title={t('detail.review')} style={{ marginBottom: 16 }}>
      {!review.reviewId || review.outcome === 'NONE' ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.reviewNone')} />
      ) : (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'status',
                label: t('detail.reviewStatus'),
                children: (
                  <Tag color={outcomeColors[review.outcome]}>
                    {t(`reviewOutcome.${review.outcome}`)}
                  </Tag>
                ),
              },
              {
                key: 'round',
                label: t('detail.reviewRoundLabel'),
                children: t('detail.reviewRound', { round: review.round }),
              },
              {
                key: 'submitted',
                label: t('detail.reviewSubmittedOn'),
                children: format.date(review.submittedOn),
              },
              ...(review.decidedOn
                ? [
                    {
                      key: 'decided',
                      label: t('detail.reviewDecidedOn'),
                      children: format.date(review.decidedOn),
                    },
                  ]
                : []),
            ]}
          />
          <Link to={townshipPath(township, `legality-reviews/${review.reviewId}`)}>
            <Button style={{ marginTop: 8 }}>{t('detail.reviewOpen')}</Button>
          </Link>
        </>
      )}
    </Card>
  );
}
