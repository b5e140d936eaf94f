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
    expect(rows.map((row) => row.getAttribute('data-overdue'))).toEqual(['true', 'true', 'false']);
    // the overdue ones, earliest first
    expect(
      within(rows[0] as HTMLElement).getByText('锦和执立〔2025〕第2号 麻阳锦和建材有限公司'),
    ).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('逾期 25 天')).toBeInTheDocument();
    expect(within(rows[0] as HTMLElement).getByText('缴款期限')).toBeInTheDocument();
    expect(within(rows[1] as HTMLElement).getByText('逾期 5 天')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('还剩 3 天')).toBeInTheDocument();
    expect(
      within(radar).getByRole('link', { name: '锦和执立〔2025〕第3号 滕小军' }),
    ).toHaveAttribute('href', '/t/jinhe/enforcement-cases/c3');
  });
});
