import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { findRefusal, renderApp } from '@/testing/test-utils';
import { rules } from '@/testing/rules';

describe('major decision page', () => {
  it('renders the procedure steps and opens the first one not done', async () => {
    renderApp('/t/jinhe/major-decisions/m1', { me: users.staff });

    const steps = await screen.findByLabelText('决策程序');
    for (const title of ['公众参与', '专家论证', '风险评估', '合法性审查', '集体讨论决定']) {
      expect(within(steps).getByText(title)).toBeInTheDocument();
    }
    expect(within(steps).getByText('已完成 · 2025年4月2日')).toBeInTheDocument();
    expect(within(steps).getAllByText('未完成')).toHaveLength(3);
    // the open step's form
    const panel = screen.getByTestId('step-panel');
    expect(within(panel).getByLabelText('评估日期')).toBeInTheDocument();
    expect(within(panel).getByText('低风险')).toBeInTheDocument();
    // staff record steps; adoption is a leader's
    expect(screen.queryByRole('button', { name: '作出决定' })).toBeNull();
  });

  it('shows a recorded step and the LR-02 refusal of an adoption before the steps are done', async () => {
    const user = userEvent.setup();
    renderApp('/t/jinhe/major-decisions/m1', { me: users.leader });

    const steps = await screen.findByLabelText('决策程序');
    await user.click(within(steps).getByText('专家论证'));
    expect(
      await screen.findByText('县住建局 高级工程师 李某、湖南某设计院 王某'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '作出决定' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '作出决定' }));

    const alert = await findRefusal(dialog, '违反业务规则');
    expect(within(alert).getByText('重大行政决策须经风险评估后方可作出决定。')).toBeInTheDocument();
    expect(within(alert).getByText('LR-02')).toBeInTheDocument();
    expect(within(alert).getByText(rules['LR-02'])).toBeInTheDocument();
  });
});
