import type { CaseListParams } from './get-cases';

export const caseKeys = {
  all: (township: string) => ['enforcement-cases', township] as const,
  lists: (township: string) => ['enforcement-cases', township, 'list'] as const,
  list: (township: string, params: CaseListParams) =>
    ['enforcement-cases', township, 'list', params] as const,
  detail: (township: string, id: string) => ['enforcement-cases', township, 'detail', id] as const,
  officers: (township: string) => ['enforcement-cases', township, 'officers'] as const,
};
