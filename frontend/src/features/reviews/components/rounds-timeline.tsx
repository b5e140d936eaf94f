import { Descriptions, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';

import type { ReviewRound } from '../types';

import { OutcomeTag } from './outcome-tag';

const dotColors = {
  NONE: 'gray',
  PENDING: 'blue',
  APPROVED: 'green',
  APPROVED_WITH_CHANGES: 'green',
  REJECTED: 'red',
} as const;

/** Every round of a review, the first first, with its materials, window and opinion (LR-05). */
export function RoundsTimeline({ rounds }: { rounds: readonly ReviewRound[] }) {
  const { t } = useTranslation('reviews');
  const format = useFormat();
  const windowOf = (round: ReviewRound) =>
    round.earliestOn
      ? t('detail.windowValue', {
          earliest: format.date(round.earliestOn),
          due: format.date(round.dueOn),
        })
      : t('detail.windowDueOnly', { due: format.date(round.dueOn) });

  return (
    <Timeline
      items={rounds.map((round) => ({
        key: round.number,
        color: dotColors[round.outcome],
        content: (
          <div data-testid={`round-${round.number}`}>
            <Typography.Text strong>{t('roundNo', { round: round.number })}</Typography.Text>{' '}
            <OutcomeTag outcome={round.outcome} />
            <Descriptions
              size="small"
              column={1}
              style={{ marginTop: 8 }}
              items={[
                {
                  key: 'submitted',
                  label: t('detail.roundSubmittedLabel'),
                  children: t('detail.roundSubmitted', {
                    date: format.date(round.submittedOn),
                    by: round.submittedBy,
                  }),
                },
                {
                  key: 'materials',
                  label: t('detail.roundMaterials'),
                  children: <Lines lines={round.materials} />,
                },
                {
                  key: 'reviewer',
                  label: t('detail.reviewer'),
                  children: round.reviewer ?? t('unassigned'),
                },
                { key: 'window', label: t('detail.window'), children: windowOf(round) },
                ...(round.decidedOn
                  ? [
                      {
                        key: 'decided',
                        label: t('opinion.kind'),
                        children: t('detail.roundDecided', {
                          date: format.date(round.decidedOn),
                          by: round.decidedBy ?? '',
                        }),
                      },
                    ]
                  : []),
                ...(round.requiredChanges.length > 0
                  ? [
                      {
                        key: 'changes',
                        label: t('detail.requiredChanges'),
                        children: <Lines lines={round.requiredChanges} ordered />,
                      },
                    ]
                  : []),
                ...(round.reasons.length > 0
                  ? [
                      {
                        key: 'reasons',
                        label: t('detail.reasons'),
                        children: <Lines lines={round.reasons} ordered />,
                      },
                    ]
                  : []),
                ...(round.earlyReason
                  ? [{ key: 'early', label: t('detail.earlyReason'), children: round.earlyReason }]
                  : []),
              ]}
            />
          </div>
        ),
      }))}
    />
  );
}

export function Lines({ lines, ordered }: { lines: readonly string[]; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List style={{ margin: 0, paddingInlineStart: 20 }}>
      {lines.map((line, index) => (
        <li key={`${index}:${line}`}>{line}</li>
      ))}
    </List>
  );
}
