import dayjs from 'dayjs';

import type { components } from '@/lib/api/schema';

import type { Refusal } from './rules';

type Schemas = components['schemas'];
export type Review = Schemas['LegalityReviewView'];
export type ReviewRound = Schemas['ReviewRoundView'];
export type NormativeDocument = Schemas['NormativeDocumentView'];
export type CleanUp = Schemas['CleanUpView'];
export type MajorDecision = Schemas['MajorDecisionView'];
export type LegalAdviser = Schemas['LegalAdviserView'];
export type Consultation = Schemas['ConsultationView'];
export type CalendarDay = Schemas['CalendarDayView'];

/** A day counted from today (the tests run on any date). */
export const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');
const stamp = '2025-03-03T09:00:00+08:00';

function round(partial: Partial<ReviewRound> = {}): ReviewRound {
  return {
    number: 1,
    submittedOn: day(-3),
    submittedBy: 'staff',
    materials: ['送审稿', '起草说明'],
    reviewer: 'reviewer',
    earliestOn: day(4),
    dueOn: day(18),
    overdue: false,
    outcome: 'PENDING',
    requiredChanges: [],
    reasons: [],
    earlyReason: null,
    decidedOn: null,
    decidedBy: null,
    ...partial,
  };
}

/** A review whose top-level fields mirror its last round, as the API answers. */
export function review(
  partial: Pick<Review, 'id' | 'subjectType' | 'subjectRef' | 'subjectTitle'> & {
    rounds?: ReviewRound[];
    version?: number;
  },
): Review {
  const rounds = partial.rounds ?? [round()];
  const first = rounds[0] ?? round();
  const last = rounds[rounds.length - 1] ?? first;
  return {
    township: 'jinhe',
    submittedOn: first.submittedOn,
    submittedBy: first.submittedBy,
    status: last.outcome,
    round: last.number,
    reviewer: last.reviewer,
    earliestOn: last.earliestOn,
    dueOn: last.dueOn,
    overdue: last.overdue,
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    ...partial,
    rounds,
  };
}

/** Jinhe's reviews as the tests start. */
export function initialReviews(): Review[] {
  return [
    review({
      id: 'r1',
      subjectType: 'CONTRACT',
      subjectRef: 'HT-2025-042',
      subjectTitle: '锦和镇敬老院消防设施改造工程施工合同',
      rounds: [round({ earliestOn: null, dueOn: day(9), submittedOn: day(-10) })],
    }),
    review({
      id: 'r2',
      subjectType: 'CONTRACT',
      subjectRef: 'HT-2025-031',
      subjectTitle: '锦和镇中心小学食堂食材配送服务合同',
      rounds: [round({ earliestOn: null, dueOn: day(-3), submittedOn: day(-25), overdue: true })],
    }),
    review({
      id: 'r3',
      subjectType: 'MAJOR_DECISION',
      subjectRef: 'm1',
      subjectTitle: '锦和镇2026年度民生实事项目安排',
      rounds: [
        round({
          submittedBy: 'leader',
          earliestOn: day(3),
          dueOn: day(2 + 14),
          submittedOn: day(-3),
        }),
      ],
    }),
    review({
      id: 'r4',
      subjectType: 'NORMATIVE_DOCUMENT',
      subjectRef: 'd2',
      subjectTitle: '锦和镇农村建房管理暂行办法',
      rounds: [round({ earliestOn: day(4), dueOn: day(2), submittedOn: day(-1) })],
    }),
    review({
      id: 'r5',
      subjectType: 'OTHER',
      subjectRef: 'QT-2025-011',
      subjectTitle: '锦和镇防汛抗旱应急预案（修订）',
      rounds: [round({ reviewer: null, earliestOn: null, dueOn: day(14) })],
    }),
    review({
      id: 'r6',
      subjectType: 'CONTRACT',
      subjectRef: 'HT-2025-018',
      subjectTitle: '锦和镇集镇污水管网建设工程施工合同',
      rounds: [
        round({
          earliestOn: null,
          dueOn: '2025-06-30',
          submittedOn: '2025-06-09',
          outcome: 'APPROVED_WITH_CHANGES',
          requiredChanges: ['第十二条违约金比例调整为不超过合同价款的20%'],
          decidedOn: '2025-06-16',
          decidedBy: 'reviewer',
        }),
      ],
    }),
  ];
}

const noReview: NormativeDocument['review'] = {
  reviewId: null,
  round: 0,
  outcome: 'NONE',
  submittedOn: null,
  decidedOn: null,
  passed: false,
};

function document(
  partial: Partial<NormativeDocument> & Pick<NormativeDocument, 'id' | 'title'>,
): NormativeDocument {
  return {
    township: 'jinhe',
    issuer: '锦和镇人民政府',
    provisional: false,
    status: 'EFFECTIVE',
    recordedStatus: 'EFFECTIVE',
    number: null,
    issuedOn: null,
    effectiveOn: null,
    validFrom: null,
    validUntil: null,
    evaluationDueOn: null,
    expired: false,
    evaluationDue: false,
    reviewSubmittedOn: null,
    review: noReview,
    amendedBy: null,
    amendmentNote: null,
    repealedOn: null,
    repealReason: null,
    repealedInCleanUp: null,
    expiredOn: null,
    reevaluations: [],
    version: 1,
    createdAt: stamp,
    updatedAt: stamp,
    ...partial,
  };
}

const passed = (reviewId: string): NormativeDocument['review'] => ({
  reviewId,
  round: 1,
  outcome: 'APPROVED',
  submittedOn: '2025-03-03',
  decidedOn: '2025-03-12',
  passed: true,
});

