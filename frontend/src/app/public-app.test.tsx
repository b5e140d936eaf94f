import { render, screen } from '@testing-library/react';
import { UserManager } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { App } from './app';
import { server } from '@/testing/server';

describe('public list of normative documents', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.history.replaceState({}, '', '/');
  });

  it('renders the documents in force without a login', async () => {
    const signIn = vi.spyOn(UserManager.prototype, 'signinRedirect');
    const getUser = vi.spyOn(UserManager.prototype, 'getUser');
    const tokens: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      tokens.push(request.headers.get('Authorization'));
    });
    window.history.replaceState({}, '', '/public/jinhe/normative-documents');

    render(<App />);

    expect(
      await screen.findByRole('heading', { name: '现行有效规范性文件目录' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('锦和镇人民政府合同管理办法(试行)')).toBeInTheDocument();
    expect(screen.getByText('锦政发〔2025〕3号')).toBeInTheDocument();
    expect(screen.getByText('2025年4月1日')).toBeInTheDocument();
    expect(screen.getByText('锦和镇人民政府重大行政决策合法性审查工作制度')).toBeInTheDocument();
    // drafts, documents in review and expired ones are not published
    expect(screen.queryByText('锦和镇集镇摊点管理办法')).toBeNull();
    expect(screen.queryByText('锦和镇农村建房管理暂行办法')).toBeNull();
    expect(screen.getByRole('link', { name: '工作人员登录' })).toHaveAttribute('href', '/');
    expect(signIn).not.toHaveBeenCalled();
    expect(getUser).not.toHaveBeenCalled();
    // anonymous calls only, to the public endpoint
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.every((token) => token === null)).toBe(true);
    server.events.removeAllListeners('request:start');
  });

  it('says when the township of a public page is not known', async () => {
    window.history.replaceState({}, '', '/public/nowhere/normative-documents');

    render(<App />);

    expect(await screen.findByText('未找到该乡镇')).toBeInTheDocument();
  });
});
