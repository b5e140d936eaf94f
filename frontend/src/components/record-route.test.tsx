import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

describe('a record route', () => {
  it('says a record is not found and links back to its list', async () => {
    renderApp('/t/jinhe/enforcement-cases/nope', { me: users.officer });

    expect(await screen.findByText('案件不存在')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回列表' })).toHaveAttribute(
      'href',
      '/t/jinhe/enforcement-cases',
    );
  });

  it('names the record of its own area', async () => {
    renderApp('/t/jinhe/inspections/plans/nope', { me: users.leader });

    expect(await screen.findByText('检查计划不存在')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '返回列表' })).toHaveAttribute(
      'href',
      '/t/jinhe/inspections/plans',
    );
  });

  it('shows any other failure as the problem the API answered', async () => {
    server.use(
      http.get('*/api/v1/townships/:township/legality-reviews/:id', () =>
        HttpResponse.json(
          { type: 'about:blank', title: '服务暂时不可用', status: 503, detail: '请稍后再试。' },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/t/jinhe/legality-reviews/r1', { me: users.reviewer });

    expect(await screen.findByRole('alert')).toHaveTextContent('服务暂时不可用');
    expect(screen.getByText('请稍后再试。')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '返回列表' })).toBeNull();
  });
});
