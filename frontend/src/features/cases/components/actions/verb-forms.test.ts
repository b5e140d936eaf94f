import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import type { ActionValues } from './values';
import { verbForms } from './verb-forms';

// what an officer filled in; each verb's body takes its own members of it, trimmed, blank as null
const filled: ActionValues = {
  date: dayjs('2025-06-01'),
  summary: '  现场检查 ',
  kind: 'FINE',
  fineAmount: 500,
  measure: ' 责令改正 ',
  hearingOffered: true,
  statementAndDefenceNotified: true,
  method: ' 直接送达 ',
  reviewer: ' reviewer ',
  until: dayjs('2025-09-01'),
  reason: ' 案情复杂 ',
  partyPresent: false,
  lateReason: '  ',
  amountPaid: 35000,
  recorderFootageRef: ' JH-DV-0031 ',
  recorderFootageFile: 'file-1',
  documentFiles: ['file-2'],
  documentsComplete: true,
  certificatesShown: true,
  uniformWorn: false,
};

describe('the body each action on a case sends', () => {
  it.each([
    ['investigate', { startedOn: '2025-06-01', summary: '现场检查' }],
    [
      'notify',
      {
        notifiedOn: '2025-06-01',
        intendedOutcome: {
          kind: 'FINE',
          fineAmount: '500.00',
          measure: null,
          educationGiven: null,
          reason: null,
        },
        hearingOffered: true,
        statementAndDefenceNotified: true,
        method: '直接送达',
      },
    ],
    ['waive-hearing', { waivedOn: '2025-06-01' }],
    ['request-hearing', { requestedOn: '2025-06-01' }],
    ['hold-hearing', { heldOn: '2025-06-01', summary: '现场检查' }],
    ['request-legal-review', { reviewer: 'reviewer', summary: '现场检查' }],
    ['approve-extension', { reason: '案情复杂', until: '2025-09-01' }],
    [
      'decide',
      {
        decidedOn: '2025-06-01',
        outcome: {
          kind: 'FINE',
          fineAmount: '500.00',
          measure: null,
          educationGiven: null,
          reason: null,
        },
        partyPresent: false,
      },
    ],
    ['deliver', { deliveredOn: '2025-06-01', method: '直接送达', lateReason: null }],
    ['execute', { executedOn: '2025-06-01', amountPaid: '35000.00' }],
    [
      'record-process',
      {
        recorderFootageRef: 'JH-DV-0031',
        recorderFootageFile: 'file-1',
        documentsComplete: true,
        documentFiles: ['file-2'],
        certificatesShown: true,
        uniformWorn: false,
      },
    ],
    ['close', { closedOn: '2025-06-01' }],
    ['publish', { publishedOn: '2025-06-01' }],
    ['revoke', { revokedOn: '2025-06-01', reason: '案情复杂' }],
  ] as const)('%s', (verb, body) => {
    expect(verbForms[verb].toBody(filled)).toStrictEqual(body);
  });

  it('sends only the member of the outcome its kind takes', () => {
    const outcome = (values: ActionValues) => verbForms.decide.toBody(values).outcome;
    expect(outcome({ ...filled, kind: 'OTHER' })).toStrictEqual({
      kind: 'OTHER',
      fineAmount: null,
      measure: '责令改正',
      educationGiven: null,
      reason: null,
    });
    expect(
      outcome({ kind: 'NO_PENALTY_FIRST_VIOLATION', educationGiven: ' 批评教育 ' }),
    ).toStrictEqual({
      kind: 'NO_PENALTY_FIRST_VIOLATION',
      fineAmount: null,
      measure: null,
      educationGiven: '批评教育',
      reason: null,
    });
    expect(outcome({ kind: 'NO_PENALTY_MINOR', reason: '轻微' })).toStrictEqual({
      kind: 'NO_PENALTY_MINOR',
      fineAmount: null,
      measure: null,
      educationGiven: null,
      reason: '轻微',
    });
  });
});
