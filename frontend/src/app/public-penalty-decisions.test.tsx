import { render, screen } from '@testing-library/react';
import { UserManager } from 'oidc-client-ts';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { App } from './app';
import { casesDb } from '@/testing/cases-handlers';
import { server } from '@/testing/server';

describe('public list of penalty decisions', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    window.history.replaceState({}, '', '/');
  });

  it('shows the published decisions without a login and without personal data', async () => {
    const signIn = vi.spyOn(UserManager.prototype, 'signinRedirect');
    const tokens: (string | null)[] = [];
    const listen = ({ request }: { request: Request }) => {
      tokens.push(request.headers.get('Authorization'));
    };
    server.events.on('request:start', listen);
    // an individual's decision, published
    casesDb.cases = casesDb.cases.map((record) =>
      record.id === 'c4'
        ? { ...record, published: true, publication: { publishedOn: '2024-08-06' } }
        : record,
    );
    window.history.replaceState({}, '', '/public/jinhe/penalty-decisions');

    const { container } = render(<App />);

    expect(await screen.findByRole('heading', { name: '行政处罚决定公示' })).toBeInTheDocument();
    expect(await screen.findByText('锦和罚决字〔2025〕第1号')).toBeInTheDocument();
    expect(screen.getByText('麻阳锦和建材有限公司')).toBeInTheDocument();
    expect(screen.getByText('罚款 ¥20,000.00')).toBeInTheDocument();
    expect(screen.getByText('消防安全')).toBeInTheDocument();
    expect(screen.getByText('锦和罚决字〔2024〕第5号')).toBeInTheDocument();
    expect(screen.getByText('滕某')).toBeInTheDocument();
    expect(container.textContent).not.toContain('110101199003074477');
    expect(container.textContent).not.toContain('滕小军');
    // not published
    expect(screen.queryByText('锦和执立〔2025〕第1号')).toBeNull();
    expect(signIn).not.toHaveBeenCalled();
    expect(tokens.every((token) => token === null)).toBe(true);
    server.events.removeListener('request:start', listen);
  });
});
