import type { MatterListParams } from './get-matters';

export const matterKeys = {
  all: (township: string) => ['enforcement-matters', township] as const,
  lists: (township: string) => ['enforcement-matters', township, 'list'] as const,
  list: (township: string, params: MatterListParams) =>
    ['enforcement-matters', township, 'list', params] as const,
  detail: (township: string, id: string) =>
    ['enforcement-matters', township, 'detail', id] as const,
};
