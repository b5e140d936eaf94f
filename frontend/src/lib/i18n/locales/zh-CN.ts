/** Shared texts of the shell and of components every area uses (namespace `common`). */
export const common = {
  appName: '法治政府建设',
  brand: '法治政府建设',
  footer: '法治政府建设系统 · Fazhi',
  nav: {
    home: '首页',
    officers: '执法人员',
    officersDescription: '执法人员与执法证登记、到期提醒、暂停与恢复执法资格',
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
  },
  table: {
    total: '共 {{total}} 条',
  },
  loading: '加载中…',
} as const;
