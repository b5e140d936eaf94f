import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api/api-client-context';
import { toApiError, unwrap } from '@/lib/api/problem';

import type { Attachment, AttachmentKind } from './types';

export const attachmentKeys = {
  of: (township: string, recordType: string, recordId: string) =>
    ['attachments', township, recordType, recordId] as const,
};

/** A record's files, oldest first. */
export function useAttachments(township: string, recordType: string, recordId: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: attachmentKeys.of(township, recordType, recordId),
    queryFn: async ({ signal }) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/attachments', {
          params: { path: { township }, query: { recordType, recordId } },
          signal,
        }),
      );
      return data.items;
    },
  });
}

/**
 * Uploads a file with its progress (multipart); the API tells the type from the bytes. A connection that drops
 * is tried again once with the same Idempotency-Key, so the file is stored once (SYS-03).
 */
export function useUploadAttachment(township: string, recordType: string, recordId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      file,
      kind,
      onProgress,
    }: {
      file: File;
      kind: AttachmentKind;
      onProgress?: (share: number) => void;
    }) => {
      const form = new FormData();
      form.append('recordType', recordType);
      form.append('recordId', recordId);
      form.append('kind', kind);
      form.append('file', file, file.name);
      const path = `/api/v1/townships/${encodeURIComponent(township)}/attachments`;
      const key = crypto.randomUUID();
      const { status, body } = await api
        .upload(path, form, onProgress, key)
        .catch(() => api.upload(path, form, onProgress, key));
      if (status !== 201) throw toApiError(new Response(null, { status }), body);
      return body as Attachment;
    },
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: attachmentKeys.of(township, recordType, recordId),
      }),
  });
}

export function useDeleteAttachment(township: string, recordType: string, recordId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await unwrap(
        api.DELETE('/api/v1/townships/{township}/attachments/{id}', {
          params: { path: { township, id } },
        }),
      );
    },
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: attachmentKeys.of(township, recordType, recordId),
      }),
  });
}

/** Whether the stored bytes still give the SHA-256 recorded at upload. */
export function useVerifyAttachment(township: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/attachments/{id}/verify', {
          params: { path: { township, id } },
        }),
      );
      return data;
    },
  });
}

/** Fetches the bytes with the caller's token and hands them to the browser as a download. */
export function useDownloadAttachment(township: string) {
  const api = useApiClient();
  return useMutation({
    mutationFn: async (attachment: Attachment) => {
      const { data } = await unwrap(
        api.GET('/api/v1/townships/{township}/attachments/{id}/content', {
          params: { path: { township, id: attachment.id } },
          parseAs: 'blob',
        }),
      );
      const url = URL.createObjectURL(data as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
}
