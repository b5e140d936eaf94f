import type { components } from '@/lib/api/schema';

import { day } from './cases-data';

type Schemas = components['schemas'];
type ContractView = Schemas['ContractView'];
type Milestone = Schemas['ContractMilestoneView'];
type Review = Schemas['ContractReviewView'];
type Performance = Schemas['ContractPerformanceView'];

/**
 * A contract as the fake keeps it: the view as a keeper reads it, and the verbs the API answers in
 * `allowedActions` to staff and to a leader (every other role reads none). The views of the milestones and
 * amendments carry their own `allowedActions`, as a keeper reads them.
 */
export type ContractRecord = Omit<ContractView, 'allowedActions'> & {
  allowed: { staff: string[]; leader: string[] };
};

const noReview: Review = { required: false, round: 0, outcome: 'NONE', passed: false };

const performance = (partial: Partial<Performance> = {}): Performance => ({
  paid: '0.00',
  unpaid: '0.00',
  nextMilestone: null,
  overdueMilestones: 0,
  endingSoon: false,
  expired: false,
  flagged: false,
  expiryNoticeDays: 30,
  ...partial,
});

const milestone = (
  partial: Partial<Milestone> & Pick<Milestone, 'number' | 'title'>,
): Milestone => ({
  kind: 'PAYMENT',
  dueOn: day(30),
  amount: null,
  status: 'PENDING',
  paid: '0.00',
  doneOn: null,
  note: null,
  waivedReason: null,
  evidenceFileIds: [],
  allowedActions: [],
  ...partial,
});

function contract(
  partial: Partial<ContractRecord> & Pick<ContractRecord, 'id' | 'number' | 'title'>,
): ContractRecord {
  return {
    township: 'jinhe',
    type: 'SERVICES',
    status: 'DRAFT',
    counterparty: {
      kind: 'ORGANISATION',
      name: '麻阳鲜丰农产品配送有限公司',
      creditCode: '91431226MA4L3JH5XF',
      idNumber: null,
      legalRepresentative: '舒建平',
      phone: '13874512301',
      address: null,
      masked: false,
    },
    amount: '128000.00',
    term: { startOn: '2025-01-15', endOn: '2025-12-31' },
    department: '党政综合办公室',
    responsiblePerson: '杨丽华',
    procurementMethod: 'INQUIRY',
    tendered: false,
    summary: null,
    registeredOn: '2025-01-10',
    major: false,
    majorReasons: [],
    majorThreshold: '500000.00',
    review: noReview,
    reviewSubmittedOn: null,
    approval: null,
    signing: null,
    completedOn: null,
    termination: null,
    archivedOn: null,
    performance: performance(),
    milestones: [],
    payments: [],
    amendments: [],
    versions: [],
    allowed: { staff: [], leader: [] },
    version: 3,
    createdAt: '2025-01-10T09:00:00+08:00',
    updatedAt: '2025-01-10T09:00:00+08:00',
    ...partial,
  };
}

const water = {
  kind: 'ORGANISATION' as const,
  name: '湖南沅水水利水电建设有限公司',
  creditCode: '91430000MA4R7NC2YF',
  idNumber: null,
  legalRepresentative: '向国华',
  phone: '0745-2238861',
  address: '怀化市鹤城区',
  masked: false,
};

const road = {
  kind: 'ORGANISATION' as const,
  name: '麻阳兴旺建筑工程有限公司',
  creditCode: '91431226MA4Q1KD8WT',
  idNumber: null,
  legalRepresentative: '王建兴',
  phone: '13907451111',
  address: '麻阳苗族自治县高村镇',
  masked: false,
};

const passed = (reviewId: string, submittedOn: string, decidedOn: string): Review => ({
  required: true,
  reviewId,
  round: 1,
  outcome: 'APPROVED',
  passed: true,
  submittedOn,
  decidedOn,
});

