import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { governance } from '@/testing/governance-handlers';
import { fill, renderApp } from '@/testing/test-utils';

const year = new Date().getFullYear();

describe('holiday calendar', () => {
  it("lets an administrator see the year's holidays and add an adjusted working day", async () => {
    const user = userEvent.setup();
    renderApp('/t/jinhe/holiday-calendar', { me: users.admin });

    expect(await screen.findByText(`${year}年10月1日`)).toBeInTheDocument();
    expect(screen.getByText(`${year} 年共 2 天放假、1 天调休上班`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /添加日期/ }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText('日期'), `${year}-10-11`);
    await user.keyboard('{Enter}');
    await user.click(within(dialog).getByText('调休上班'));
    await fill(user, within(dialog).getByLabelText('名称'), '国庆节调休');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await screen.findByText(`${year}年10月11日`)).toBeInTheDocument();
    await waitFor(() => expect(governance.calendar.map((d) => d.date)).toContain(`${year}-10-11`));
  });

  it('is not in the menu of a township user', async () => {
    renderApp('/t/jinhe', { me: users.leader });
    expect(await screen.findByText('重大行政决策', { selector: 'a' })).toBeInTheDocument();
    expect(screen.getAllByText('合法性审查').length).toBeGreaterThan(0);
    expect(screen.queryByText('节假日安排')).toBeNull();
  });
});
