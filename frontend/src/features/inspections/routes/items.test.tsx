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

const itemsPath = '/t/jinhe/inspections/items';

async function rowOf(text: string): Promise<HTMLElement> {
  const cell = await screen.findByText(text);
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}

describe('inspection items list', () => {
  it('lists the items with method, yearly cap and publication', async () => {
    renderApp(itemsPath);

    const fire = await rowOf('JH-JC-002');
    expect(within(fire).getByText('专项检查')).toBeInTheDocument();
    expect(within(fire).getByText('1 次/年')).toBeInTheDocument();
    expect(within(fire).getByText('2025年1月8日 公布')).toBeInTheDocument();
    expect(within(fire).getByText(/辖区内加油站/)).toBeInTheDocument();
    expect(within(await rowOf('JH-JC-009')).getByText('未公布')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '检查事项清单', selected: true })).toBeInTheDocument();
  });

  it('filters by method', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(itemsPath);
    await rowOf('JH-JC-001');

    await user.click(screen.getByRole('combobox', { name: '检查方式' }));
    await user.click(await screen.findByTitle('日常检查'));

    await waitFor(() => expect(screen.queryByText('JH-JC-001')).toBeNull());
    expect(screen.getByText('JH-JC-003')).toBeInTheDocument();
    expect(router.state.location.search).toContain('method=ROUTINE');
  });

  it('lets staff add an item, which waits for a leader to publish it', async () => {
    const user = userEvent.setup();
    renderApp(itemsPath, { me: users.staff });

    await user.click(await screen.findByRole('button', { name: /新增检查事项/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('所属清单')).toHaveValue(
      '《麻阳苗族自治县锦和镇涉企行政检查事项清单》',
    );
    await fill(user, within(dialog).getByLabelText('编码'), 'JH-JC-010');
    await fill(user, within(dialog).getByLabelText('检查事项名称'), '对林木采伐作业的检查');
    await fill(
      user,
      within(dialog).getByLabelText('检查依据'),
      '《中华人民共和国森林法》第五十六条',
    );
    await user.click(within(dialog).getByLabelText('执法领域'));
    await user.click(await screen.findByTitle('林业'));
    await user.click(within(dialog).getByLabelText('实施部门'));
    await user.click((await screen.findAllByTitle('林业')).at(-1) as HTMLElement);
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inspectionsDb.items.at(-1)).toMatchObject({
      code: 'JH-JC-010',
      field: 'FORESTRY',
      department: 'FORESTRY',
      method: 'DOUBLE_RANDOM',
      published: false,
    });
    expect(screen.queryByText('公布', { selector: 'a' })).toBeNull();
  });

  it('lets a leader publish an item, and shows a refusal with its rule', async () => {
    const user = userEvent.setup();
    renderApp(itemsPath, { me: users.leader });

    await user.click(within(await rowOf('JH-JC-009')).getByText('公布'));
    const dialog = await screen.findByRole('dialog');
    server.use(
      http.post('*/api/v1/townships/:township/inspection-items/:id/actions/publish', () =>
        problem(422, {
          title: '违反业务规则',
          detail: '清单尚未经合法性审查',
          rule: 'ENF-14',
          legalBasis: rules['ENF-14'],
        }),
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: '公布' }));
    const refusal = await findRefusal(dialog, '违反业务规则');
    expect(within(refusal).getByText('ENF-14')).toBeInTheDocument();
    expect(within(refusal).getByText(rules['ENF-14'])).toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(dialog).getByRole('button', { name: '公布' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(inspectionsDb.items.find((candidate) => candidate.id === 'i4')?.published).toBe(true);
    expect(await within(await rowOf('JH-JC-009')).findByText(/日 公布$/)).toBeInTheDocument();
  });

  it('gives an auditor the list only', async () => {
    renderApp(itemsPath, { me: users.auditor });
    await rowOf('JH-JC-001');
    expect(screen.queryByText('编辑')).toBeNull();
    expect(screen.queryByRole('button', { name: /新增检查事项/ })).toBeNull();
  });
});
