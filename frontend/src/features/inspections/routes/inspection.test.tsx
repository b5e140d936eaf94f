import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { problem } from '@/testing/handlers';
import { inspectionsDb } from '@/testing/inspections-handlers';
import { server } from '@/testing/server';
import { fill, findRefusal, renderApp } from '@/testing/test-utils';
import { rules } from '@/testing/rules';

describe('one inspection', () => {
  it('shows its steps, team, result and rectification deadline', async () => {
    renderApp('/t/jinhe/inspections/s1');

    expect(await screen.findByRole('heading', { name: '锦和镇兴旺砂石场' })).toBeInTheDocument();
    expect(screen.getByText('91350100M000100Y43')).toBeInTheDocument();
    expect(screen.getByText('杨志远（湘4312o1）')).toBeInTheDocument();
    expect(screen.getByText('边坡未按设计放坡，安全警示标志缺失')).toBeInTheDocument();
    expect(screen.getByText('责令整改')).toBeInTheDocument();
    expect(screen.getByText('领导批准')).toBeInTheDocument();
  });

  it('lets a leader approve a case-triggered one beyond the yearly cap', async () => {
    const user = userEvent.setup();
    renderApp('/t/jinhe/inspections/s2', { me: users.leader });

    await user.click(await screen.findByRole('button', { name: '批准' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText(/明确批准超出年度检查次数上限/));
    await user.click(within(dialog).getByRole('button', { name: '批准' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inspectionsDb.inspections.find((s) => s.id === 's2')).toMatchObject({
      status: 'APPROVED',
      beyondYearlyCap: true,
    });
    expect(await screen.findByText('经镇领导批准超出年度检查次数上限')).toBeInTheDocument();
  });

  it('shows an ENF-02 refusal of the approval by the button', async () => {
    server.use(
      http.post('*/api/v1/townships/:township/inspections/:id/actions/approve', () =>
        problem(422, {
          title: '违反业务规则',
          detail: '执法人员 龙秀英 在 2026-12-02 没有有效的执法证或已被暂停执法',
          rule: 'ENF-02',
          legalBasis: rules['ENF-02'],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/t/jinhe/inspections/s2', { me: users.leader });

    await user.click(await screen.findByRole('button', { name: '批准' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '批准' }));

    const refusal = await findRefusal(dialog, '违反业务规则');
    expect(within(refusal).getByText(/龙秀英/)).toBeInTheDocument();
    expect(within(refusal).getByText('ENF-02')).toBeInTheDocument();
    expect(within(refusal).getByText(rules['ENF-02'])).toBeInTheDocument();
  });

  it('lets an officer record the result with a rectification deadline', async () => {
    const user = userEvent.setup();
    renderApp('/t/jinhe/inspections/s3', { me: users.officer });

    await user.click(await screen.findByRole('button', { name: '登记检查结果' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByText('责令整改'));
    await user.click(within(dialog).getByRole('button', { name: '登记检查结果' }));
    expect(await within(dialog).findAllByText('此项为必填项')).toHaveLength(2);
    await fill(user, within(dialog).getByLabelText('检查发现'), '救生衣数量不足');
    await fill(user, within(dialog).getByLabelText('整改期限'), '2099-01-31');
    await user.keyboard('{Enter}');
    await user.click(within(dialog).getByRole('button', { name: '登记检查结果' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inspectionsDb.inspections.find((s) => s.id === 's3')).toMatchObject({
      status: 'DONE',
      result: 'RECTIFICATION_ORDERED',
      findings: '救生衣数量不足',
      rectificationDueOn: '2099-01-31',
    });
    expect(await screen.findByText('2099年1月31日')).toBeInTheDocument();
  });

  it('gives an officer edit but no approval', async () => {
    renderApp('/t/jinhe/inspections/s2', { me: users.officer });
    expect(await screen.findByRole('button', { name: '修改' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '批准' })).toBeNull();
  });
});
