import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { problem } from '@/testing/handlers';
import { mattersDb } from '@/testing/matters-handlers';
import { server } from '@/testing/server';
import { fill, findRefusal, renderApp } from '@/testing/test-utils';
import { rules } from '@/testing/rules';

const mattersPath = '/t/jinhe/enforcement-matters';

async function rowOf(text: string): Promise<HTMLElement> {
  const cell = await screen.findByText(text);
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}

describe('enforcement matters page', () => {
  it('lists the matters with kind, field, source and publication', async () => {
    renderApp(mattersPath);

    const fire = await rowOf('JH-CF-001');
    expect(within(fire).getByText('行政处罚')).toBeInTheDocument();
    expect(within(fire).getByText('消防安全')).toBeInTheDocument();
    expect(within(fire).getByText('县级赋权')).toBeInTheDocument();
    expect(within(fire).getByText('已公开')).toBeInTheDocument();
    expect(within(fire).getByText('2025年3月10日')).toBeInTheDocument();
    expect(within(await rowOf('JH-JC-001')).getByText('未公开')).toBeInTheDocument();
    const withdrawn = await rowOf('JH-QZ-001');
    expect(within(withdrawn).getByText('已撤回')).toBeInTheDocument();
    expect(within(withdrawn).getByText('2025年5月1日')).toBeInTheDocument();
    expect(screen.getByText('共 4 条')).toBeInTheDocument();
  });

  it('filters by kind through the address and the API', async () => {
    const kinds: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/enforcement-matters')) kinds.push(url.searchParams.get('kind'));
    });
    const user = userEvent.setup();
    const { router } = renderApp(mattersPath);
    await rowOf('JH-CF-001');

    await user.click(screen.getByLabelText('事项类别'));
    await user.click(await screen.findByTitle('行政检查'));

    await waitFor(() => expect(screen.queryByText('JH-CF-001')).toBeNull());
    expect(screen.getByText('JH-JC-001')).toBeInTheDocument();
    expect(router.state.location.search).toContain('kind=INSPECTION');
    expect(kinds).toContain('INSPECTION');
    server.events.removeAllListeners('request:start');
  });

  it('lets staff define a matter, naming the delegating document of a county power', async () => {
    const user = userEvent.setup();
    renderApp(mattersPath, { me: users.staff });

    await user.click(await screen.findByRole('button', { name: /新增执法事项/ }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText('事项编码'), 'JH-CF-009');
    await fill(user, within(dialog).getByLabelText('事项名称'), '对占用消防车通道的处罚');
    await user.click(within(dialog).getByLabelText('事项类别'));
    await user.click(await screen.findByTitle('行政处罚'));
    await user.click(within(dialog).getByLabelText('执法领域'));
    await user.click(await screen.findByTitle('消防安全'));
    await fill(user, within(dialog).getByLabelText('法律依据'), '《中华人民共和国消防法》第六十条');
    await user.click(within(dialog).getByLabelText('实施部门'));
    await user.click(await screen.findByTitle('应急'));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByText('县级赋权事项须填写赋权文件')).toBeInTheDocument();
    await fill(user, within(dialog).getByLabelText('赋权文件'), '麻政发〔2024〕8号');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(mattersDb.matters.find((m) => m.code === 'JH-CF-009')).toMatchObject({
      source: 'COUNTY_DELEGATED',
      delegationReference: '麻政发〔2024〕8号',
      published: false,
    });
    expect(await screen.findByText('对占用消防车通道的处罚')).toBeInTheDocument();
  });

  it('lets a leader publish a matter and shows a refusal with its rule', async () => {
    const user = userEvent.setup();
    renderApp(mattersPath, { me: users.leader });

    await user.click(within(await rowOf('JH-JC-001')).getByText('公开'));
    let dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '公开' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(mattersDb.matters.find((m) => m.id === 'm3')?.published).toBe(true);
    expect(await within(await rowOf('JH-JC-001')).findByText('撤回公开')).toBeInTheDocument();

    server.use(
      http.post('*/api/v1/townships/:township/enforcement-matters/:id/actions/withdraw', () =>
        problem(422, {
          title: '违反业务规则',
          detail: '该事项正被已公布的检查计划引用，不能撤回',
          rule: 'ENF-14',
          legalBasis: rules['ENF-14'],
        }),
      ),
    );
    await user.click(within(await rowOf('JH-CF-001')).getByText('撤回公开'));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '撤回公开' }));
    const refusal = await findRefusal(dialog, '违反业务规则');
    expect(
      within(refusal).getByText('该事项正被已公布的检查计划引用，不能撤回'),
    ).toBeInTheDocument();
    expect(within(refusal).getByText('ENF-14')).toBeInTheDocument();
    expect(within(refusal).getByText(rules['ENF-14'])).toBeInTheDocument();
  });

  it('gives staff edit on a draft but not publish', async () => {
    renderApp(mattersPath, { me: users.staff });
    const draft = await rowOf('JH-JC-001');
    expect(within(draft).getByText('编辑')).toBeInTheDocument();
    expect(within(draft).queryByText('公开')).toBeNull();
    // a published matter is not edited
    expect(within(await rowOf('JH-CF-001')).queryByText('编辑')).toBeNull();
  });

  it('shows an auditor no actions', async () => {
    renderApp(mattersPath, { me: users.auditor });
    await rowOf('JH-CF-001');
    expect(screen.queryByText('编辑')).toBeNull();
    expect(screen.queryByRole('button', { name: /新增执法事项/ })).toBeNull();
  });
});
