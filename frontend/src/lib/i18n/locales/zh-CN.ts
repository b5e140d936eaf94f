/** Shared texts of the shell and of components every area uses (namespace `common`). */
export const common = {
  appName: '法治政府建设',
  brand: '法治政府建设',
  footer: '法治政府建设系统 · Fazhi',
  nav: {
    home: '首页',
    officers: '执法人员',
    officersDescription: '执法人员与执法证登记、到期提醒、暂停与恢复执法资格',
    reviews: '合法性审查',
    reviewsDescription:
      '规范性文件、重大行政决策、重大合同等的合法性审查：待审事项、审查意见与审查轮次',
    documents: '规范性文件',
    documentsDescription: '规范性文件登记、送审、印发、有效期与评估提醒、修改废止和集中清理',
    decisions: '重大行政决策',
    decisionsDescription:
      '年度重大行政决策事项目录，公众参与、专家论证、风险评估、合法性审查与集体讨论',
    contracts: '合同台账',
    contractsDescription:
      '合同登记、重大合同合法性审查、审批签订、履约节点与付款、补充协议、到期提醒和归档',
    advisers: '法律顾问',
    advisersDescription: '法律顾问聘任情况与法律咨询记录',
    matters: '执法事项',
    mattersDescription:
      '行政执法事项清单（权责清单）：处罚、检查、强制等事项的法律依据、实施部门与县级赋权来源',
    inspections: '涉企检查',
    inspectionsDescription:
      '涉企行政检查事项清单、年度检查计划（备案与公开）、检查审批、告知与结果登记',
    cases: '行政处罚案件',
    casesDescription:
      '行政处罚案件办理：立案、告知、听证、法制审核、决定、送达、执行、结案与决定公示',
    calendar: '节假日安排',
    calendarDescription: '法定节假日与调休上班日，工作日期限据此计算',
    settings: '参数设置',
    settingsDescription: '听证告知金额、年度检查次数、重大合同标准、调解期限等本镇规则参数',
  },
  header: {
    township: '乡镇',
    language: '语言',
    logout: '退出登录',
    roles: '角色',
  },
  roles: {
    staff: '工作人员',
    officer: '执法人员',
    'legal-reviewer': '法制审核人员',
    leader: '镇领导',
    auditor: '监督审计',
    'county-system': '县级平台',
    admin: '系统管理员',
  },
  auth: {
    signingIn: '正在跳转到统一身份认证…',
    signInFailed: '登录失败',
    unreachable: '登录未能完成：统一身份认证服务可能暂时无法访问，或登录已过期。请重新登录。',
    retry: '重新登录',
  },
  actions: {
    save: '保存',
    cancel: '取消',
    confirm: '确定',
    reset: '重置',
    search: '查询',
    reload: '重新加载',
    back: '返回首页',
    edit: '编辑',
    create: '新建',
    submit: '提交',
    view: '查看',
    delete: '删除',
    close: '关闭',
    add: '添加',
    remove: '移除',
  },
  problem: {
    rule: '规则',
    legalBasis: '法律依据',
    fields: '以下内容需要修改',
    network: '无法连接到服务器，请检查网络后重试。',
    unknown: '操作未能完成',
  },
  stale: {
    title: '此记录已被他人修改',
    description:
      '您打开之后，有人保存了新的版本。为避免覆盖他人的修改，请重新加载最新内容后再操作。',
  },
  home: {
    welcome: '欢迎使用{{township}}法治政府建设系统',
    intro:
      '在这里登记和管理执法、合法性审查、合同、学法培训与矛盾纠纷调解工作，年度报告中的数据将随工作自动生成。',
    areas: '功能模块',
    open: '进入',
  },
  errors: {
    notFound: '页面不存在',
    notFoundDetail: '您访问的页面不存在，或您无权查看该乡镇。',
    noTownship: '您的账号尚未分配乡镇',
    noTownshipDetail: '请联系系统管理员为您分配所属乡镇。',
    unexpected: '页面出错了',
    unexpectedDetail: '请刷新页面重试；如果问题持续存在，请联系系统管理员。',
    townshipNotFound: '未找到该乡镇',
  },
  table: {
    total: '共 {{total}} 条',
  },
  record: {
    backToList: '返回列表',
  },
  loading: '加载中…',
  form: {
    required: '此项为必填项',
    tooLong: '不能超过 {{max}} 个字符',
    addLine: '添加一条',
  },
  publicSite: {
    brand: '法治政府建设 · 政务公开',
    login: '工作人员登录',
    footer: '本页面向社会公开，无需登录',
  },
} as const;
