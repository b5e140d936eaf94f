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

describe('yearly inspection plans', () => {
  it('lists the plans with status, filing and publication', async () => {
    renderApp('/t/jinhe/inspections/plans');

    const published = (await screen.findByText('锦和镇人民政府2025年度涉企行政检查计划')).closest(
      'tr',
    ) as HTMLElement;
    expect(within(published).getByText('已公布')).toBeInTheDocument();
    expect(within(published).getByText('麻司行备〔2025〕7号')).toBeInTheDocument();
    expect(within(published).getByText('2 项')).toBeInTheDocument();
    const draft = (await screen.findByText('锦和镇人民政府2026年度涉企行政检查计划')).closest(
      'tr',
    ) as HTMLElement;
    expect(within(draft).getByText('草稿')).toBeInTheDocument();
  });

  it('shows a plan with its targets, items and schedule', async () => {
    renderApp('/t/jinhe/inspections/plans/p1');

    expect(
      await screen.findByRole('heading', { name: '锦和镇人民政府2025年度涉企行政检查计划' }),
    ).toBeInTheDocument();
    expect(screen.getByText('砂石场')).toBeInTheDocument();
    expect(screen.getByText('15')).toBeInTheDocument();
    expect(screen.getByText('麻司行备〔2025〕7号')).toBeInTheDocument();
    const mine = screen.getByText('对非煤矿山企业安全生产条件的检查').closest('tr') as HTMLElement;
    expect(within(mine).getByText('3、9 月')).toBeInTheDocument();
    expect(within(mine).getByText('双随机、一公开')).toBeInTheDocument();
    const fire = screen.getByText(/消防安全责任落实/).closest('tr') as HTMLElement;
    expect(within(fire).getByText('第2季度')).toBeInTheDocument();
  });

  it('lets a leader record the filing, then publish', async () => {
    const user = userEvent.setup();
    renderApp('/t/jinhe/inspections/plans/p2', { me: users.leader });

    await user.click(await screen.findByRole('button', { name: '登记备案' }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText('备案文号'), '麻司行备〔2026〕3号');
    await user.click(within(dialog).getByRole('button', { name: '登记备案' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inspectionsDb.plans.find((plan) => plan.id === 'p2')).toMatchObject({
      status: 'FILED',
      filingReference: '麻司行备〔2026〕3号',
    });

    await user.click(await screen.findByRole('button', { name: '公布计划' }));
    const publish = await screen.findByRole('dialog');
    await user.click(within(publish).getByRole('button', { name: '公布计划' }));
    await waitFor(() =>
      expect(inspectionsDb.plans.find((p) => p.id === 'p2')?.status).toBe('PUBLISHED'),
    );
  });

  it('shows the refusal of a plan naming an item off the list (ENF-14) next to the form', async () => {
    server.use(
      http.post('*/api/v1/townships/:township/inspection-plans', () =>
        problem(422, {
          title: '违反业务规则',
          detail: '检查计划只能列入已公布清单中的事项，JH-JC-009（对农药经营门店的检查）尚未公布',
          rule: 'ENF-14',
          legalBasis: rules['ENF-14'],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/t/jinhe/inspections/plans', { me: users.staff });

    await user.click(await screen.findByRole('button', { name: /编制年度计划/ }));
    const drawer = await screen.findByRole('dialog');
    await user.click(within(drawer).getByLabelText('检查事项 1'));
    await user.click(await screen.findByTitle('JH-JC-001 对非煤矿山企业安全生产条件的检查'));
    await user.click(within(drawer).getByLabelText('季度'));
    await user.click(await screen.findByTitle('第3季度'));
    await user.click(within(drawer).getByRole('button', { name: '保存' }));

    const refusal = await findRefusal(drawer, '违反业务规则');
    expect(within(refusal).getByText('ENF-14')).toBeInTheDocument();
    expect(within(refusal).getByText(rules['ENF-14'])).toBeInTheDocument();
  });

  it('lets nobody edit a published plan, and staff not file one', async () => {
    renderApp('/t/jinhe/inspections/plans/p1', { me: users.staff });
    await screen.findByRole('heading', { name: '锦和镇人民政府2025年度涉企行政检查计划' });
    expect(screen.queryByRole('button', { name: '修改计划' })).toBeNull();
    expect(screen.queryByRole('button', { name: '登记备案' })).toBeNull();
  });
});
