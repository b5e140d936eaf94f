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

const listPath = '/t/jinhe/inspections';

async function rowOf(text: string): Promise<HTMLElement> {
  const cell = await screen.findByText(text);
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}

async function openProposal(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /新建检查/ }));
  const drawer = await screen.findByRole('dialog');
  await fill(user, within(drawer).getByLabelText('企业名称'), '锦和镇兴旺砂石场');
  return drawer;
}

async function chooseTeam(
  user: ReturnType<typeof userEvent.setup>,
  drawer: HTMLElement,
  names: string[],
) {
  for (const name of names) {
    await user.click(within(drawer).getByLabelText('执法人员'));
    await user.click(await screen.findByTitle(name));
  }
}

describe('enterprise inspections list', () => {
  it('lists the inspections with status, result and rectification deadline', async () => {
    renderApp(listPath);

    const done = await rowOf('锦和镇兴旺砂石场');
    expect(within(done).getByText('已检查')).toBeInTheDocument();
    expect(within(done).getByText('责令整改')).toBeInTheDocument();
    expect(within(done).getByText(/前整改$/)).toBeInTheDocument();
    expect(within(done).getByText('杨志远、龙秀英')).toBeInTheDocument();
    expect(within(await rowOf('锦和加油站')).getByText('待批准')).toBeInTheDocument();
    expect(within(await rowOf('锦和客运渡口')).getByText('已告知')).toBeInTheDocument();
  });

  it('filters by status', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(listPath);
    await rowOf('锦和加油站');

    await user.click(screen.getByRole('combobox', { name: '状态' }));
    await user.click(await screen.findByTitle('待批准'));

    await waitFor(() => expect(screen.queryByText('锦和客运渡口')).toBeNull());
    expect(screen.getByText('锦和加油站')).toBeInTheDocument();
    expect(router.state.location.search).toContain('status=PROPOSED');
  });

  it('checks the credit code by its GB 32100 check character before sending', async () => {
    const user = userEvent.setup();
    renderApp(listPath, { me: users.officer });
    const drawer = await openProposal(user);

    await fill(user, within(drawer).getByLabelText('统一社会信用代码'), '91350100m000100y44');
    await user.click(within(drawer).getByRole('button', { name: /提\s*交/ }));
    expect(
      await within(drawer).findByText('统一社会信用代码校验码不正确（GB 32100），请核对'),
    ).toBeInTheDocument();
    expect(within(drawer).getByLabelText('统一社会信用代码')).toHaveValue('91350100M000100Y44');
  });

  it('lets an officer propose an inspection; the enterprise’s count this year shows', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(listPath, { me: users.officer });
    const drawer = await openProposal(user);

    await fill(user, within(drawer).getByLabelText('统一社会信用代码'), '91350100M000100Y43');
    // s1 of this year was approved (near New Year the planned day may fall in the next year)
    expect(
      await within(drawer).findByText(/已批准的检查：1 次$|尚无已批准的检查$/),
    ).toBeInTheDocument();
    await user.click(within(drawer).getByLabelText('检查事项'));
    await user.click(await screen.findByTitle('JH-JC-003 对渡口渡船安全管理的日常检查'));
    // an officer whose certificate expired cannot be chosen (ENF-02)
    await user.click(within(drawer).getByLabelText('执法人员'));
    const expired = await screen.findByTitle('吴德明（执法证无效或已暂停）');
    expect(expired.closest('.ant-select-item')).toHaveClass('ant-select-item-option-disabled');
    await user.click(await screen.findByTitle('杨志远（湘4312o1）'));
    await user.click(within(drawer).getByRole('button', { name: /提\s*交/ }));
    expect(await within(drawer).findByText('至少选择两名执法人员（ENF-01）')).toBeInTheDocument();
    await chooseTeam(user, drawer, ['龙秀英（湘4312o2）']);
    await user.click(within(drawer).getByRole('button', { name: /提\s*交/ }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/inspections\/s4$/));
    expect(inspectionsDb.inspections.at(-1)).toMatchObject({
      enterprise: { name: '锦和镇兴旺砂石场', creditCode: '91350100M000100Y43' },
      item: { id: 'i3' },
      status: 'PROPOSED',
    });
    expect(inspectionsDb.inspections.at(-1)?.officers.map((o) => o.id)).toEqual(['o1', 'o2']);
  });

  it('shows the yearly-cap refusal (ENF-14) with its legal basis next to the form', async () => {
    server.use(
      http.post('*/api/v1/townships/:township/inspections', () =>
        problem(422, {
          title: '违反业务规则',
          detail:
            '锦和镇兴旺砂石场 在 2026 年已被检查 2 次，已达每家企业每年 2 次的上限；因案件触发的检查须经领导明确批准方可超出',
          rule: 'ENF-14',
          legalBasis: rules['ENF-14'],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp(listPath, { me: users.leader });
    const drawer = await openProposal(user);
    await fill(user, within(drawer).getByLabelText('统一社会信用代码'), '91350100M000100Y43');
    await user.click(within(drawer).getByLabelText('检查事项'));
    await user.click(await screen.findByTitle('JH-JC-001 对非煤矿山企业安全生产条件的检查'));
    await chooseTeam(user, drawer, ['杨志远（湘4312o1）', '龙秀英（湘4312o2）']);
    await user.click(within(drawer).getByRole('button', { name: /提\s*交/ }));

    const refusal = await findRefusal(drawer, '违反业务规则');
    expect(within(refusal).getByText(/已达每家企业每年 2 次的上限/)).toBeInTheDocument();
    expect(within(refusal).getByText('ENF-14')).toBeInTheDocument();
    expect(within(refusal).getByText(rules['ENF-14'])).toBeInTheDocument();
  });

  it('gives staff no new inspection', async () => {
    renderApp(listPath, { me: users.staff });
    await rowOf('锦和加油站');
    expect(screen.queryByRole('button', { name: /新建检查/ })).toBeNull();
  });
});
