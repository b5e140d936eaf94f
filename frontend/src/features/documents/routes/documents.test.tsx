import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { server } from '@/testing/server';
import { choose, fill, findRefusal, renderApp } from '@/testing/test-utils';
import { rules } from '@/testing/rules';

async function rowOf(text: string): Promise<HTMLElement> {
  const cell = await screen.findByText(text);
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}

describe('normative documents register', () => {
  it('shows status, validity end, evaluation due, provisional and expired marks', async () => {
    renderApp('/t/jinhe/normative-documents', { me: users.staff });

    const trial = await rowOf('锦和镇人民政府合同管理办法(试行)');
    expect(within(trial).getByText('暂行/试行')).toBeInTheDocument();
    expect(within(trial).getByText('现行有效')).toBeInTheDocument();
    expect(within(trial).getByText('待评估')).toBeInTheDocument();
    expect(trial).toHaveClass('document-row-evaluation');

    const lapsed = await rowOf('锦和镇河道采砂管理暂行规定');
    expect(within(lapsed).getByText('已失效')).toBeInTheDocument();
    expect(within(lapsed).getByText('2023年2月28日')).toBeInTheDocument();
    expect(lapsed).toHaveClass('document-row-expired');

    expect(
      within(await rowOf('锦和镇农村建房管理暂行办法')).getByText('合法性审查中'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新建规范性文件/ })).toBeInTheDocument();
  });

  it('registers a draft with an Idempotency-Key and opens it', async () => {
    const keys: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/normative-documents')) {
        keys.push(request.headers.get('Idempotency-Key'));
      }
    });
    const user = userEvent.setup();
    const { router } = renderApp('/t/jinhe/normative-documents', { me: users.staff });

    await user.click(await screen.findByRole('button', { name: /新建规范性文件/ }));
    const drawer = await screen.findByRole('dialog');
    await fill(user, within(drawer).getByLabelText('标题'), '锦和镇村规民约备案审查办法');
    await fill(user, within(drawer).getByLabelText('制定机关'), '锦和镇人民政府');
    await user.click(within(drawer).getByRole('button', { name: '保存' }));

    expect(
      await screen.findByRole('heading', { name: '锦和镇村规民约备案审查办法' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/t/jinhe/normative-documents/d6');
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    server.events.removeAllListeners('request:start');
  });
});

describe('normative document page', () => {
  it('shows the LR-01 refusal next to the issue action while the review has not passed', async () => {
    const user = userEvent.setup();
    renderApp('/t/jinhe/normative-documents/d2', { me: users.leader });

    await user.click(await screen.findByRole('button', { name: '印发' }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText('文号'), '锦政发〔2026〕1号');
    await user.click(within(dialog).getByRole('button', { name: '印发' }));

    const alert = await findRefusal(dialog, '违反业务规则');
    expect(within(alert).getByText('违反业务规则')).toBeInTheDocument();
    expect(within(alert).getByText('规范性文件须经合法性审查通过后方可印发。')).toBeInTheDocument();
    expect(within(alert).getByText('LR-01')).toBeInTheDocument();
    expect(within(alert).getByText(rules['LR-01'])).toBeInTheDocument();
    // the dialog stays open on the refusal
    expect(within(dialog).getByLabelText('文号')).toHaveValue('锦政发〔2026〕1号');
  });

  it('submits a draft for review from the document, and keeps issuing for a leader', async () => {
    let posted: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/actions/submit-for-review')) posted = await request.clone().json();
    });
    const user = userEvent.setup();
    renderApp('/t/jinhe/normative-documents/d3', { me: users.staff });

    await user.click(await screen.findByRole('button', { name: '提交合法性审查' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('送审材料 1')).toHaveValue('规范性文件送审稿');
    await choose(user, '审查人员（可选）', '张慧敏（reviewer）', dialog);
    await user.click(within(dialog).getByRole('button', { name: '提交审查' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('合法性审查中')).toBeInTheDocument();
    expect(posted).toEqual({ materials: ['规范性文件送审稿', '起草说明'], reviewer: 'reviewer' });
    expect(screen.getByRole('button', { name: '查看审查' })).toBeInTheDocument();
    // issuing is a leader's act
    expect(screen.queryByRole('button', { name: '印发' })).toBeNull();
    server.events.removeAllListeners('request:start');
  });
});
