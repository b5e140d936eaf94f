import { Card, Steps } from 'antd';
import type { StepsProps } from 'antd';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import type { ContractStatus, ContractView } from '../types';

type Step = NonNullable<StepsProps['items']>[number];

/** How far each status has come along the lifecycle: the index of the step it stands at. */
const standsAt: Record<ContractStatus, number> = {
  DRAFT: 1,
  IN_REVIEW: 1,
  APPROVED: 3,
  PERFORMING: 4,
  COMPLETED: 6,
  TERMINATED: 6,
  ARCHIVED: 7,
};

/**
 * 登记 → 合法性审查 → 审批 → 签订 → 履行 → 履行完毕/终止 → 归档, read from the contract's status and the dates
 * the API recorded; the review step as the review area answers it (required or not, its outcome).
 */
export function ContractSteps({ contract }: { contract: ContractView }) {
  const { t } = useTranslation('contracts');
  const format = useFormat();
  const { review, status } = contract;
  const submitted = review.outcome !== 'NONE';
  // before the approval it waits for its review while one must pass first or is under way
  const waitsForReview = !review.passed && (review.required || status === 'IN_REVIEW');
  const beforeApproval = status === 'DRAFT' || status === 'IN_REVIEW';
  const at = beforeApproval ? (waitsForReview ? 1 : 2) : standsAt[status];
  const state = (index: number): Step['status'] =>
    index < at ? 'finish' : index === at ? 'process' : 'wait';
  const stateText = (index: number, date?: string | null) =>
    index < at
      ? date
        ? format.date(date)
        : t('stepState.done')
      : index === at
        ? t('stepState.current')
        : t('stepState.pending');

  const reviewStep: Step = !submitted
    ? {
        title: t('step.REVIEW'),
        status: review.required ? state(1) : 'wait',
        content: review.required ? t('stepState.notSubmitted') : t('stepState.notRequired'),
        style: review.required ? undefined : { opacity: 0.55 },
      }
    : {
        title: t('step.REVIEW'),
        status: review.outcome === 'REJECTED' ? 'error' : review.passed ? 'finish' : 'process',
        content:
          review.outcome === 'REJECTED'
            ? t('stepState.rejected')
            : review.passed
              ? format.date(review.decidedOn)
              : t('stepState.current'),
      };
  const terminated = status === 'TERMINATED' || Boolean(contract.termination);
  const items: Step[] = [
    { title: t('step.REGISTER'), status: 'finish', content: format.date(contract.registeredOn) },
    reviewStep,
    {
      title: t('step.APPROVE'),
      status: state(2),
      content: stateText(2, contract.approval?.approvedOn),
    },
    { title: t('step.SIGN'), status: state(3), content: stateText(3, contract.signing?.signedOn) },
    { title: t('step.PERFORM'), status: state(4), content: stateText(4) },
    {
      title: terminated ? t('step.TERMINATED') : t('step.END'),
      status: terminated && at > 5 ? 'error' : state(5),
      content: stateText(5, contract.completedOn ?? contract.termination?.terminatedOn),
    },
    {
      title: t('step.ARCHIVE'),
      status: status === 'ARCHIVED' ? 'finish' : 'wait',
      content: status === 'ARCHIVED' ? format.date(contract.archivedOn) : t('stepState.pending'),
    },
  ];

  return (
    <Card title={t('detail.lifecycle')} style={{ marginBottom: 16 }}>
      <Steps
        size="small"
        titlePlacement="vertical"
        aria-label={t('detail.lifecycle')}
        current={Math.min(at, items.length - 1)}
        items={items}
        style={{ overflowX: 'auto', paddingBottom: 4, minWidth: 760 }}
      />
    </Card>
  );
}
