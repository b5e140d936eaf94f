import type { Messages } from '@/lib/i18n/messages';

import type { publicInspections as zhCN } from './zh-CN';

export const publicInspections: Messages<typeof zhCN> = {
  nav: {
    matters: 'Enforcement matters',
    items: 'Inspection items',
    plans: 'Yearly inspection plan',
  },
  matters: {
    title: 'Enforcement matters',
    subTitle:
      'The penalties, inspections, coercive measures and other powers the township exercises, including those delegated by the county',
    empty: 'No published enforcement matters',
    all: 'All',
    search: 'Code, name or legal basis',
    columns: {
      code: 'Code',
      name: 'Name',
      kind: 'Kind',
      field: 'Field / department',
      legalBasis: 'Legal basis',
      department: 'Department',
      source: 'Source',
      publishedOn: 'Published',
    },
  },
  items: {
    title: 'Enterprise inspection items',
    subTitle:
      'No enterprise is inspected under anything off this list; each enterprise is inspected a limited number of times a year',
    empty: 'No published inspection items',
    columns: {
      code: 'Code',
      name: 'Inspection item',
      subjects: 'Inspected',
      legalBasis: 'Legal basis',
      department: 'Department',
      field: 'Field',
      method: 'Method',
      yearlyCap: 'Yearly cap',
      publishedOn: 'Published',
    },
    yearlyCapValue: '{{count}} a year',
  },
  plans: {
    title: 'Yearly enterprise inspection plan',
    subTitle: 'The yearly plans of enterprise inspections, filed with the county and published',
    empty: 'No published inspection plans',
    filing: 'Filed',
    filingValue: '{{date}}, {{reference}}',
    publishedOn: 'Published',
    targets: 'Inspected',
    enterpriseCount: 'about {{count}} enterprises',
    schedule: 'Schedule',
    months: 'Months {{months}}',
    quarter: 'Q{{quarter}}',
  },
  kind: {
    PENALTY: 'Penalty',
    INSPECTION: 'Inspection',
    COERCION: 'Coercive measure',
    OTHER: 'Other',
  },
  source: {
    COUNTY_DELEGATED: 'Delegated by the county',
    OWN: "Township's own",
  },
  field: {
    ROAD_TRAFFIC_SAFETY: 'Road traffic safety',
    WATER_TRAFFIC_SAFETY: 'Water traffic safety',
    FIRE_SAFETY: 'Fire safety',
    NON_COAL_MINE_SAFETY: 'Non-coal mine safety',
    AGRICULTURE: 'Agriculture',
    FORESTRY: 'Forestry',
    LIVESTOCK_AQUATIC: 'Livestock & aquatic',
    OTHER: 'Other',
  },
  department: {
    EMERGENCY: 'Emergency management',
    AGRICULTURE: 'Agriculture',
    FORESTRY: 'Forestry',
    LIVESTOCK_AQUATIC: 'Livestock & aquatic',
    COMPREHENSIVE: 'Comprehensive',
    OTHER: 'Other',
  },
  method: {
    DOUBLE_RANDOM: 'Double random, one public',
    SPECIAL: 'Special inspection',
    ROUTINE: 'Routine inspection',
  },
  total: '{{total}} in all',
};