/** The water project in performance, the one the contract page's tests open. */
function waterProject(): ContractRecord {
  return contract({
    id: 'k5',
    number: '锦和合〔2025〕第5号',
    title: '锦和镇清水村安全饮水巩固提升工程施工合同',
    type: 'WORKS',
    status: 'PERFORMING',
    counterparty: water,
    amount: '1280000.00',
    term: { startOn: '2025-06-01', endOn: '2027-05-31' },
    department: '镇农业农村办公室',
    responsiblePerson: '滕文军',
    procurementMethod: 'TENDER',
    tendered: true,
    summary: '新建蓄水池2座、铺设供水主管网6.8公里',
    registeredOn: '2025-05-06',
    major: true,
    majorReasons: ['AMOUNT'],
    review: passed('r-k5', '2025-05-07', '2025-05-14'),
    reviewSubmittedOn: '2025-05-07',
    approval: { approvedOn: '2025-05-16', approvedBy: 'leader', opinion: '同意签订' },
    signing: {
      signedOn: '2025-05-20',
      signatories: ['赵志刚', '向国华'],
      signedFileId: 'file-signed-k5',
    },
    performance: performance({
      paid: '384000.00',
      unpaid: '896000.00',
      nextMilestone: {
        number: 2,
        kind: 'DELIVERABLE',
        title: '蓄水池主体及主管网完工',
        dueOn: day(-15),
        status: 'OVERDUE',
      },
      overdueMilestones: 1,
      flagged: true,
    }),
    milestones: [
      milestone({
        number: 1,
        title: '预付款（30%）',
        dueOn: '2025-06-10',
        amount: '384000.00',
        status: 'DONE',
        paid: '384000.00',
        doneOn: '2025-06-06',
      }),
      milestone({
        number: 2,
        kind: 'DELIVERABLE',
        title: '蓄水池主体及主管网完工',
        dueOn: day(-15),
        status: 'OVERDUE',
        allowedActions: ['complete', 'waive'],
      }),
      milestone({
        number: 3,
        kind: 'ACCEPTANCE',
        title: '竣工验收',
        dueOn: day(90),
        allowedActions: ['complete', 'waive'],
      }),
      milestone({
        number: 4,
        title: '工程进度款（至60%）',
        dueOn: day(100),
        amount: '384000.00',
        allowedActions: ['waive'],
      }),
    ],
    payments: [
      {
        number: 1,
        milestoneNumber: 1,
        paidOn: '2025-06-06',
        amount: '384000.00',
        voucher: '锦财付〔2025〕0606号',
        recordedBy: 'staff',
      },
    ],
    versions: [
      {
        number: 1,
        amendmentNumber: null,
        counterparty: water,
        amount: '1280000.00',
        term: { startOn: '2025-06-01', endOn: '2027-05-31' },
        effectiveOn: '2025-05-20',
      },
    ],
    allowed: {
      staff: ['edit', 'add-milestone', 'record-payment', 'propose-amendment'],
      leader: ['edit', 'terminate', 'add-milestone', 'record-payment', 'propose-amendment'],
    },
    version: 9,
  });
}

