/** Texts of the township's home page panels (namespace `home`). */
export const home = {
  deadlines: {
    title: '临期事项',
    subTitle: '7 日内到期及已逾期的事项，合同按本镇提醒天数提前列出',
    empty: '7 日内没有到期的事项',
    all: '查看全部案件',
    kind: {
      DECISION: '决定期限',
      HEARING_WINDOW: '听证申请期',
      DELIVERY: '送达期限',
      PAYMENT: '缴款期限',
      CONTRACT_EXPIRY: '合同到期',
      CONTRACT_MILESTONE: '履约节点',
    },
    overdue: '逾期 {{count}} 天',
    today: '今日到期',
    daysLeft: '还剩 {{count}} 天',
    dueOn: '{{date}} 到期',
  },
} as const;
