import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

describe('home page deadlines radar', () => {
  it('lists what falls due within 7 days, overdue first, each linking to its case', async () => {
    renderApp('/t/jinhe', { me: users.officer });

    const radar = await screen.findByLabelText('临期事项');
    await within(radar).findByText('锦和执立〔2025〕第3号 滕小军');
    const rows = within(radar).getAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('data-overdue'))).toEqual([
      'true',
      'true',
      'true',
      'false',
      'false',
    ]);
    // the overdue ones, earliest first
    expect(
      within(rows[0] as HTMLElement).getByText('锦和执立〔2025〕第2号 麻阳锦和建材有限公司'),
    ).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('逾期 25 天')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('缴款期限')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('逾期 5 天')).toBeInTheDocument();
    expect(within(rows[3] as HTMLElement).getByText('还剩 3 天')).toBeInTheDocument();
    expect(
      within(radar).getByRole('link', { name: '锦和执立〔2025〕第3号 滕小军' }),
    ).toHaveAttribute('href', '/t/jinhe/enforcement-cases/c3');
  });

  it("shows a contract's overdue milestone and its end within the notice days, linking to the contract", async () => {
    renderApp('/t/jinhe', { me: users.staff });

    const radar = await screen.findByLabelText('临期事项');
    const milestone = (
      await within(radar).findByRole('link', {
        name: '锦和合〔2025〕第5号 锦和镇清水村安全饮水巩固提升工程施工合同 蓄水池主体及主管网完工',
      })
    ).closest('li') as HTMLElement;
    expect(within(milestone).getByText('履约节点')).toBeInTheDocument();
    expect(within(milestone).getByText('逾期 15 天')).toBeInTheDocument();
    const expiry = within(radar)
      .getByRole('link', { name: '锦和合〔2025〕第7号 锦和镇中心小学校园保洁服务合同' })
      .closest('li') as HTMLElement;
    expect(within(expiry).getByText('合同到期')).toBeInTheDocument();
    // beyond the 7 days of the radar: listed from the notice days, as the API answers
    expect(within(expiry).getByText('还剩 20 天')).toBeInTheDocument();
    expect(within(expiry).getByRole('link')).toHaveAttribute('href', '/t/jinhe/contracts/k7');
  });
});
