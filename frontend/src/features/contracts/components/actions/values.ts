import type { Dayjs } from 'dayjs';

import type { MilestoneKind } from '../../types';
import type { CounterpartyValues } from '../counterparty-fields';

/** The values of an action's form; each verb's form uses some of them. */
export type ActionValues = {
  /** The day of the action (approvedOn, signedOn, paidOn, …): today unless changed, never after. */
  date?: Dayjs;
  materials?: string[];
  reviewer?: string;
  opinion?: string;
  signatories?: string[];
  signedFileId?: string;
  reason?: string;
  kind?: MilestoneKind;
  title?: string;
  dueOn?: Dayjs;
  amount?: number | null;
  milestoneNumber?: number;
  voucher?: string;
  note?: string;
  evidenceFileIds?: string[];
  counterparty?: CounterpartyValues;
  term?: { startOn?: Dayjs; endOn?: Dayjs };
};

/** The fields of the forms a violation can be shown on. */
export const formFields = [
  'date',
  'materials',
  'reviewer',
  'opinion',
  'signatories',
  'signedFileId',
  'reason',
  'kind',
  'title',
  'dueOn',
  'amount',
  'milestoneNumber',
  'voucher',
  'note',
  'evidenceFileIds',
  'counterparty',
  'counterparty.kind',
  'counterparty.name',
  'counterparty.creditCode',
  'counterparty.idNumber',
  'counterparty.legalRepresentative',
  'counterparty.phone',
  'counterparty.address',
  'term',
  'term.startOn',
  'term.endOn',
];

/** Where a violation of the body shows on the forms: every action's day is the form's `date`. */
export const formFieldOf: Record<string, string> = {
  approvedOn: 'date',
  signedOn: 'date',
  completedOn: 'date',
  terminatedOn: 'date',
  archivedOn: 'date',
  paidOn: 'date',
  doneOn: 'date',
  waivedOn: 'date',
};

/** A decimal string in CNY as the API takes it ("2000.00"); the figure itself is the API's to judge. */
export const money = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : value.toFixed(2);
export const blank = (text: string | undefined) => text?.trim() || null;
export const trimmed = (text: string | undefined) => (text ?? '').trim();
