import type { Messages } from '../messages';
import type { common as zhCN } from './zh-CN';

export const common: Messages<typeof zhCN> = {
  appName: 'Law-based Government',
  brand: 'Fazhi',
  footer: 'Fazhi · law-based government',
  nav: {
    home: 'Home',
    officers: 'Officers',
    officersDescription:
      'Enforcement officers and their certificates, expiry reminders, suspension and reinstatement',
    reviews: 'Legality reviews',
    reviewsDescription:
      'Legality reviews of normative documents, major decisions, major contracts and more: inbox, opinions and rounds',
    documents: 'Normative documents',
    documentsDescription:
      'Register of normative documents: review, issue, validity and evaluation reminders, amendment, repeal and clean-ups',
    decisions: 'Major decisions',
    decisionsDescription:
      "The year's catalogue of major decisions: public participation, expert argument, risk assessment, legality review and collective discussion",
    contracts: 'Contracts',
    contractsDescription:
      'Contract ledger: registration, legality review of major contracts, approval and signing, milestones and payments, amendments, expiry and archive',
    advisers: 'Legal advisers',
    advisersDescription: 'Legal advisers engaged by the township and their consultations',
    matters: 'Enforcement matters',
    mattersDescription:
      'The list of enforcement powers: penalties, inspections, coercive measures, their legal basis, department and county delegation',
    inspections: 'Enterprise inspections',
    inspectionsDescription:
      'Inspection items list, the yearly plan (filed and published), approval, notice and results of inspections',
    cases: 'Enforcement cases',
    casesDescription:
      'Administrative penalty cases: filing, notice, hearing, legal review, decision, delivery, execution, closing and publication',
    calendar: 'Holiday calendar',
    calendarDescription:
      'Public holidays and adjusted working days that working-day deadlines count over',
    settings: 'Settings',
    settingsDescription:
      "The township's rule values: hearing thresholds, inspections a year, major contracts, mediation period",
  },
  header: {
    township: 'Township',
    language: 'Language',
    logout: 'Log out',
    roles: 'Roles',
  },
  roles: {
    staff: 'Staff',
    officer: 'Enforcement officer',
    'legal-reviewer': 'Legal reviewer',
    leader: 'Leader',
    auditor: 'Auditor',
    'county-system': 'County system',
    admin: 'Administrator',
  },
  auth: {
    signingIn: 'Redirecting to sign-in…',
    signInFailed: 'Sign-in failed',
    unreachable:
      'Sign-in could not be completed: the identity service may be unreachable, or the sign-in expired. Please sign in again.',
    retry: 'Sign in again',
  },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    confirm: 'OK',
    reset: 'Reset',
    search: 'Search',
    reload: 'Reload',
    back: 'Back to home',
    edit: 'Edit',
    create: 'New',
    submit: 'Submit',
    view: 'View',
    delete: 'Delete',
    close: 'Close',
    add: 'Add',
    remove: 'Remove',
  },
  problem: {
    rule: 'Rule',
    legalBasis: 'Legal basis',
    fields: 'Please correct the following',
    network: 'The server cannot be reached. Check the network and try again.',
    unknown: 'The action could not be completed',
  },
  stale: {
    title: 'Someone else changed this record',
    description:
      'A newer version was saved after you opened it. To avoid overwriting their changes, reload the latest version and try again.',
  },
  home: {
    welcome: 'Welcome to the law-based government system of {{township}}',
    intro:
      'Record and manage enforcement, legality reviews, contracts, legal training and dispute mediation here; the figures of the annual report follow from the work as it happens.',
    areas: 'Areas',
    open: 'Open',
  },
  errors: {
    notFound: 'Page not found',
    notFoundDetail: 'This page does not exist, or you may not see this township.',
    noTownship: 'Your account has no township yet',
    noTownshipDetail: 'Ask an administrator to assign your township.',
    unexpected: 'Something went wrong',
    unexpectedDetail: 'Reload the page; if it keeps happening, contact the administrator.',
    townshipNotFound: 'No such township',
  },
  table: {
    total: '{{total}} in total',
  },
  record: {
    backToList: 'Back to the list',
  },
  loading: 'Loading…',
  form: {
    required: 'This field is required',
    tooLong: 'At most {{max}} characters',
    addLine: 'Add a line',
  },
  publicSite: {
    brand: 'Law-based Government · Public information',
    login: 'Staff sign-in',
    footer: 'This page is public; no sign-in needed',
  },
};
