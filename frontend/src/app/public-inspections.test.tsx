import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UserManager } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { server } from '@/testing/server';

import { App } from './app';

function openPublic(path: string) {
  window.history.replaceState({}, '', path);
  render(<App />);
}

describe('public lists of enforcement matters and inspections', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    server.events.removeAllListeners('request:start');
    window.history.replaceState({}, '', '/');
  });

  it('shows the published enforcement matters without a login, and filters by kind', async () => {
    const signIn = vi.spyOn(UserManager.prototype, 'signinRedirect');
    const tokens: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      tokens.push(request.headers.get('Authorization'));
    });
    const user = userEvent.setup();
    openPublic('/public/jinhe/enforcement-matters');

    expect(await screen.findByRole('heading', { name: '行政执法事项清单' })).toBeInTheDocument();
    expect(
      await screen.findByText('对公众聚集场所未经消防安全检查擅自投入使用、营业的处罚'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('县级赋权').length).toBeGreaterThan(0);
    // drafts and withdrawn ones are not published
    expect(screen.queryByText('对非煤矿山企业安全生产条件的行政检查')).toBeNull();
    expect(screen.queryByText('对违法运输渡船的扣押')).toBeNull();

    await user.click(screen.getByText('行政强制'));
    expect(await screen.findByText('暂无公开的执法事项')).toBeInTheDocument();
    expect(signIn).not.toHaveBeenCalled();
    expect(tokens.every((token) => token === null)).toBe(true);
  });

  it('shows the published inspection items under the list’s own title', async () => {
    openPublic('/public/jinhe/inspection-items');

    expect(
      await screen.findByRole('heading', { name: '涉企行政检查事项清单' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('《麻阳苗族自治县锦和镇涉企行政检查事项清单》'),
    ).toBeInTheDocument();
    const row = screen.getByText('JH-JC-002').closest('tr') as HTMLElement;
    expect(within(row).getByText('专项检查')).toBeInTheDocument();
    expect(within(row).getByText('1 次/年')).toBeInTheDocument();
    expect(screen.queryByText('对农药经营门店的检查')).toBeNull();
  });

  it('shows the published yearly plan with its filing and schedule', async () => {
    openPublic('/public/jinhe/inspection-plans');

    expect(await screen.findByText('锦和镇人民政府2025年度涉企行政检查计划')).toBeInTheDocument();
    expect(screen.getByText('2025年1月16日，麻司行备〔2025〕7号')).toBeInTheDocument();
    expect(screen.getByText('3、9 月')).toBeInTheDocument();
    expect(screen.getByText('第2季度')).toBeInTheDocument();
    // the 2026 draft is not published
    expect(screen.queryByText('锦和镇人民政府2026年度涉企行政检查计划')).toBeNull();
  });
});
