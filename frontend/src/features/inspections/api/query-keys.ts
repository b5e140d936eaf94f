import type { InspectionListParams } from './inspections';
import type { ItemListParams } from './items';
import type { PlanListParams } from './plans';

export const itemKeys = {
  lists: (township: string) => ['inspection-items', township, 'list'] as const,
  list: (township: string, params: ItemListParams) =>
    ['inspection-items', township, 'list', params] as const,
  detail: (township: string, id: string) => ['inspection-items', township, 'detail', id] as const,
};

export const planKeys = {
  lists: (township: string) => ['inspection-plans', township, 'list'] as const,
  list: (township: string, params: PlanListParams) =>
    ['inspection-plans', township, 'list', params] as const,
  detail: (township: string, id: string) => ['inspection-plans', township, 'detail', id] as const,
};

export const inspectionKeys = {
  lists: (township: string) => ['inspections', township, 'list'] as const,
  list: (township: string, params: InspectionListParams) =>
    ['inspections', township, 'list', params] as const,
  detail: (township: string, id: string) => ['inspections', township, 'detail', id] as const,
};