/** Jinhe's contracts of 2025 as the tests start (numbers as the demo data gives them). */
export function initialContracts(): ContractRecord[] {
  return [
    contract({
      id: 'k1',
      number: '锦和合〔2025〕第1号',
      title: '锦和镇人民政府2025年度法律顾问服务合同',
      type: 'SERVICES',
      status: 'ARCHIVED',
      counterparty: {
        kind: 'ORGANISATION',
        name: '湖南芙蓉律师事务所',
        creditCode: '31430000MD0128765K',
        idNumber: null,
        legalRepresentative: '彭卫东',
        phone: '0731-84561234',
        address: '长沙市芙蓉区五一大道',
        masked: false,
      },
      amount: '60000.00',
      term: { startOn: '2025-01-01', endOn: '2025-12-31' },
      procurementMethod: 'COMPETITIVE_NEGOTIATION',
      registeredOn: '2025-01-06',
      approval: { approvedOn: '2025-01-08', approvedBy: 'leader', opinion: '同意聘请' },
      signing: { signedOn: '2025-01-09', signatories: ['赵志刚', '彭卫东'], signedFileId: 'f1' },
      completedOn: '2025-12-31',
      archivedOn: '2025-12-31',
      performance: performance({ paid: '60000.00', unpaid: '0.00' }),
    }),
    contract({
      id: 'k3',
      number: '锦和合〔2025〕第3号',
      title: '锦和镇集镇农贸市场配套停车场土地租赁合同',
      type: 'LAND',
      status: 'PERFORMING',
      counterparty: {
        kind: 'INDIVIDUAL',
        name: '龙光明',
        creditCode: null,
        idNumber: '431226196708230411',
        legalRepresentative: null,
        phone: '13974562318',
        address: '锦和镇青山村5组',
        masked: false,
      },
      amount: '180000.00',
      term: { startOn: '2025-03-01', endOn: '2030-02-28' },
      department: '镇规划建设办公室',
      responsiblePerson: '田海波',
      procurementMethod: 'SINGLE_SOURCE',
      registeredOn: '2025-02-17',
      major: true,
      majorReasons: ['TYPE'],
      review: passed('r-k3', '2025-02-18', '2025-02-25'),
      reviewSubmittedOn: '2025-02-18',
      approval: { approvedOn: '2025-02-26', approvedBy: 'leader', opinion: '同意签订' },
      signing: { signedOn: '2025-02-27', signatories: ['赵志刚', '龙光明'], signedFileId: 'f3' },
      performance: performance({ paid: '180000.00', unpaid: '0.00' }),
      allowed: {
        staff: ['edit', 'complete', 'add-milestone', 'propose-amendment'],
        leader: ['edit', 'complete', 'terminate', 'add-milestone', 'propose-amendment'],
      },
    }),
    contract({
      id: 'k4',
      number: '锦和合〔2025〕第4号',
      title: '锦和镇和平村组级道路硬化工程施工合同',
      type: 'WORKS',
      status: 'PERFORMING',
      counterparty: road,
      amount: '496000.00',
      term: { startOn: '2025-04-01', endOn: '2027-11-30' },
      department: '镇规划建设办公室',
      responsiblePerson: '陈文',
      procurementMethod: 'COMPETITIVE_NEGOTIATION',
      registeredOn: '2025-03-10',
      approval: { approvedOn: '2025-03-20', approvedBy: 'leader', opinion: '同意' },
      signing: { signedOn: '2025-03-25', signatories: ['赵志刚', '王建兴'], signedFileId: 'f4' },
      performance: performance({
        paid: '471200.00',
        unpaid: '24800.00',
        nextMilestone: {
          number: 4,
          kind: 'PAYMENT',
          title: '质保金（5%，质保期满两年后支付）',
          dueOn: '2027-11-30',
          status: 'PENDING',
        },
      }),
      amendments: [
        {
          number: 1,
          title: '关于和平村道路加宽及延长工期的补充协议',
          reason: '应沿线村民要求，5组段路面加宽0.5米，增加工程量28000元',
          status: 'SIGNED',
          counterparty: road,
          amount: '496000.00',
          term: { startOn: '2025-04-01', endOn: '2027-11-30' },
          proposedOn: '2025-08-18',
          major: false,
          majorReasons: [],
          review: noReview,
          approval: { approvedOn: '2025-08-20', approvedBy: 'leader', opinion: null },
          signing: {
            signedOn: '2025-08-22',
            signatories: ['赵志刚', '王建兴'],
            signedFileId: 'f4a',
          },
          allowedActions: [],
        },
      ],
      versions: [
        {
          number: 1,
          amendmentNumber: null,
          counterparty: road,
          amount: '468000.00',
          term: { startOn: '2025-04-01', endOn: '2027-11-30' },
          effectiveOn: '2025-03-25',
        },
        {
          number: 2,
          amendmentNumber: 1,
          counterparty: road,
          amount: '496000.00',
          term: { startOn: '2025-04-01', endOn: '2027-11-30' },
          effectiveOn: '2025-08-22',
        },
      ],
      allowed: {
        staff: ['edit', 'add-milestone', 'record-payment', 'propose-amendment'],
        leader: ['edit', 'terminate', 'add-milestone', 'record-payment', 'propose-amendment'],
      },
    }),
    waterProject(),
    contract({
      id: 'k7',
      number: '锦和合〔2025〕第7号',
      title: '锦和镇中心小学校园保洁服务合同',
      type: 'SERVICES',
      status: 'PERFORMING',
      counterparty: {
        kind: 'ORGANISATION',
        name: '麻阳洁美物业服务有限公司',
        creditCode: '91431226MA4P8RW13B',
        idNumber: null,
        legalRepresentative: '滕美华',
        phone: '13787451234',
        address: null,
        masked: false,
      },
      amount: '86400.00',
      term: { startOn: '2025-03-01', endOn: day(20) },
      registeredOn: '2025-02-20',
      approval: { approvedOn: '2025-02-24', approvedBy: 'leader', opinion: null },
      signing: { signedOn: '2025-02-26', signatories: ['赵志刚', '滕美华'], signedFileId: 'f7' },
      performance: performance({
        paid: '43200.00',
        unpaid: '43200.00',
        endingSoon: true,
        flagged: true,
      }),
      allowed: {
        staff: ['edit', 'add-milestone', 'propose-amendment'],
        leader: ['edit', 'terminate', 'add-milestone', 'propose-amendment'],
      },
    }),
    contract({
      id: 'k11',
      number: '锦和合〔2025〕第11号',
      title: '锦和镇集镇污水处理设施特许经营协议',
      type: 'CONCESSION',
      status: 'DRAFT',
      counterparty: {
        kind: 'ORGANISATION',
        name: '怀化清源环保科技有限公司',
        creditCode: '91431200MA4T5CQ18X',
        idNumber: null,
        legalRepresentative: '舒清源',
        phone: '0745-2711234',
        address: null,
        masked: false,
      },
      amount: '320000.00',
      term: { startOn: day(30), endOn: day(30 + 365 * 10) },
      department: '镇规划建设办公室',
      responsiblePerson: '田海波',
      procurementMethod: 'COMPETITIVE_NEGOTIATION',
      registeredOn: day(-2),
      major: true,
      majorReasons: ['TYPE'],
      review: { ...noReview, required: true },
      allowed: {
        staff: ['edit', 'submit-for-review', 'add-milestone'],
        leader: ['edit', 'submit-for-review', 'approve', 'add-milestone'],
      },
      version: 0,
    }),
    contract({
      id: 'k12',
      number: '锦和合〔2025〕第12号',
      title: '锦和镇村部办公设备采购合同',
      type: 'GOODS',
      status: 'APPROVED',
      amount: '48000.00',
      term: { startOn: day(0), endOn: day(180) },
      registeredOn: day(-5),
      approval: { approvedOn: day(-1), approvedBy: 'leader', opinion: '同意采购' },
      allowed: {
        staff: ['submit-for-review', 'sign', 'add-milestone'],
        leader: ['submit-for-review', 'sign', 'add-milestone'],
      },
      version: 2,
    }),
  ];
}

