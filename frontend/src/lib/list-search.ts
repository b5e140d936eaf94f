import type { SorterResult } from 'antd/es/table/interface';
import { useSearchParams } from 'react-router';

export type SortOrder = 'asc' | 'desc';
export type ListSort<F extends string = string> = { field: F; order: SortOrder };

const DEFAULT_SIZE = 20;
const MAX_SIZE = 200;

/** Reads one filter from the address; answers undefined for what it does not accept. */
export type FilterParser<T> = (value: string | null) => T | undefined;

export const filter = {
  oneOf:
    <T extends string>(allowed: readonly T[]): FilterParser<T> =>
    (value) =>
      allowed.find((candidate) => candidate === value),
  text: ((value) => value?.trim() || undefined) as FilterParser<string>,
  integer: ((value) =>
    value !== null && /^\d+$/.test(value) ? Number(value) : undefined) as FilterParser<number>,
  boolean: ((value) =>
    value === 'true' ? true : value === 'false' ? false : undefined) as FilterParser<boolean>,
};

type Parsers<F> = { [K in keyof F]: FilterParser<F[K]> };

/**
 * A list's filters, page and sort in the address (so a view can be shared or bookmarked), as the query
 * parameters of the API's list call: `page`, `size`, `sort=field,asc|desc` and the filters.
 */
export function useListSearch<
  F extends Record<string, string | number | boolean | undefined>,
  S extends string,
>(options: {
  filters: Parsers<F>;
  sortable: readonly S[];
  defaultSort: ListSort<S>;
  /** Filter values used when the address has none (e.g. this year). */
  defaults?: NoInfer<Partial<F>>;
  /** Other parameters of the address to keep when the list's own change (e.g. the open tab). */
  keep?: readonly string[];
}) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = {} as F;
  for (const key of Object.keys(options.filters) as (keyof F & string)[]) {
    const parsed = options.filters[key](searchParams.get(key));
    (filters as Record<string, unknown>)[key] = parsed ?? options.defaults?.[key];
  }
  const [field, order] = (searchParams.get('sort') ?? '').split(',');
  const sortField = options.sortable.find((candidate) => candidate === field);
  const sort: ListSort<S> =
    sortField && (order === 'asc' || order === 'desc')
      ? { field: sortField, order }
      : options.defaultSort;
  const page = filter.integer(searchParams.get('page')) ?? 0;
  const size = Math.min(filter.integer(searchParams.get('size')) || DEFAULT_SIZE, MAX_SIZE);

  const write = (next: Record<string, unknown>) => {
    const merged: Record<string, string> = {};
    for (const key of options.keep ?? []) {
      const value = searchParams.get(key);
      if (value !== null) merged[key] = value;
    }
    for (const [key, value] of Object.entries(next)) {
      if (value !== undefined && value !== null && value !== '') merged[key] = String(value);
    }
    setSearchParams(merged);
  };
  const current = { ...filters, page, size, sort: `${sort.field},${sort.order}` };

  return {
    params: { ...dropEmpty(filters), page, size, sort: `${sort.field},${sort.order}` },
    filters,
    sort,
    setFilters: (values: Partial<F>) => write({ ...current, ...values, page: 0 }),
    setPage: (nextPage: number, pageSize: number) =>
      write({ ...current, page: pageSize === size ? nextPage : 0, size: pageSize }),
    setSort: (next: ListSort<S> | undefined) =>
      write({ ...current, page: 0, sort: next ? `${next.field},${next.order}` : undefined }),
  };
}

/** The sort an antd Table's onChange asks for, when its column is one the API sorts by. */
export function sortFromTable<S extends string, R>(
  sorter: SorterResult<R> | SorterResult<R>[],
  sortable: readonly S[],
): ListSort<S> | undefined {
  const single = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = sortable.find((candidate) => candidate === single?.columnKey);
  if (!field || !single?.order) return undefined;
  return { field, order: single.order === 'ascend' ? 'asc' : 'desc' };
}

/** The antd `sortOrder` of a column under the current sort. */
export function columnSortOrder<S extends string>(sort: ListSort<S>, field: S) {
  return sort.field === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null;
}

function dropEmpty<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
}
