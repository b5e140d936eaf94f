import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import type { ContractVerb } from '../../types';

import type { ActionValues } from './values';
import { verbForms } from './verb-forms';

// what a clerk filled in; each verb's body takes its own members of it, trimmed, blank as null
const filled: ActionValues = {
  date: dayjs('2025-06-20'),
  materials: [' 合同文本（送审稿） ', '', '招标文件'],
  reviewer: ' reviewer ',
  opinion: '  ',
  signatories: [' 赵志刚 ', '王建兴', ' '],
  signedFileId: 'file-2',
  reason: ' 经双方协商一致解除合同 ',
  kind: 'PAYMENT',
  title: ' 预付款（30%） ',
  dueOn: dayjs('2025-07-10'),
  amount: 258000,
  milestoneNumber: 1,
  voucher: ' 锦财付〔2025〕0708号 ',
  note: ' 验收合格 ',
  evidenceFileIds: ['file-3'],
  counterparty: {
    kind: 'ORGANISATION',
    name: ' 麻阳兴旺建筑工程有限公司 ',
    creditCode: '91431226ma4q1kd8wt',
    idNumber: '431226196708230411',
    legalRepresentative: ' 王建兴 ',
    phone: '',
  },
  term: { startOn: dayjs('2025-04-01'), endOn: dayjs('2027-11-30') },
};

const submission = { materials: ['合同文本（送审稿）', '招标文件'], reviewer: 'reviewer' };
const approval = { approvedOn: '2025-06-20', opinion: null };
const signing = {
  signedOn: '2025-06-20',
  signatories: ['赵志刚', '王建兴'],
  signedFileId: 'file-2',
};

describe('the body each action on a contract sends', () => {
  it.each<[ContractVerb, unknown]>([
    ['submit-for-review', submission],
    ['submit-amendment', submission],
    ['approve', approval],
    ['approve-amendment', approval],
    ['sign', signing],
    ['sign-amendment', signing],
    ['complete', { completedOn: '2025-06-20' }],
    ['terminate', { terminatedOn: '2025-06-20', reason: '经双方协商一致解除合同' }],
    ['archive', { archivedOn: '2025-06-20' }],
    [
      'add-milestone',
      { kind: 'PAYMENT', title: '预付款（30%）', dueOn: '2025-07-10', amount: '258000.00' },
    ],
    [
      'record-payment',
      {
        milestoneNumber: 1,
        paidOn: '2025-06-20',
        amount: '258000.00',
        voucher: '锦财付〔2025〕0708号',
      },
    ],
    ['complete-milestone', { doneOn: '2025-06-20', note: '验收合格', evidenceFileIds: ['file-3'] }],
    ['waive-milestone', { waivedOn: '2025-06-20', reason: '经双方协商一致解除合同' }],
    [
      'propose-amendment',
      {
        title: '预付款（30%）',
        reason: '经双方协商一致解除合同',
        // an organisation's credit code in upper case, and no ID number
        counterparty: {
          kind: 'ORGANISATION',
          name: '麻阳兴旺建筑工程有限公司',
          creditCode: '91431226MA4Q1KD8WT',
          idNumber: null,
          legalRepresentative: '王建兴',
          phone: null,
          address: null,
        },
        amount: '258000.00',
        term: { startOn: '2025-04-01', endOn: '2027-11-30' },
      },
    ],
  ])('%s', (verb, body) => {
    expect(verbForms[verb].toBody(filled)).toStrictEqual(body);
  });

  it('sends no amount for a milestone that is not a payment', () => {
    expect(verbForms['add-milestone'].toBody({ ...filled, kind: 'ACCEPTANCE' }).amount).toBeNull();
  });
});