/** What an action answers, given the contract as it stands and the body sent: the next record, or a refusal. */
export type ContractAnswer = (
  record: ContractRecord,
  body: Record<string, unknown>,
) => ContractRecord;

/**
 * The answers the fake gives, per contract and verb (as the API would, read off its demo data): a verb a contract
 * has none for is refused as the API refuses a step out of order.
 */
export const contractAnswers: Record<string, Partial<Record<string, ContractAnswer | 'LR-03'>>> = {
  // a major draft never sent to review: the leader's approval is refused (LR-03); the submission opens it
  k11: {
    approve: 'LR-03',
    'submit-for-review': (record) => ({
      ...record,
      status: 'IN_REVIEW',
      reviewSubmittedOn: day(0),
      review: {
        required: true,
        reviewId: 'r-k11',
        round: 1,
        outcome: 'PENDING',
        passed: false,
        submittedOn: day(0),
      },
      allowed: { staff: ['edit', 'add-milestone'], leader: ['edit', 'approve', 'add-milestone'] },
    }),
  },
  // approved, not major: signed with the signatories and the signed text, its terms become version 1
  k12: {
    sign: (record, body) => ({
      ...record,
      status: 'PERFORMING',
      signing: {
        signedOn: String(body.signedOn),
        signatories: body.signatories as string[],
        signedFileId: String(body.signedFileId),
      },
      performance: performance({ unpaid: record.amount }),
      versions: [
        {
          number: 1,
          amendmentNumber: null,
          counterparty: record.counterparty,
          amount: record.amount,
          term: record.term,
          effectiveOn: String(body.signedOn),
        },
      ],
      allowed: {
        staff: ['edit', 'complete', 'add-milestone', 'propose-amendment'],
        leader: ['edit', 'complete', 'terminate', 'add-milestone', 'propose-amendment'],
      },
    }),
  },
  // the water project: its second payment meets milestone 4
  k5: {
    'record-payment': (record, body) => ({
      ...record,
      payments: [
        ...record.payments,
        {
          number: 2,
          milestoneNumber: Number(body.milestoneNumber),
          paidOn: String(body.paidOn),
          amount: String(body.amount),
          voucher: (body.voucher as string | null) ?? null,
          recordedBy: 'staff',
        },
      ],
      milestones: record.milestones.map((candidate) =>
        candidate.number === 4
          ? {
              ...candidate,
              status: 'DONE',
              paid: '384000.00',
              doneOn: String(body.paidOn),
              allowedActions: [],
            }
          : candidate,
      ),
      performance: { ...record.performance, paid: '768000.00', unpaid: '512000.00' },
      allowed: {
        staff: ['edit', 'add-milestone', 'propose-amendment'],
        leader: ['edit', 'terminate', 'add-milestone', 'propose-amendment'],
      },
    }),
  },
};
