import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { wrongCreditCode } from '@/testing/contracts-handlers';
import { users } from '@/testing/data';
import { server } from '@/testing/server';
import { choose, fill, renderApp } from '@/testing/test-utils';

const ledgerPath = '/t/jinhe/contracts';

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('tr');
  if (!row) throw new Error(`no row with ${text}`);
  return row as HTMLElement;
}

/** The ledger requests the API was asked, as they go. */
function listRequests(): URL[] {
  const asked: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/contracts')) asked.push(url);
  });
  return asked;
}

describe('contract ledger', () => {
  it('lists the contracts with the marks the API set: major, ending soon, overdue', async () => {
    renderApp(ledgerPath, { me: users.staff });

    expect(await screen.findByText('锦和合〔2025〕第12号')).toBeInTheDocument();
    // newest number first
    const numbers = screen
      .getAllByRole('row')
      .map((row) => within(row).queryByText(/^锦和合〔2025〕第\d+号$/)?.textContent)
      .filter(Boolean);
    expect(numbers[0]).toBe('锦和合〔2025〕第12号');
    expect(numbers.at(-1)).toBe('锦和合〔2025〕第1号');

    const water = rowOf('锦和合〔2025〕第5号');
    expect(water).toHaveClass('contract-row-overdue');
    expect(within(water).getByText('重大合同')).toBeInTheDocument();
    expect(within(water).getByText('1 个节点逾期')).toBeInTheDocument();
    expect(within(water).getByText('¥1,280,000.00')).toBeInTheDocument();
    expect(within(water).getByText('已付款 ¥384,000.00')).toBeInTheDocument();
    expect(within(water).getByText('履行中')).toBeInTheDocument();

    const cleaning = rowOf('锦和合〔2025〕第7号');
    expect(cleaning).not.toHaveClass('contract-row-overdue');
    expect(cleaning.querySelector('[data-mark="ending-soon"]')).not.toBeNull();
    expect(within(cleaning).queryByText('重大合同')).toBeNull();

    const land = rowOf('锦和合〔2025〕第3号');
    expect(within(land).getByText('重大合同')).toBeInTheDocument();
    expect(within(land).getByText('个人')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /登记合同/ })).toBeInTheDocument();
  });

  it('asks the API for the filters: status, major, ending within N days, overdue, text', async () => {
    const user = userEvent.setup();
    const asked = listRequests();
    const { router } = renderApp(ledgerPath, { me: users.auditor });

    await screen.findByText('锦和合〔2025〕第12号');
    // an auditor reads the ledger and registers nothing
    expect(screen.queryByRole('button', { name: /登记合同/ })).toBeNull();

    await choose(user, '状态', '履行中');
    await waitFor(() => expect(screen.queryByText('锦和合〔2025〕第12号')).toBeNull());
    expect(asked.at(-1)?.searchParams.get('status')).toBe('PERFORMING');
    expect(router.state.location.search).toContain('status=PERFORMING');

    await choose(user, '重大合同', '仅重大合同');
    await waitFor(() => expect(screen.queryByText('锦和合〔2025〕第7号')).toBeNull());
    expect(asked.at(-1)?.searchParams.get('major')).toBe('true');
    expect(screen.getByText('锦和合〔2025〕第5号')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: '仅看逾期' }));
    await waitFor(() => expect(screen.queryByText('锦和合〔2025〕第3号')).toBeNull());
    expect(asked.at(-1)?.searchParams.get('overdue')).toBe('true');
    expect(screen.getByText('锦和合〔2025〕第5号')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: '仅看逾期' }));
    await choose(user, '重大合同', '非重大合同');
    await fill(user, screen.getByLabelText('到期'), '30');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(asked.at(-1)?.searchParams.get('endingWithinDays')).toBe('30'));
    expect(await screen.findByText('锦和合〔2025〕第7号')).toBeInTheDocument();
    expect(screen.queryByText('锦和合〔2025〕第4号')).toBeNull();

    await fill(user, screen.getByLabelText('合同编号、名称或相对方'), '保洁');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(asked.at(-1)?.searchParams.get('q')).toBe('保洁'));
    expect(asked.at(-1)?.searchParams.get('status')).toBe('PERFORMING');
  });

  it('registers a contract with an Idempotency-Key, the API checking the credit code, and opens it', async () => {
    const user = userEvent.setup();
    const posted: { key: string | null; body: unknown }[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/contracts')) {
        posted.push({
          key: request.headers.get('Idempotency-Key'),
          body: await request.clone().json(),
        });
      }
    });
    const { router } = renderApp(ledgerPath, { me: users.staff });

    await user.click(await screen.findByRole('button', { name: /登记合同/ }));
    const drawer = await screen.findByRole('dialog');
    await fill(user, within(drawer).getByLabelText('合同名称'), '锦和镇敬老院食堂食材配送合同');
    await choose(user, '合同类型', '货物买卖', drawer);
    await fill(user, within(drawer).getByLabelText('合同金额（元）'), '36000');
    await fill(user, within(drawer).getByLabelText('起始日期'), '2025-07-01');
    await user.keyboard('{Enter}');
    await fill(user, within(drawer).getByLabelText('终止日期'), '2025-12-31');
    await user.keyboard('{Enter}');
    await fill(user, within(drawer).getByLabelText('承办部门'), '镇社会事务办公室');
    await fill(user, within(drawer).getByLabelText('承办人'), '向小燕');
    await fill(user, within(drawer).getByLabelText('单位名称'), '麻阳鲜丰农产品配送有限公司');
    // typed in lower case, sent in upper case; the check character is the API's to verify
    await fill(
      user,
      within(drawer).getByLabelText('统一社会信用代码'),
      wrongCreditCode.toLowerCase(),
    );
    await user.click(within(drawer).getByRole('button', { name: /登记合同/ }));

    expect(
      await within(drawer).findByText('统一社会信用代码校验码不正确（GB 32100）'),
    ).toBeInTheDocument();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.key).toBeTruthy();
    expect(posted[0]?.body).toMatchObject({
      title: '锦和镇敬老院食堂食材配送合同',
      type: 'GOODS',
      amount: '36000.00',
      term: { startOn: '2025-07-01', endOn: '2025-12-31' },
      counterparty: { kind: 'ORGANISATION', creditCode: wrongCreditCode, idNumber: null },
      procurementMethod: 'COMPETITIVE_NEGOTIATION',
      tendered: false,
    });

    const code = within(drawer).getByLabelText('统一社会信用代码');
    await user.clear(code);
    await fill(user, code, '91431226MA4L3JH5XF');
    await user.click(within(drawer).getByRole('button', { name: /登记合同/ }));

    expect(await screen.findByText('已登记合同 锦和合〔2025〕第13号')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/t\/jinhe\/contracts\/k/));
    // another body, another key (SYS-03)
    expect(posted[1]?.key).toBeTruthy();
    expect(posted[1]?.key).not.toBe(posted[0]?.key);
    expect(
      await screen.findByRole('heading', { name: /锦和镇敬老院食堂食材配送合同/ }),
    ).toBeInTheDocument();
  });
});
