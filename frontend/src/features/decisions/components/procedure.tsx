import { Alert, Button, Card, Descriptions, Empty, Input, Radio, Space, Steps, Tag } from 'antd';
import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DateInput } from '@/components/date-input';
import { cleanLines, LinesField } from '@/components/lines-field';
import { townshipPath } from '@/config/navigation';
import { fromIsoDate, toIsoDate } from '@/lib/dates';
import { useFormat } from '@/lib/format';

import type { VersionedDecision } from '../api/get-decision';
import { riskLevels, type ProcedureStep, type ReviewOutcome, type RiskLevel } from '../types';

import { StepForm } from './step-form';

const reviewColors: Record<ReviewOutcome, string> = {
  NONE: 'default',
  PENDING: 'processing',
  APPROVED: 'success',
  APPROVED_WITH_CHANGES: 'cyan',
  REJECTED: 'error',
};

type Props = {
  township: string;
  current: VersionedDecision;
  /** Staff and leaders record the steps while the decision is in procedure. */
  canRecord: boolean;
  onSubmitForReview: () => void;
  onReload: () => Promise<unknown>;
  reloading: boolean;
};

/** The five steps of LR-02 as antd Steps; the chosen step shows what was recorded and its form. */
export function Procedure(props: Props) {
  const { t } = useTranslation('decisions');
  const format = useFormat();
  const { procedure } = props.current.decision;
  const firstOpen = procedure.findIndex((step) => !step.done);
  const [selected, setSelected] = useState(firstOpen === -1 ? procedure.length - 1 : firstOpen);
  const chosen = procedure[selected];

  return (
    <Card title={t('detail.procedure')} style={{ marginBottom: 16 }}>
      <Alert type="info" showIcon title={t('detail.procedureHint')} style={{ marginBottom: 24 }} />
      <Steps
        type="navigation"
        size="small"
        current={selected}
        onChange={setSelected}
        aria-label={t('detail.procedure')}
        items={procedure.map((step, index) => ({
          title: t(`step.${step.step}`),
          status: step.done ? 'finish' : index === firstOpen ? 'process' : 'wait',
          content: step.done
            ? t('detail.stepDone', { date: format.date(step.doneOn) })
            : t('detail.stepPending'),
        }))}
        style={{ marginBottom: 24 }}
      />
      {chosen && <StepPanel key={chosen.step} step={chosen.step} {...props} />}
    </Card>
  );
}

