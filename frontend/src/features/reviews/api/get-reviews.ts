import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { unwrap } from '@/lib/api/problem';

import type { ReviewOutcome, SubjectType } from '../types';

import { reviewKeys } from './query-keys';

export type ReviewListParams = {
  page: number;
  size: number;
  sort?: string;
  subjectType?: SubjectType;
  subjectRef?: string;
  status?: ReviewOutcome;
  /** `me` is the caller: the reviewer's inbox. */
  reviewer?: string;
  submittedBy?: string;
  overdue?: boolean;
  year?: number;
};

/** A page of the township's legality reviews, filtered and sorted by the server. */
export function useReviews(township: string, params: ReviewListParams) {
  const api = useApiClient();
  return useQuery({
    queryKey: reviewKeys.list(township, params),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/legality-reviews', {
          params: { path: { township }, query: params },
          signal,
        }),
      );
      return data;
    },
    placeholderData: keepPreviousData,
  });
}

/** The reviewer's inbox: the open rounds assigned to the caller, the earliest due first. */
export function useInbox(township: string, page: number, size: number) {
  return useReviews(township, { page, size, reviewer: 'me', status: 'PENDING', sort: 'dueOn,asc' });
}
