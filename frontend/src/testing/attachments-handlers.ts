import { http, HttpResponse } from 'msw';

import type { components } from '@/lib/api/schema';

type Me = components['schemas']['Me'];
type Attachment = components['schemas']['AttachmentView'];

const api = '*/api/v1';

/** The files, and the Idempotency-Key each upload came with (SYS-03: a retry answers the first answer). */
export const attachmentsDb: { files: Attachment[]; keys: Record<string, string> } = {
  files: [],
  keys: {},
};

export function resetAttachments(): void {
  attachmentsDb.files = [];
  attachmentsDb.keys = {};
}

function problem(status: number, fields: Record<string, unknown> = {}) {
  return HttpResponse.json(
    { type: 'about:blank', title: `HTTP ${status}`, status, ...fields },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Like the API: uploads by those who work the records, removal by the uploader or a leader. */
export function attachmentsHandlers(me: () => Me) {
  const uploaders = ['staff', 'officer', 'legal-reviewer', 'leader'];
  const removable = (file: Attachment) =>
    me().roles.some((role) => uploaders.includes(role)) &&
    (file.uploadedBy === me().username || me().roles.includes('leader'));
  const view = (file: Attachment) => ({ ...file, removable: removable(file) });
  return [
    http.get(`${api}/townships/:township/attachments`, ({ request }) => {
      const url = new URL(request.url);
      const items = attachmentsDb.files
        .filter(
          (file) =>
            file.recordType === url.searchParams.get('recordType') &&
            file.recordId === url.searchParams.get('recordId'),
        )
        .map(view);
      return HttpResponse.json({
        items,
        page: 0,
        size: items.length,
        total: items.length,
        totalIsExact: true,
      });
    }),
    http.post(`${api}/townships/:township/attachments`, async ({ request, params }) => {
      if (!me().roles.some((role) => uploaders.includes(role))) return problem(403);
      const key = request.headers.get('Idempotency-Key');
      const first = key
        ? attachmentsDb.files.find((f) => f.id === attachmentsDb.keys[key])
        : undefined;
      if (first) {
        return HttpResponse.json(view(first), {
          status: 201,
          headers: { 'Idempotent-Replayed': 'true' },
        });
      }
      const form = await request.formData();
      const file = form.get('file');
      // a Blob of whichever realm the request was built in (jsdom's or Node's)
      if (file === null || typeof file === 'string') {
        return problem(422, { violations: [{ field: 'file', message: '请选择要上传的文件' }] });
      }
      // jsdom's XMLHttpRequest does not send a File's bytes, so the fake cannot sniff them as the API does
      // (CaseAttachmentsApiTest covers that): a name ending in .exe stands for a file of a type not allowed
      if (file.name.endsWith('.exe')) {
        return problem(422, {
          title: '请求未通过校验',
          violations: [
            {
              field: 'file',
              message: '只能上传以下类型的文件：PDF、JPEG、PNG、DOCX、XLSX、MP4（按文件内容识别）',
            },
          ],
        });
      }
      const stored: Attachment = {
        id: `file-${attachmentsDb.files.length + 1}`,
        township: String(params.township),
        recordType: String(form.get('recordType')),
        recordId: String(form.get('recordId')),
        kind: form.get('kind') as Attachment['kind'],
        fileName: file.name,
        fileType: 'PDF',
        mediaType: 'application/pdf',
        size: file.size,
        sha256: 'a'.repeat(64),
        uploadedBy: me().username,
        uploadedAt: '2025-06-30T09:00:00Z',
        removable: true,
      };
      attachmentsDb.files.push(stored);
      if (key) attachmentsDb.keys[key] = stored.id;
      return HttpResponse.json(view(stored), { status: 201 });
    }),
    http.get(`${api}/townships/:township/attachments/:id/verify`, ({ params }) => {
      const file = attachmentsDb.files.find((candidate) => candidate.id === params.id);
      if (!file) return problem(404);
      return HttpResponse.json({
        id: file.id,
        sha256: file.sha256,
        actualSha256: file.sha256,
        intact: true,
      });
    }),
    http.delete(`${api}/townships/:township/attachments/:id`, ({ params }) => {
      const file = attachmentsDb.files.find((candidate) => candidate.id === params.id);
      if (!file) return problem(404);
      if (!removable(file)) return problem(403);
      attachmentsDb.files = attachmentsDb.files.filter((candidate) => candidate.id !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