function StepPanel({ step, ...props }: Props & { step: ProcedureStep }) {
  const { t } = useTranslation('decisions');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const { decision } = props.current;
  const required = { required: true, message: t('fields.required') };
  const text = (max: number) => [
    { required: true, whitespace: true, message: t('fields.required') },
    { max, message: tc('form.tooLong', { max }) },
  ];
  const common = {
    township: props.township,
    current: props.current,
    onReload: props.onReload,
    reloading: props.reloading,
    savedMessage: t('detail.saved', { step: t(`step.${step}`) }),
    onSaved: () => setEditing(false),
  };

  const recorded = (() => {
    switch (step) {
      case 'PUBLIC_PARTICIPATION':
        return decision.publicParticipation
          ? [
              {
                key: 'period',
                label: t('fields.commentsFrom'),
                children: `${format.date(decision.publicParticipation.commentsFrom)} — ${format.date(decision.publicParticipation.commentsUntil)}`,
              },
              {
                key: 'summary',
                label: t('fields.summary'),
                children: decision.publicParticipation.summary,
              },
            ]
          : null;
      case 'EXPERT_ARGUMENT':
        return decision.expertArgument
          ? [
              {
                key: 'heldOn',
                label: t('fields.heldOn'),
                children: format.date(decision.expertArgument.heldOn),
              },
              {
                key: 'experts',
                label: t('fields.experts'),
                children: decision.expertArgument.experts.join('、'),
              },
              {
                key: 'conclusion',
                label: t('fields.conclusion'),
                children: decision.expertArgument.conclusion,
              },
            ]
          : null;
      case 'RISK_ASSESSMENT':
        return decision.riskAssessment
          ? [
              {
                key: 'assessedOn',
                label: t('fields.assessedOn'),
                children: format.date(decision.riskAssessment.assessedOn),
              },
              {
                key: 'level',
                label: t('fields.level'),
                children: t(`risk.${decision.riskAssessment.level}`),
              },
              {
                key: 'conclusion',
                label: t('fields.riskConclusion'),
                children: decision.riskAssessment.conclusion,
              },
            ]
          : null;
      case 'COLLECTIVE_DISCUSSION':
        return decision.collectiveDiscussion
          ? [
              {
                key: 'meetingOn',
                label: t('fields.meetingOn'),
                children: format.date(decision.collectiveDiscussion.meetingOn),
              },
              {
                key: 'minutesRef',
                label: t('fields.minutesRef'),
                children: decision.collectiveDiscussion.minutesRef,
              },
            ]
          : null;
      case 'LEGALITY_REVIEW':
        return null;
    }
  })();

  if (step === 'LEGALITY_REVIEW') {
    const review = decision.review;
    const submitted = Boolean(review.reviewId) && review.outcome !== 'NONE';
    return (
      <div data-testid="step-panel">
        {submitted ? (
          <Descriptions
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: 'outcome',
                label: t('detail.reviewState'),
                children: (
                  <Tag color={reviewColors[review.outcome]}>
                    {t(`reviewOutcome.${review.outcome}`)}
                  </Tag>
                ),
              },
              {
                key: 'round',
                label: t('detail.reviewRound', { round: review.round }),
                children: '',
              },
              {
                key: 'submitted',
                label: t('detail.reviewSubmittedOn'),
                children: format.date(review.submittedOn),
              },
              {
                key: 'decided',
                label: t('detail.reviewDecidedOn'),
                children: format.date(review.decidedOn),
              },
            ]}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.reviewNone')} />
        )}
        <Space style={{ marginTop: 12 }}>
          {submitted && (
            <Link to={townshipPath(props.township, `legality-reviews/${review.reviewId}`)}>
              <Button>{t('detail.reviewOpen')}</Button>
            </Link>
          )}
          {!submitted && props.canRecord && (
            <Button type="primary" onClick={props.onSubmitForReview}>
              {t('actions.submitForReview')}
            </Button>
          )}
        </Space>
      </div>
    );
  }

  const showForm = props.canRecord && (editing || !recorded);
  return (
    <div data-testid="step-panel">
      {recorded && !editing && (
        <>
          <Descriptions column={1} items={recorded} />
          {props.canRecord && (
            <Button style={{ marginTop: 8 }} onClick={() => setEditing(true)}>
              {t('detail.correct')}
            </Button>
          )}
        </>
      )}
      {!recorded && !props.canRecord && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.notRecorded')} />
      )}
      {showForm && step === 'PUBLIC_PARTICIPATION' && (
        <StepForm<{ commentsFrom?: Dayjs; commentsUntil?: Dayjs; summary?: string }>
          {...common}
          name="public-participation"
          fields={['commentsFrom', 'commentsUntil', 'summary']}
          initialValues={{
            commentsFrom: fromIsoDate(decision.publicParticipation?.commentsFrom),
            commentsUntil: fromIsoDate(decision.publicParticipation?.commentsUntil),
            summary: decision.publicParticipation?.summary,
          }}
          toChange={(values, record) => ({
            ...record,
            kind: 'public-participation',
            body: {
              commentsFrom: toIsoDate(values.commentsFrom) ?? '',
              commentsUntil: toIsoDate(values.commentsUntil) ?? '',
              summary: (values.summary ?? '').trim(),
            },
          })}
          onCancel={recorded ? () => setEditing(false) : undefined}
        >
          {
            <>
              <Space size={16} style={{ display: 'flex' }}>
                <Form.Item name="commentsFrom" label={t('fields.commentsFrom')} rules={[required]}>
                  <DateInput />
                </Form.Item>
                <Form.Item
                  name="commentsUntil"
                  label={t('fields.commentsUntil')}
                  rules={[required]}
                >
                  <DateInput />
                </Form.Item>
              </Space>
              <Form.Item name="summary" label={t('fields.summary')} rules={text(2000)}>
                <Input.TextArea
                  rows={3}
                  maxLength={2000}
                  placeholder={t('fields.summaryPlaceholder')}
                />
              </Form.Item>
            </>
          }
        </StepForm>
      )}
      {showForm && step === 'EXPERT_ARGUMENT' && (
        <StepForm<{ heldOn?: Dayjs; experts?: string[]; conclusion?: string }>
          {...common}
          name="expert-argument"
          fields={['heldOn', 'experts', 'conclusion']}
          initialValues={{
            heldOn: fromIsoDate(decision.expertArgument?.heldOn),
            experts: decision.expertArgument?.experts ?? [''],
            conclusion: decision.expertArgument?.conclusion,
          }}
          toChange={(values, record) => ({
            ...record,
            kind: 'expert-argument',
            body: {
              heldOn: toIsoDate(values.heldOn) ?? '',
              experts: cleanLines(values.experts),
              conclusion: (values.conclusion ?? '').trim(),
            },
          })}
          onCancel={recorded ? () => setEditing(false) : undefined}
        >
          {
            <>
              <Form.Item name="heldOn" label={t('fields.heldOn')} rules={[required]}>
                <DateInput />
              </Form.Item>
              <LinesField
                name="experts"
                label={t('fields.experts')}
                lineLabel={t('fields.experts')}
                placeholder={t('fields.expertPlaceholder')}
                atLeastOneMessage={t('fields.expertsAtLeastOne')}
                lineRequiredMessage={t('fields.expertRequired')}
                maxLength={100}
                maxLines={20}
              />
              <Form.Item name="conclusion" label={t('fields.conclusion')} rules={text(2000)}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            </>
          }
        </StepForm>
      )}
      {showForm && step === 'RISK_ASSESSMENT' && (
        <StepForm<{ assessedOn?: Dayjs; level?: RiskLevel; conclusion?: string }>
          {...common}
          name="risk-assessment"
          fields={['assessedOn', 'level', 'conclusion']}
          initialValues={{
            assessedOn: fromIsoDate(decision.riskAssessment?.assessedOn),
            level: decision.riskAssessment?.level ?? 'LOW',
            conclusion: decision.riskAssessment?.conclusion,
          }}
          toChange={(values, record) => ({
            ...record,
            kind: 'risk-assessment',
            body: {
              assessedOn: toIsoDate(values.assessedOn) ?? '',
              level: values.level ?? 'LOW',
              conclusion: (values.conclusion ?? '').trim(),
            },
          })}
          onCancel={recorded ? () => setEditing(false) : undefined}
        >
          {
            <>
              <Form.Item name="assessedOn" label={t('fields.assessedOn')} rules={[required]}>
                <DateInput />
              </Form.Item>
              <Form.Item name="level" label={t('fields.level')} rules={[required]}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  options={riskLevels.map((value) => ({ value, label: t(`risk.${value}`) }))}
                />
              </Form.Item>
              <Form.Item name="conclusion" label={t('fields.riskConclusion')} rules={text(2000)}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            </>
          }
        </StepForm>
      )}
      {showForm && step === 'COLLECTIVE_DISCUSSION' && (
        <StepForm<{ meetingOn?: Dayjs; minutesRef?: string }>
          {...common}
          name="collective-discussion"
          fields={['meetingOn', 'minutesRef']}
          initialValues={{
            meetingOn: fromIsoDate(decision.collectiveDiscussion?.meetingOn),
            minutesRef: decision.collectiveDiscussion?.minutesRef,
          }}
          toChange={(values, record) => ({
            ...record,
            kind: 'collective-discussion',
            body: {
              meetingOn: toIsoDate(values.meetingOn) ?? '',
              minutesRef: (values.minutesRef ?? '').trim(),
            },
          })}
          onCancel={recorded ? () => setEditing(false) : undefined}
        >
          {
            <>
              <Form.Item name="meetingOn" label={t('fields.meetingOn')} rules={[required]}>
                <DateInput />
              </Form.Item>
              <Form.Item name="minutesRef" label={t('fields.minutesRef')} rules={text(100)}>
                <Input maxLength={100} placeholder={t('fields.minutesPlaceholder')} />
              </Form.Item>
            </>
          }
        </StepForm>
      )}
    </div>
  );
}
