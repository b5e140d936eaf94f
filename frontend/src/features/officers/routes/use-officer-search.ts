import { useSearchParams } from 'react-router';

import type { OfficerListParams } from '@/lib/api/officers';

import { expiryWindows, type OfficerFilterValues } from '../components/officer-filters';
import type { Sort } from '../components/officers-table';
import { departments, sortableFields, statuses, type SortableField } from '../types';

const DEFAULT_SIZE = 20;
const DEFAULT_SORT: NonNullable<Sort> = { field: 'name', order: 'asc' };
const MAX_SIZE = 200;

function oneOf<T extends string | number>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((candidate) => String(candidate) === value);
}

function nonNegativeInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

function parseSort(value: string | null): Sort {
  const [field, order] = (value ?? '').split(',');
  const sortable = oneOf<SortableField>(sortableFields, field);
  if (!sortable || (order !== 'asc' && order !== 'desc')) return undefined;
  return { field: sortable, order };
}

/** The list's filters, page and sort live in the address, so a view can be shared or bookmarked. */
export function useOfficerSearch() {
  const [searchParams, setSearchParams] = useSearchParams();
  const sort = parseSort(searchParams.get('sort'));
  const filters: OfficerFilterValues = {
    department: oneOf(departments, searchParams.get('department')),
    status: oneOf(statuses, searchParams.get('status')),
    expiringWithinDays: oneOf(expiryWindows, searchParams.get('expiringWithinDays')),
    q: searchParams.get('q')?.trim() || undefined,
  };
  const size = Math.min(nonNegativeInt(searchParams.get('size')) || DEFAULT_SIZE, MAX_SIZE);
  const params: OfficerListParams = {
    page: nonNegativeInt(searchParams.get('page')) ?? 0,
    size,
    sort: `${(sort ?? DEFAULT_SORT).field},${(sort ?? DEFAULT_SORT).order}`,
    ...dropEmpty(filters),
  };

  const write = (next: Record<string, string | number | undefined>) => {
    const merged: Record<string, string> = {};
    for (const [key, value] of Object.entries(next)) {
      if (value !== undefined && value !== '') merged[key] = String(value);
    }
    setSearchParams(merged, { replace: false });
  };
  const current = {
    ...filters,
    page: params.page,
    size: params.size,
    sort: sort ? `${sort.field},${sort.order}` : undefined,
  };

  return {
    params,
    filters,
    sort: sort ?? DEFAULT_SORT,
    setFilters: (values: OfficerFilterValues) => write({ ...current, ...values, page: 0 }),
    setPage: (page: number, pageSize: number) =>
      write({ ...current, page: pageSize === params.size ? page : 0, size: pageSize }),
    setSort: (next: Sort) =>
      write({ ...current, page: 0, sort: next ? `${next.field},${next.order}` : undefined }),
  };
}

function dropEmpty<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
}
