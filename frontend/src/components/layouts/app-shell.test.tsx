import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { renderApp } from '@/testing/test-utils';

describe('app shell', () => {
  it('switches the whole UI to English and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp('/t/jinhe');

    expect(await screen.findByText('欢迎使用锦和镇法治政府建设系统')).toBeInTheDocument();
    expect(screen.getAllByText('执法人员').length).toBeGreaterThan(0);

    await user.click(screen.getByText('English'));

    expect(
      await screen.findByText('Welcome to the law-based government system of Jinhe Town'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Officers').length).toBeGreaterThan(0);
    expect(screen.queryByText('执法人员')).toBeNull();
    expect(window.localStorage.getItem('fazhi.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('offers a township switcher only to users of several townships', async () => {
    renderApp('/t/jinhe', { me: users.auditor });
    expect(await screen.findByRole('combobox', { name: '乡镇' })).toBeInTheDocument();
  });

  it('shows the township name without a switcher to a user of one township', async () => {
    renderApp('/t/jinhe', { me: users.staff });
    expect(await screen.findByText('欢迎使用锦和镇法治政府建设系统')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: '乡镇' })).toBeNull();
  });

  it('redirects / to the first township', async () => {
    const { router } = renderApp('/');
    await screen.findByText('欢迎使用锦和镇法治政府建设系统');
    expect(router.state.location.pathname).toBe('/t/jinhe');
  });

  it('answers not found for a township the user may not see', async () => {
    renderApp('/t/gaocun/officers', { me: users.staff });
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
  });
});
