import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { settingsDb } from '@/testing/settings-handlers';
import { fill, renderApp } from '@/testing/test-utils';

describe('township settings', () => {
  it('lets the administrator change a value, naming the rule that reads it', async () => {
    const user = userEvent.setup();
    renderApp('/t/jinhe/settings', { me: users.admin });

    const cap = await screen.findByLabelText(/同一企业年度检查次数上限/);
    await waitFor(() => expect(cap).toHaveValue('2'));
    expect(screen.getAllByText('ENF-06')).toHaveLength(2);
    expect(screen.getByText('沿用系统默认值')).toBeInTheDocument();

    await user.clear(cap);
    await fill(user, cap, '3');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('参数已保存')).toBeInTheDocument();
    expect(settingsDb.jinhe.inspectionsPerEnterpriseYearly).toBe(3);
    expect(settingsDb.jinhe.version).toBe(1);
    expect(await screen.findByText('本镇参数')).toBeInTheDocument();
  });

  it("shows the API's refusal on the field it names", async () => {
    const user = userEvent.setup();
    renderApp('/t/jinhe/settings', { me: users.admin });

    const days = await screen.findByLabelText(/纠纷调解期限/);
    await waitFor(() => expect(days).toHaveValue('30'));
    const threshold = screen.getByLabelText(/重大合同金额标准/);
    await user.clear(threshold);
    await fill(user, threshold, '0');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByText('金额须在 0.01 至 100000000 元之间')).toBeInTheDocument();
    expect(settingsDb.jinhe.version).toBe(0);
  });

  it('shows a township user the values read-only', async () => {
    renderApp('/t/jinhe/settings', { me: users.leader });

    expect(await screen.findByText('¥10,000.00')).toBeInTheDocument();
    expect(screen.getByText('参数由县级系统管理员设置，此处仅供查看。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /保\s*存/ })).toBeNull();
    expect(screen.getByText('参数设置', { selector: 'a' })).toBeInTheDocument();
  });
});
