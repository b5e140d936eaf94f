import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { server } from '@/testing/server';
import { fill, renderApp } from '@/testing/test-utils';

const reviewPath = '/t/jinhe/legality-reviews/r5';

async function assignDialog(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: '分配审查人员' }));
  return screen.findByRole('dialog');
}

describe('choosing a person of the township', () => {
  it('offers the legal reviewers by name and sends the chosen username', async () => {
    let posted: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/actions/assign')) posted = await request.clone().json();
    });
    const user = userEvent.setup();
    renderApp(reviewPath, { me: users.leader });

    const dialog = await assignDialog(user);
    await user.click(within(dialog).getByLabelText('审查人员'));
    await screen.findByTitle('吴丽娟（reviewer2）');
    const options = document.querySelectorAll('.ant-select-item-option');
    expect([...options].map((option) => option.getAttribute('title'))).toEqual([
      '吴丽娟（reviewer2）',
      '张慧敏（reviewer）',
    ]);
    await user.click(screen.getByTitle('吴丽娟（reviewer2）'));
    await user.click(within(dialog).getByRole('button', { name: '分配' }));

    await waitFor(() => expect(posted).toMatchObject({ reviewer: 'reviewer2' }));
  });

  it('lets the username be typed when Keycloak cannot be read', async () => {
    server.use(
      http.get('*/api/v1/townships/:township/people', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'HTTP 503', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    let posted: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/actions/assign')) posted = await request.clone().json();
    });
    const user = userEvent.setup();
    renderApp(reviewPath, { me: users.leader });

    const dialog = await assignDialog(user);
    const field =
      await within(dialog).findByPlaceholderText('人员名单暂时读取不到，请直接输入用户名');
    await fill(user, field, 'reviewer');
    await user.click(within(dialog).getByRole('button', { name: '分配' }));

    await waitFor(() => expect(posted).toMatchObject({ reviewer: 'reviewer' }));
  });
});
