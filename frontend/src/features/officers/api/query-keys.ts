import type { OfficerListParams } from './get-officers';

export const officerKeys = {
  all: (township: string) => ['officers', township] as const,
  lists: (township: string) => ['officers', township, 'list'] as const,
  list: (township: string, params: OfficerListParams) =>
    ['officers', township, 'list', params] as const,
  detail: (township: string, id: string) => ['officers', township, 'detail', id] as const,
};
