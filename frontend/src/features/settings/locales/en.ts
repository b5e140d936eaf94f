import type { Messages } from '@/lib/i18n/messages';

import type { settings as zhCN } from './zh-CN';

export const settings: Messages<typeof zhCN> = {
  title: 'Township settings',
  subTitle:
    "The township's values its rules read when they decide; unset ones keep the system defaults",
  readOnly: "The county's system administrator sets these values; here they are for reading.",
  defaults: 'System defaults',
  own: "The township's own values",
  updated: 'Changed by {{by}} on {{at}}',
  saved: 'Settings saved',
  unit: { amount: 'CNY', days: 'days', count: 'a year', megabytes: 'MB' },
  area: {
    enforcement: 'Administrative enforcement',
    contracts: 'Contracts',
    disputes: 'Dispute mediation',
    training: 'Legal study',
    attachments: 'Attachments',
  },
  field: {
    hearingThresholdIndividual: 'Hearing threshold (person)',
    hearingThresholdOrganisation: 'Hearing threshold (organisation)',
    inspectionsPerEnterpriseYearly: 'Inspections of one enterprise a year',
    contractMajorThreshold: 'Major contract amount',
    contractExpiryNoticeDays: 'Notice before a contract expires',
    disputeMediationDays: 'Mediation period',
    centralGroupStudiesYearly: "Central group's law studies a year",
    attachmentMaxMegabytes: 'Largest attachment',
    attachmentTypes: 'File types allowed',
  },
  help: {
    hearingThresholdIndividual: 'A fine on a person from this amount must offer a hearing',
    hearingThresholdOrganisation: 'A fine on an organisation from this amount must offer a hearing',
    inspectionsPerEnterpriseYearly:
      'Only a case-triggered inspection approved by a leader goes beyond it',
    contractMajorThreshold:
      'A contract from this amount is major and is reviewed for legality first',
    contractExpiryNoticeDays: 'How many days before expiry the person in charge is reminded',
    disputeMediationDays: 'From the day a dispute is accepted',
    centralGroupStudiesYearly: 'The least number of central group law studies a year',
    attachmentMaxMegabytes: 'Larger files cannot be uploaded',
    attachmentTypes: "A file's type is told from its content, not its name",
  },
};
