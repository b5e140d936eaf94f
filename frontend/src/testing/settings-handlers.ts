import { http, HttpResponse } from 'msw';

import type { components } from '@/lib/api/schema';

type Me = components['schemas']['Me'];
type Settings = components['schemas']['TownshipSettingsView'];
type SettingsRequest = components['schemas']['TownshipSettingsRequest'];

const api = '*/api/v1';

/** A township's settings as the API answers them before anyone changed them: the defaults, version 0. */
export function defaultSettings(township: string): Settings {
  return {
    township,
    hearingThresholdIndividual: '10000.00',
    hearingThresholdOrganisation: '100000.00',
    inspectionsPerEnterpriseYearly: 2,
    contractMajorThreshold: '500000.00',
    contractExpiryNoticeDays: 30,
    disputeMediationDays: 30,
    centralGroupStudiesYearly: 2,
    attachmentMaxMegabytes: 20,
    attachmentTypes: ['PDF', 'JPEG', 'PNG', 'DOCX', 'XLSX', 'MP4'],
    ownValues: false,
    version: 0,
    updatedAt: null,
    updatedBy: null,
  };
}

export const settingsDb = { jinhe: defaultSettings('jinhe') };

export function resetSettings(): void {
  settingsDb.jinhe = defaultSettings('jinhe');
}

function problem(status: number, fields: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title: `HTTP ${status}`, status, ...fields },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const ranges: Partial<Record<keyof SettingsRequest, [number, number]>> = {
  inspectionsPerEnterpriseYearly: [1, 52],
  contractExpiryNoticeDays: [1, 365],
  disputeMediationDays: [1, 365],
  centralGroupStudiesYearly: [1, 52],
  attachmentMaxMegabytes: [1, 100],
};
const amounts: (keyof SettingsRequest)[] = [
  'hearingThresholdIndividual',
  'hearingThresholdOrganisation',
  'contractMajorThreshold',
];

/** GET for every township role, PUT for admin with If-Match, 422 naming each field out of range. */
export function settingsHandlers(me: () => Me) {
  const visible = (township: unknown) =>
    township === 'jinhe' && (me().townships.includes('*') || me().townships.includes('jinhe'));
  return [
    http.get(`${api}/townships/:township/settings`, ({ params }) => {
      if (!visible(params.township)) return problem(404, { title: '记录不存在' });
      const current = settingsDb.jinhe;
      return HttpResponse.json(current, { headers: { ETag: `"${current.version}"` } });
    }),
    http.put(`${api}/townships/:township/settings`, async ({ params, request }) => {
      if (!visible(params.township)) return problem(404, { title: '记录不存在' });
      if (!me().roles.includes('admin')) return problem(403, { title: '无权执行此操作' });
      const current = settingsDb.jinhe;
      const ifMatch = request.headers.get('If-Match');
      if (!ifMatch) return problem(428, { title: '缺少 If-Match' });
      if (ifMatch !== `"${current.version}"`) return problem(412, { title: '记录已被修改' });
      const body = (await request.json()) as SettingsRequest;
      const violations = [
        ...Object.entries(ranges)
          .filter(([field, [min, max]]) => {
            const value = Number(body[field as keyof SettingsRequest]);
            return !Number.isInteger(value) || value < min || value > max;
          })
          .map(([field, [min, max]]) => ({ field, message: `须为 ${min} 至 ${max} 之间的整数` })),
        ...amounts
          .filter(
            (field) =>
              !/^\d{1,12}(\.\d{1,2})?$/.test(String(body[field])) || Number(body[field]) <= 0,
          )
          .map((field) => ({ field, message: '金额须在 0.01 至 100000000 元之间' })),
      ];
      if (violations.length > 0) return problem(422, { title: '提交的内容有误', violations });
      const toAmount = (value: string) => Number(value).toFixed(2);
      settingsDb.jinhe = {
        ...current,
        ...body,
        hearingThresholdIndividual: toAmount(body.hearingThresholdIndividual),
        hearingThresholdOrganisation: toAmount(body.hearingThresholdOrganisation),
        contractMajorThreshold: toAmount(body.contractMajorThreshold),
        ownValues: true,
        version: current.version + 1,
        updatedAt: '2025-06-30T09:00:00Z',
        updatedBy: me().username,
      };
      return HttpResponse.json(settingsDb.jinhe, {
        headers: { ETag: `"${settingsDb.jinhe.version}"` },
      });
    }),
  ];
}
