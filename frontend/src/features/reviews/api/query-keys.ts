import type { ReviewListParams } from './get-reviews';

export const reviewKeys = {
  all: (township: string) => ['legality-reviews', township] as const,
  lists: (township: string) => ['legality-reviews', township, 'list'] as const,
  list: (township: string, params: ReviewListParams) =>
    ['legality-reviews', township, 'list', params] as const,
  detail: (township: string, id: string) => ['legality-reviews', township, 'detail', id] as const,
  statistics: (township: string, year: number) =>
    ['legality-reviews', township, 'statistics', year] as const,
};
