import { Card, Steps } from 'antd';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import type { EnforcementCaseView, StepState } from '../types';

const stepStatus: Record<StepState, 'finish' | 'process' | 'wait'> = {
  DONE: 'finish',
  CURRENT: 'process',
  PENDING: 'wait',
  SKIPPED: 'wait',
};

/** FILE → INVESTIGATE → … → CLOSE as the API reports them: done with the date, current, pending, skipped. */
export function CaseSteps({ record }: { record: EnforcementCaseView }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const current = record.steps.findIndex((step) => step.state === 'CURRENT');
  return (
    <Card title={t('detail.progress')} style={{ marginBottom: 16 }}>
      <Steps
        size="small"
        titlePlacement="vertical"
        aria-label={t('detail.progress')}
        current={current === -1 ? record.steps.length : current}
        items={record.steps.map((step) => ({
          title: t(`step.${step.step}`),
          status: stepStatus[step.state],
          disabled: step.state === 'SKIPPED',
          style: step.state === 'SKIPPED' ? { opacity: 0.55 } : undefined,
          content:
            step.state === 'DONE' && step.date
              ? format.date(step.date)
              : t(`stepState.${step.state}`),
        }))}
        style={{ overflowX: 'auto', paddingBottom: 4, minWidth: 900 }}
      />
    </Card>
  );
}
