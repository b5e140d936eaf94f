import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { attachmentsDb } from '@/testing/attachments-handlers';
import { users } from '@/testing/data';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const casePath = '/t/jinhe/enforcement-cases/c1';

function card(): HTMLElement {
  return screen
    .getByText('材料', { selector: '.ant-card-head-title' })
    .closest('.ant-card') as HTMLElement;
}

// the case page is the heaviest of the app, and an upload goes through XMLHttpRequest: more time under load
describe('files of a case', { timeout: 60_000 }, () => {
  it('lets an officer upload a scanned decision and lists it with its uploader', async () => {
    const user = userEvent.setup();
    const { container } = renderApp(casePath, { me: users.officer });

    expect(await screen.findByText('还没有上传材料')).toBeInTheDocument();
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(
      input,
      new File(['%PDF-1.7 决定书'], '决定书.pdf', { type: 'application/pdf' }),
    );

    // (jsdom's XMLHttpRequest sends neither the bytes nor the name of a File: the row is the fake's)
    expect(await within(card()).findByText('决定书', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(within(card()).getByText(users.officer.username)).toBeInTheDocument();
    expect(attachmentsDb.files).toHaveLength(1);
    expect(attachmentsDb.files[0]).toMatchObject({
      kind: 'DECISION_DOCUMENT',
      uploadedBy: users.officer.username,
    });
    expect(within(card()).getByRole('button', { name: /删\s*除/ })).toBeInTheDocument();
  });

  it("shows the API's refusal of a file that is not of an allowed type", async () => {
    server.use(
      http.post('*/api/v1/townships/:township/attachments', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: '请求未通过校验',
            status: 422,
            violations: [
              { field: 'file', message: '只能上传以下类型的文件：PDF、JPEG（按文件内容识别）' },
            ],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const user = userEvent.setup();
    const { container } = renderApp(casePath, { me: users.officer });

    await screen.findByText('还没有上传材料');
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['MZ'], 'setup.exe', { type: 'application/octet-stream' }));

    expect(await screen.findByText(/只能上传以下类型的文件/)).toBeInTheDocument();
    expect(attachmentsDb.files).toHaveLength(0);
  });

  it('tries a dropped upload again with the same Idempotency-Key, and the file is stored once', async () => {
    const keys: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/attachments')) {
        keys.push(request.headers.get('Idempotency-Key'));
      }
    });
    server.use(
      http.post('*/api/v1/townships/:township/attachments', () => HttpResponse.error(), {
        once: true,
      }),
    );
    const user = userEvent.setup();
    const { container } = renderApp(casePath, { me: users.officer });

    expect(await screen.findByText('还没有上传材料')).toBeInTheDocument();
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.7'], '送达回证.pdf', { type: 'application/pdf' }));

    expect(await within(card()).findByText('决定书', { selector: '.ant-tag' })).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(attachmentsDb.files).toHaveLength(1);
  });

  it('offers an auditor the files to read, not to upload or remove', async () => {
    attachmentsDb.files.push({
      id: 'f1',
      township: 'jinhe',
      recordType: 'enforcement-case',
      recordId: 'c1',
      kind: 'DELIVERY_RECEIPT',
      fileName: '送达回证.pdf',
      fileType: 'PDF',
      mediaType: 'application/pdf',
      size: 2048,
      sha256: 'b'.repeat(64),
      uploadedBy: 'officer',
      uploadedAt: '2025-06-30T09:00:00Z',
      removable: false,
    });
    renderApp(casePath, { me: users.auditor });

    expect(await screen.findByText('送达回证.pdf')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('2.0 KB')).toBeInTheDocument());
    expect(screen.queryByText('选择文件并上传')).toBeNull();
    expect(screen.queryByRole('button', { name: /删\s*除/ })).toBeNull();
  });
});
