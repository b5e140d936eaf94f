import type { DecisionListParams } from './get-decisions';

export const decisionKeys = {
  lists: (township: string) => ['major-decisions', township, 'list'] as const,
  list: (township: string, params: DecisionListParams) =>
    ['major-decisions', township, 'list', params] as const,
  detail: (township: string, id: string) => ['major-decisions', township, 'detail', id] as const,
};
