import type { components } from '@/lib/api/schema';

// Aliases of the generated contract types, for readability only.
export type TownshipSettings = components['schemas']['TownshipSettingsView'];
export type TownshipSettingsRequest = components['schemas']['TownshipSettingsRequest'];

/** The values of the settings, by the area whose rules read them, with the rule id each serves. */
export const settingGroups = [
  {
    area: 'enforcement',
    fields: [
      { name: 'hearingThresholdIndividual', rule: 'ENF-06', kind: 'amount' },
      { name: 'hearingThresholdOrganisation', rule: 'ENF-06', kind: 'amount' },
      { name: 'inspectionsPerEnterpriseYearly', rule: 'ENF-14', kind: 'count' },
    ],
  },
  {
    area: 'contracts',
    fields: [
      { name: 'contractMajorThreshold', rule: 'CON-01', kind: 'amount' },
      { name: 'contractExpiryNoticeDays', rule: 'CON-03', kind: 'days' },
    ],
  },
  { area: 'disputes', fields: [{ name: 'disputeMediationDays', rule: 'DSP-01', kind: 'days' }] },
  {
    area: 'training',
    fields: [{ name: 'centralGroupStudiesYearly', rule: 'TRN-01', kind: 'count' }],
  },
  {
    area: 'attachments',
    fields: [
      { name: 'attachmentMaxMegabytes', rule: null, kind: 'megabytes' },
      { name: 'attachmentTypes', rule: null, kind: 'types' },
    ],
  },
] as const satisfies readonly {
  area: string;
  fields: readonly {
    name: keyof TownshipSettingsRequest;
    rule: string | null;
    kind: SettingKind;
  }[];
}[];

export type FileType = components['schemas']['FileType'];
export const fileTypes: readonly FileType[] = ['PDF', 'JPEG', 'PNG', 'DOCX', 'XLSX', 'MP4'];

/** How a value is entered and shown. */
export type SettingKind = 'amount' | 'count' | 'days' | 'megabytes' | 'types';

export const settingFields: readonly (keyof TownshipSettingsRequest)[] = settingGroups.flatMap(
  (group) => group.fields.map((field) => field.name),
);
