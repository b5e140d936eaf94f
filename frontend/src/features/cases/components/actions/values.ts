import type { Dayjs } from 'dayjs';

import type { CaseOutcomeRequest, OutcomeKind } from '../../types';

/** The values of an action's form; each verb's form uses some of them. */
export type ActionValues = {
  date?: Dayjs;
  summary?: string;
  kind?: OutcomeKind;
  fineAmount?: number | null;
  measure?: string;
  educationGiven?: string;
  reason?: string;
  hearingOffered?: boolean;
  statementAndDefenceNotified?: boolean;
  method?: string;
  reviewer?: string;
  until?: Dayjs;
  partyPresent?: boolean;
  lateReason?: string;
  amountPaid?: number | null;
  recorderFootageRef?: string;
  recorderFootageFile?: string;
  documentFiles?: string[];
  documentsComplete?: boolean;
  certificatesShown?: boolean;
  uniformWorn?: boolean;
};

/** The fields of the forms a violation can be shown on. */
export const formFields = [
  'date',
  'summary',
  'kind',
  'fineAmount',
  'measure',
  'educationGiven',
  'reason',
  'hearingOffered',
  'statementAndDefenceNotified',
  'method',
  'reviewer',
  'until',
  'partyPresent',
  'lateReason',
  'amountPaid',
  'recorderFootageRef',
  'recorderFootageFile',
  'documentFiles',
  'documentsComplete',
  'certificatesShown',
  'uniformWorn',
];

/** Where a violation of the body shows on the forms. */
export const formFieldOf: Record<string, string> = {
  startedOn: 'date',
  notifiedOn: 'date',
  waivedOn: 'date',
  requestedOn: 'date',
  heldOn: 'date',
  decidedOn: 'date',
  deliveredOn: 'date',
  executedOn: 'date',
  closedOn: 'date',
  publishedOn: 'date',
  revokedOn: 'date',
  'outcome.kind': 'kind',
  'outcome.fineAmount': 'fineAmount',
  'outcome.measure': 'measure',
  'outcome.educationGiven': 'educationGiven',
  'outcome.reason': 'reason',
  'intendedOutcome.kind': 'kind',
  'intendedOutcome.fineAmount': 'fineAmount',
  'intendedOutcome.measure': 'measure',
};

export const money = (value: number | null | undefined) =>
  value === null || value === undefined ? null : value.toFixed(2);
export const blank = (text: string | undefined) => text?.trim() || null;
export const trimmed = (text: string | undefined) => (text ?? '').trim();

/** The outcome of the form, with only the member its kind takes. */
export function outcomeOf(values: ActionValues): CaseOutcomeRequest {
  const kind = values.kind ?? 'WARNING';
  return {
    kind,
    fineAmount: kind === 'FINE' ? money(values.fineAmount) : null,
    measure: kind === 'OTHER' ? blank(values.measure) : null,
    educationGiven: kind === 'NO_PENALTY_FIRST_VIOLATION' ? blank(values.educationGiven) : null,
    reason: kind === 'NO_PENALTY_MINOR' ? blank(values.reason) : null,
  };
}
