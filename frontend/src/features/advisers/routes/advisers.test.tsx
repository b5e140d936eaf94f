import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

describe('legal advisers', () => {
  it('lists the advisers and opens one with its consultations log', async () => {
    const user = userEvent.setup();
    renderApp('/t/jinhe/legal-advisers', { me: users.staff });

    const name = await screen.findByText('向明远');
    const row = name.closest('tr') as HTMLElement;
    expect(within(row).getByText('湖南芙蓉律师事务所')).toBeInTheDocument();
    expect(within(row).getByText('聘任期内')).toBeInTheDocument();

    await user.click(name);
    expect(await screen.findByRole('heading', { name: '向明远' })).toBeInTheDocument();
    const entry = (await screen.findByText('集镇光伏发电项目投资合作协议的风险')).closest('tr');
    expect(within(entry as HTMLElement).getByText('合同')).toBeInTheDocument();
    expect(within(entry as HTMLElement).getByText('HT-2025-023')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /登记咨询/ })).toBeInTheDocument();
  });

  it('gives an auditor the log without the keeping actions', async () => {
    renderApp('/t/jinhe/legal-advisers/a1', { me: users.auditor });
    expect(await screen.findByText('集镇光伏发电项目投资合作协议的风险')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /登记咨询/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '编辑' })).toBeNull();
  });
});
