import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const reviewsPath = '/t/jinhe/legality-reviews';

function bodyRows(): HTMLElement[] {
  return screen
    .getAllByRole('row')
    .filter((row) => row.classList.contains('ant-table-row')) as HTMLElement[];
}

describe('legality reviews list', () => {
  it("shows a reviewer's inbox sorted by due date, overdue ones marked", async () => {
    const asked: URL[] = [];
    const listen = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.endsWith('/legality-reviews'))
        asked.push(new URL(request.url));
    };
    server.events.on('request:start', listen);
    renderApp(reviewsPath, { me: users.reviewer });

    expect(
      await screen.findByRole('tab', { name: '待我审查', selected: true }),
    ).toBeInTheDocument();
    await screen.findByText('锦和镇中心小学食堂食材配送服务合同');
    const titles = bodyRows().map((row) => within(row).getAllByRole('link')[0]?.textContent);
    expect(titles).toEqual([
      '锦和镇中心小学食堂食材配送服务合同',
      '锦和镇农村建房管理暂行办法',
      '锦和镇敬老院消防设施改造工程施工合同',
      '锦和镇2026年度民生实事项目安排',
    ]);
    const overdue = bodyRows()[0] as HTMLElement;
    expect(overdue).toHaveClass('review-row-overdue');
    expect(within(overdue).getByText('已逾期')).toBeInTheDocument();
    expect(bodyRows()[2]).not.toHaveClass('review-row-overdue');
    // the unassigned round and the answered one are not in the inbox
    expect(screen.queryByText('锦和镇防汛抗旱应急预案（修订）')).toBeNull();
    expect(screen.queryByText('锦和镇集镇污水管网建设工程施工合同')).toBeNull();

    const inbox = asked.at(-1);
    expect(inbox?.searchParams.get('reviewer')).toBe('me');
    expect(inbox?.searchParams.get('status')).toBe('PENDING');
    expect(inbox?.searchParams.get('sort')).toBe('dueOn,asc');
    server.events.removeListener('request:start', listen);
  });

  it('gives staff the full list with the year figures and no inbox', async () => {
    renderApp(reviewsPath, { me: users.staff });

    expect(await screen.findByText('锦和镇集镇污水管网建设工程施工合同')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '待我审查' })).toBeNull();
    expect(screen.getByText(`${new Date().getFullYear()} 年度审查情况`)).toBeInTheDocument();
    const approved = screen.getByText('锦和镇集镇污水管网建设工程施工合同').closest('tr');
    expect(within(approved as HTMLElement).getByText('修改后通过')).toBeInTheDocument();
    expect(screen.getAllByText('未分配').length).toBeGreaterThan(0);
  });
});
