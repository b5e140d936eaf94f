import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { governance, governanceProblem } from '@/testing/governance-handlers';
import { server } from '@/testing/server';
import { choose, fill, renderApp } from '@/testing/test-utils';
import { ruleViolation } from '@/testing/rules';

const reviewPath = (id: string) => `/t/jinhe/legality-reviews/${id}`;

async function opinionCard(): Promise<HTMLElement> {
  const title = await screen.findByText('出具审查意见');
  const card = title.closest('.ant-card');
  if (!card) throw new Error('no opinion card');
  return card as HTMLElement;
}

describe('review page', () => {
  it('shows the subject, materials, window and rounds', async () => {
    renderApp(reviewPath('r6'), { me: users.staff });

    expect(
      await screen.findByRole('heading', { name: '锦和镇集镇污水管网建设工程施工合同' }),
    ).toBeInTheDocument();
    const rounds = screen.getByTestId('round-1');
    expect(within(rounds).getByText('修改后通过')).toBeInTheDocument();
    expect(
      within(rounds).getByText('第十二条违约金比例调整为不超过合同价款的20%'),
    ).toBeInTheDocument();
    expect(within(rounds).getByText('2025年6月16日 由 reviewer 出具意见')).toBeInTheDocument();
    expect(screen.getAllByText('2025年6月30日 前').length).toBeGreaterThan(0);
    // staff neither give opinions nor assign
    expect(screen.queryByText('出具审查意见')).toBeNull();
    expect(screen.queryByRole('button', { name: '分配审查人员' })).toBeNull();
  });

  it("links a contract's review, and an amendment's (`<id>#<number>`), back to the contract", async () => {
    const [r1] = governance.reviews;
    if (!r1) throw new Error('no review r1');
    const contractId = '9d2c4b1a-3e5f-4a6b-8c7d-1e2f3a4b5c6d';
    governance.reviews = [{ ...r1, id: 'r-amendment', subjectRef: `${contractId}#1` }];
    renderApp(reviewPath('r-amendment'), { me: users.staff });

    const open = await screen.findByText('查看审查对象');
    expect(open.closest('a')).toHaveAttribute('href', `/t/jinhe/contracts/${contractId}`);
    expect(screen.queryByText(`${contractId}#1`)).toBeNull();
  });

  it('posts approve-with-changes with the list of changes', async () => {
    let posted: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/actions/approve-with-changes')) {
        posted = await request.clone().json();
      }
    });
    const user = userEvent.setup();
    renderApp(reviewPath('r1'), { me: users.reviewer });

    const card = await opinionCard();
    await user.click(within(card).getByText('修改后通过'));
    await fill(user, within(card).getByLabelText('修改意见 1'), '第五条补充验收标准');
    await user.click(within(card).getByRole('button', { name: /添加一条/ }));
    await fill(user, within(card).getByLabelText('修改意见 2'), '明确质保期不少于五年');
    await user.click(within(card).getByRole('button', { name: '提交审查意见' }));

    expect(await screen.findByText('已出具审查意见：修改后通过')).toBeInTheDocument();
    expect(posted).toEqual({
      requiredChanges: ['第五条补充验收标准', '明确质保期不少于五年'],
      earlyReason: null,
    });
    const round = screen.getByTestId('round-1');
    expect(within(round).getByText('明确质保期不少于五年')).toBeInTheDocument();
    server.events.removeAllListeners('request:start');
  });

  it('shows an LR-04 refusal with its rule next to the opinion button', async () => {
    server.use(
      http.post(
        '*/api/v1/townships/:township/legality-reviews/:id/actions/approve-with-changes',
        // LR-04 is the system's own rule: the API names no legal basis for it
        () => ruleViolation('LR-04', '审查人员不得审查本人送审的事项。'),
      ),
    );
    const user = userEvent.setup();
    renderApp(reviewPath('r1'), { me: users.reviewer });

    const card = await opinionCard();
    await user.click(within(card).getByText('修改后通过'));
    await fill(user, within(card).getByLabelText('修改意见 1'), '补充验收标准');
    await user.click(within(card).getByRole('button', { name: '提交审查意见' }));

    const alert = await within(card).findByRole('alert');
    expect(within(alert).getByText('违反业务规则')).toBeInTheDocument();
    expect(within(alert).getByText('审查人员不得审查本人送审的事项。')).toBeInTheDocument();
    expect(within(alert).getByText('LR-04')).toBeInTheDocument();
    expect(within(alert).queryByText(/法律依据/)).toBeNull();
  });

  it('asks for the reason of an early opinion on a normative document (LR-01)', async () => {
    let posted: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/actions/approve')) posted = await request.clone().json();
    });
    const user = userEvent.setup();
    renderApp(reviewPath('r4'), { me: users.reviewer });

    const card = await opinionCard();
    await user.click(within(card).getByRole('button', { name: '提交审查意见' }));
    expect(await within(card).findByText('请说明提前出具意见的理由')).toBeInTheDocument();

    await fill(
      user,
      within(card).getByLabelText('提前出具意见的理由'),
      '镇政府常务会议定于次日审议',
    );
    await user.click(within(card).getByRole('button', { name: '提交审查意见' }));

    expect(await screen.findByText('已出具审查意见：通过')).toBeInTheDocument();
    expect(posted).toEqual({ earlyReason: '镇政府常务会议定于次日审议' });
    server.events.removeAllListeners('request:start');
  });

  it('says when someone else changed the review (412) and reloads it', async () => {
    const user = userEvent.setup();
    renderApp(reviewPath('r1'), { me: users.reviewer });

    const card = await opinionCard();
    governance.reviews = governance.reviews.map((r) =>
      r.id === 'r1' ? { ...r, version: r.version + 1 } : r,
    );
    await user.click(within(card).getByRole('button', { name: '提交审查意见' }));

    expect(await within(card).findByText('此记录已被他人修改')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: '重新加载' }));
    await waitFor(() => expect(within(card).queryByText('此记录已被他人修改')).toBeNull());
    await user.click(within(card).getByRole('button', { name: '提交审查意见' }));
    expect(await screen.findByText('已出具审查意见：通过')).toBeInTheDocument();
  });

  it('lets a legal reviewer take an unassigned round', async () => {
    const user = userEvent.setup();
    renderApp(reviewPath('r5'), { me: users.reviewer });

    await user.click(await screen.findByRole('button', { name: '由我审查' }));
    expect(await screen.findByRole('button', { name: '提交审查意见' })).toBeInTheDocument();
  });

  it('offers a leader the assignment and shows an LR-04 refusal in the dialog', async () => {
    server.use(
      http.post('*/api/v1/townships/:township/legality-reviews/:id/actions/assign', () =>
        governanceProblem(422, {
          title: '违反业务规则',
          detail: '不得指定送审人审查本人送审的事项。',
          rule: 'LR-04',
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp(reviewPath('r5'), { me: users.leader });

    await user.click(await screen.findByRole('button', { name: '分配审查人员' }));
    const dialog = await screen.findByRole('dialog');
    await choose(user, '审查人员', '张慧敏（reviewer）', dialog);
    await user.click(within(dialog).getByRole('button', { name: '分配' }));

    expect(await within(dialog).findByText('LR-04')).toBeInTheDocument();
    expect(within(dialog).getByText('不得指定送审人审查本人送审的事项。')).toBeInTheDocument();
  });
});
