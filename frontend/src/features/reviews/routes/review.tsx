import { Alert, App, Button, Card, Col, Descriptions, Row, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Access } from '@/components/access';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { RecordRoute } from '@/components/record-route';
import { townshipPath } from '@/config/navigation';
import { useAccess } from '@/lib/access';
import { useFormat } from '@/lib/format';
import { isOpaqueId } from '@/lib/ids';
import { useTownshipCode } from '@/lib/session';

import '../i18n';
import { useReview, type VersionedReview } from '../api/get-review';
import { useReviewAction } from '../api/review-actions';
import { AssignModal } from '../components/assign-modal';
import { DueTag, dueState } from '../components/due-tag';
import { OpinionForm } from '../components/opinion-form';
import { OutcomeTag } from '../components/outcome-tag';
import { ResubmitModal } from '../components/resubmit-modal';
import { Lines, RoundsTimeline } from '../components/rounds-timeline';
import type { Review } from '../types';

/** The register page of a subject type, where the subject of a review can be opened. */
const subjectPages: Partial<Record<Review['subjectType'], string>> = {
  NORMATIVE_DOCUMENT: 'normative-documents',
  MAJOR_DECISION: 'major-decisions',
  CONTRACT: 'contracts',
};

/** One legality review: subject, materials, window, every round, and the opinion form. */
export default function ReviewRoute() {
  const { t } = useTranslation('reviews');
  const township = useTownshipCode();
  const { id = '' } = useParams();
  const record = useReview(township, id);

  return (
    <RecordRoute
      query={record}
      title={t('title')}
      notFound={t('detail.notFound')}
      listPath={townshipPath(township, 'legality-reviews')}
    >
      {(current) => (
        <ReviewPage
          township={township}
          current={current}
          reload={() => record.refetch()}
          reloading={record.isFetching}
        />
      )}
    </RecordRoute>
  );
}

