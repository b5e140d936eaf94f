/** Texts of the public list of penalty decisions (namespace `publicPenaltyDecisions`). */
export const publicPenaltyDecisions = {
  title: '行政处罚决定公示',
  subTitle: '依法公开的行政处罚决定；当事人的身份证号码、电话和住址等个人信息不予公开',
  columns: {
    decisionNumber: '决定书文号',
    field: '执法领域',
    partyName: '当事人',
    facts: '违法事实',
    outcome: '处罚结果',
    decidedOn: '决定日期',
    publishedOn: '公示日期',
  },
  field: {
    ROAD_TRAFFIC_SAFETY: '道路交通安全',
    WATER_TRAFFIC_SAFETY: '水上交通安全',
    FIRE_SAFETY: '消防安全',
    NON_COAL_MINE_SAFETY: '非煤矿山安全生产',
    AGRICULTURE: '农业',
    FORESTRY: '林业',
    LIVESTOCK_AQUATIC: '畜牧水产',
    OTHER: '其他',
  },
  outcome: {
    WARNING: '警告',
    FINE: '罚款',
    OTHER: '其他处罚',
  },
  fineValue: '罚款 {{amount}}',
  empty: '暂无公示的行政处罚决定',
  total: '共 {{total}} 件',
} as const;