export function initialDocuments(): NormativeDocument[] {
  return [
    document({
      id: 'd1',
      title: '锦和镇人民政府合同管理办法(试行)',
      provisional: true,
      number: '锦政发〔2025〕3号',
      issuedOn: '2025-03-20',
      effectiveOn: '2025-04-01',
      validFrom: '2025-04-01',
      validUntil: day(100),
      evaluationDueOn: day(-80),
      evaluationDue: true,
      reviewSubmittedOn: '2025-03-03',
      review: passed('rd1'),
    }),
    document({
      id: 'd2',
      title: '锦和镇农村建房管理暂行办法',
      provisional: true,
      status: 'IN_REVIEW',
      recordedStatus: 'IN_REVIEW',
      reviewSubmittedOn: day(-1),
      review: {
        reviewId: 'r4',
        round: 1,
        outcome: 'PENDING',
        submittedOn: day(-1),
        decidedOn: null,
        passed: false,
      },
    }),
    document({
      id: 'd3',
      title: '锦和镇集镇摊点管理办法',
      status: 'DRAFT',
      recordedStatus: 'DRAFT',
    }),
    document({
      id: 'd4',
      title: '锦和镇人民政府重大行政决策合法性审查工作制度',
      number: '锦政发〔2025〕5号',
      issuedOn: '2025-04-15',
      effectiveOn: '2025-05-01',
      validFrom: '2025-05-01',
      validUntil: '2030-04-30',
      evaluationDueOn: '2029-10-30',
      reviewSubmittedOn: '2025-04-01',
      review: passed('rd4'),
    }),
    document({
      id: 'd5',
      title: '锦和镇河道采砂管理暂行规定',
      provisional: true,
      number: '锦政发〔2021〕2号',
      status: 'EXPIRED',
      recordedStatus: 'EFFECTIVE',
      issuedOn: '2021-03-01',
      effectiveOn: '2021-03-01',
      validFrom: '2021-03-01',
      validUntil: '2023-02-28',
      evaluationDueOn: '2022-08-28',
      expired: true,
      review: passed('rd5'),
    }),
  ];
}

export function initialCleanUps(): CleanUp[] {
  return [
    {
      id: 'c1',
      township: 'jinhe',
      name: '2025年规范性文件集中清理',
      heldOn: '2025-05-20',
      status: 'OPEN',
      closedOn: null,
      decisions: [
        {
          documentId: 'd4',
          documentNumber: '锦政发〔2025〕5号',
          documentTitle: '锦和镇人民政府重大行政决策合法性审查工作制度',
          verdict: 'KEEP',
          reason: '符合上位法规定，继续有效',
        },
      ],
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ];
}

export function initialDecisions(): MajorDecision[] {
  return [
    {
      id: 'm1',
      township: 'jinhe',
      year: dayjs().year(),
      catalogueNumber: 1,
      catalogued: true,
      title: '锦和镇集镇农贸市场改造提升项目',
      description: '对集镇农贸市场进行整体改造，新建钢结构大棚2000平方米',
      sponsor: '锦和镇经济发展办公室',
      status: 'IN_PROCEDURE',
      publicParticipation: {
        commentsFrom: '2025-03-03',
        commentsUntil: '2025-04-02',
        summary: '收到意见建议23条，采纳15条',
      },
      expertArgument: {
        heldOn: '2025-04-08',
        experts: ['县住建局 高级工程师 李某', '湖南某设计院 王某'],
        conclusion: '方案技术可行，建议优化排水设计',
      },
      riskAssessment: null,
      reviewSubmittedOn: null,
      review: noReview,
      collectiveDiscussion: null,
      adoptedOn: null,
      publishedOn: null,
      procedure: [
        { step: 'PUBLIC_PARTICIPATION', done: true, doneOn: '2025-04-02' },
        { step: 'EXPERT_ARGUMENT', done: true, doneOn: '2025-04-08' },
        { step: 'RISK_ASSESSMENT', done: false, doneOn: null },
        { step: 'LEGALITY_REVIEW', done: false, doneOn: null },
        { step: 'COLLECTIVE_DISCUSSION', done: false, doneOn: null },
      ],
      version: 2,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ];
}

export function initialAdvisers(): LegalAdviser[] {
  return [
    {
      id: 'a1',
      township: 'jinhe',
      name: '向明远',
      lawFirm: '湖南芙蓉律师事务所',
      engagedFrom: day(-200),
      engagedUntil: day(165),
      scope: '项目投资、依法行政、行政诉讼等法律服务',
      status: 'ACTIVE',
      version: 0,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ];
}

export function initialConsultations(): Consultation[] {
  return [
    {
      id: 'k1',
      township: 'jinhe',
      adviserId: 'a1',
      consultedOn: day(-30),
      subject: '集镇光伏发电项目投资合作协议的风险',
      advice: '建议明确收益分配和违约责任条款，约定争议由本地法院管辖',
      linkedRecordType: 'CONTRACT',
      linkedRecordId: 'HT-2025-023',
      version: 0,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ];
}

/** This year's National Day week, in date order. */
export function initialCalendar(): CalendarDay[] {
  const year = dayjs().year();
  return [
    { date: `${year}-09-28`, kind: 'WORKDAY', name: '国庆节调休' },
    { date: `${year}-10-01`, kind: 'HOLIDAY', name: '国庆节' },
    { date: `${year}-10-02`, kind: 'HOLIDAY', name: '国庆节' },
  ];
}

/** The actions the API refuses on these records as the tests start, by record id and verb. */
export function initialRefusals(): Record<string, Partial<Record<string, Refusal>>> {
  return {
    // d2's review has not passed
    d2: { issue: { rule: 'LR-01', detail: '规范性文件须经合法性审查通过后方可印发。' } },
    // m1's risk assessment is not done
    m1: { adopt: { rule: 'LR-02', detail: '重大行政决策须经风险评估后方可作出决定。' } },
  };
}