function ReviewPage({
  township,
  current,
  reload,
  reloading,
}: {
  township: string;
  current: VersionedReview;
  reload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation('reviews');
  const format = useFormat();
  const [modal, setModal] = useState<'assign' | 'resubmit' | null>(null);
  const access = useAccess(township);
  const { review } = current;
  const pending = review.status === 'PENDING';
  // a subject of this system's registers is referenced by its id, a part of one (a contract's amendment) by
  // `<id>#<number>`; others (HT-2025-018) are not here
  const [subjectId = ''] = review.subjectRef.split('#');
  const registered = isOpaqueId(subjectId);
  const subjectPage = registered ? subjectPages[review.subjectType] : undefined;
  const mayResubmit =
    review.status === 'REJECTED' &&
    access.canSubmitReviews &&
    (access.canDecide || review.submittedBy === access.username);

  const windowText = (() => {
    const earliest = format.date(review.earliestOn);
    const due = format.date(review.dueOn);
    if (review.subjectType === 'NORMATIVE_DOCUMENT' && review.earliestOn) {
      return t('detail.windowNormativeDocument', { earliest, due });
    }
    if (review.subjectType === 'MAJOR_DECISION' && review.earliestOn) {
      return t('detail.windowMajorDecision', { earliest, due });
    }
    return t('detail.windowOther', { due });
  })();

  const currentRound = review.rounds[review.rounds.length - 1];

  return (
    <PageContainer
      title={review.subjectTitle}
      subTitle={
        <Space size={8}>
          <Tag>{t(`subjectType.${review.subjectType}`)}</Tag>
          {!registered && <span>{review.subjectRef}</span>}
        </Space>
      }
      breadcrumb={[
        {
          title: (
            <Link to={townshipPath(township, 'legality-reviews')}>{t('detail.breadcrumb')}</Link>
          ),
        },
        { title: review.subjectTitle },
      ]}
      extra={
        <>
          {subjectPage && (
            <Link to={townshipPath(township, `${subjectPage}/${subjectId}`)}>
              <Button>{t('detail.openSubject')}</Button>
            </Link>
          )}
          <Access accessible={pending && access.canAssignReviews}>
            <Button onClick={() => setModal('assign')}>{t('assign.action')}</Button>
          </Access>
          <Access accessible={mayResubmit}>
            <Button type="primary" onClick={() => setModal('resubmit')}>
              {t('resubmit.action')}
            </Button>
          </Access>
        </>
      }
    >
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card title={t('detail.overview')} style={{ marginBottom: 16 }}>
            <Descriptions
              column={{ xs: 1, sm: 2 }}
              items={[
                {
                  key: 'type',
                  label: t('detail.subjectType'),
                  children: t(`subjectType.${review.subjectType}`),
                },
                ...(registered
                  ? []
                  : [{ key: 'ref', label: t('detail.subjectRef'), children: review.subjectRef }]),
                { key: 'by', label: t('detail.submittedBy'), children: review.submittedBy },
                {
                  key: 'on',
                  label: t('detail.submittedOn'),
                  children: format.date(review.submittedOn),
                },
                {
                  key: 'round',
                  label: t('detail.round'),
                  children: t('roundNo', { round: review.round }),
                },
                {
                  key: 'reviewer',
                  label: t('detail.reviewer'),
                  children: review.reviewer ?? t('unassigned'),
                },
                {
                  key: 'status',
                  label: t('detail.status'),
                  children: (
                    <Space size={4}>
                      <OutcomeTag outcome={review.status} />
                      <DueTag state={dueState(review)} />
                    </Space>
                  ),
                },
                {
                  key: 'window',
                  label: t('detail.window'),
                  children: review.earliestOn
                    ? t('detail.windowValue', {
                        earliest: format.date(review.earliestOn),
                        due: format.date(review.dueOn),
                      })
                    : t('detail.windowDueOnly', { due: format.date(review.dueOn) }),
                },
              ]}
            />
            {pending && <Alert type="info" showIcon title={windowText} style={{ marginTop: 8 }} />}
          </Card>
          {currentRound && (
            <Card
              title={t('detail.materials', { round: review.round })}
              style={{ marginBottom: 16 }}
            >
              <Lines lines={currentRound.materials} ordered />
            </Card>
          )}
          {pending && access.canReviewLegality && (
            <OpinionArea
              township={township}
              current={current}
              reload={reload}
              reloading={reloading}
            />
          )}
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('detail.rounds')}>
            <RoundsTimeline rounds={review.rounds} />
          </Card>
        </Col>
      </Row>
      {modal === 'assign' && (
        <AssignModal
          township={township}
          current={current}
          onReload={reload}
          reloading={reloading}
          onClose={() => setModal(null)}
        />
      )}
      {modal === 'resubmit' && (
        <ResubmitModal
          township={township}
          current={current}
          onReload={reload}
          reloading={reloading}
          onClose={() => setModal(null)}
        />
      )}
    </PageContainer>
  );
}

/** The opinion form for the assigned reviewer; the others see whose round it is, or may take it. */
function OpinionArea({
  township,
  current,
  reload,
  reloading,
}: {
  township: string;
  current: VersionedReview;
  reload: () => Promise<unknown>;
  reloading: boolean;
}) {
  const { t } = useTranslation('reviews');
  const { message } = App.useApp();
  const access = useAccess(township);
  const take = useReviewAction(township);
  const { review } = current;

  if (review.reviewer && review.reviewer === access.username) {
    return (
      <OpinionForm township={township} current={current} onReload={reload} reloading={reloading} />
    );
  }
  if (review.reviewer) {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('opinion.notYours', { reviewer: review.reviewer })}
      />
    );
  }
  return (
    <Card title={t('opinion.title')} style={{ marginBottom: 16 }}>
      <Alert
        type="info"
        showIcon
        title={t('opinion.unassigned')}
        action={
          <Button
            type="primary"
            size="small"
            loading={take.isPending}
            onClick={() =>
              void take
                .mutateAsync({
                  action: 'assign',
                  id: review.id,
                  etag: current.etag,
                  reviewer: access.username ?? '',
                })
                .then(() => message.success(t('opinion.taken')))
                .catch(() => undefined)
            }
          >
            {t('opinion.take')}
          </Button>
        }
      />
      <ProblemAlert error={take.error} style={{ marginTop: 16 }} />
    </Card>
  );
}
