import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { db, problem } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';
import { rules } from '@/testing/rules';

const officersPath = '/t/jinhe/officers';

async function rowOf(name: string): Promise<HTMLElement> {
  const cell = await screen.findByText(name);
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('officers page', () => {
  it('lists the officers and highlights a certificate expiring within 30 days', async () => {
    renderApp(officersPath);

    const expiring = await rowOf('龙秀英');
    expect(expiring).toHaveClass('officer-row-expiring');
    expect(within(expiring).getByText('10 天后到期')).toBeInTheDocument();
    expect(within(expiring).getByText('农业')).toBeInTheDocument();

    const expired = await rowOf('吴德明');
    expect(expired).toHaveClass('officer-row-expired');
    expect(within(expired).getByText('已过期')).toBeInTheDocument();

    const valid = await rowOf('杨志远');
    expect(valid).not.toHaveClass('officer-row-expiring');
    expect(screen.getByText('共 4 条')).toBeInTheDocument();
  });

  it('shows a 422 violation on the field it names', async () => {
    server.use(
      http.put('*/api/v1/townships/:township/officers/:id', () =>
        problem(422, {
          title: '提交的内容有误',
          violations: [{ field: 'certificate.number', message: '执法证号在本乡镇已被使用' }],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp(officersPath);

    await user.click(within(await rowOf('杨志远')).getByText('编辑'));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByDisplayValue('湘4312o1');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    const error = await within(dialog).findByText('执法证号在本乡镇已被使用');
    const field = error.closest('.ant-form-item');
    expect(field).not.toBeNull();
    expect(within(field as HTMLElement).getByLabelText('执法证号')).toHaveValue('湘4312o1');
    expect(within(dialog).getByText('提交的内容有误')).toBeInTheDocument();
  });

  it('says clearly when someone else changed the record (412) and reloads it', async () => {
    const user = userEvent.setup();
    renderApp(officersPath);

    await user.click(within(await rowOf('杨志远')).getByText('编辑'));
    const dialog = await screen.findByRole('dialog');
    const name = await within(dialog).findByDisplayValue('杨志远');

    // another user saves first
    db.officers = db.officers.map((officer) =>
      officer.id === 'o1' ? { ...officer, name: '杨志远（新）', version: 2 } : officer,
    );
    await user.clear(name);
    await user.type(name, '杨志远改');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    expect(await within(dialog).findByText('此记录已被他人修改')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '重新加载' }));
    expect(await within(dialog).findByDisplayValue('杨志远（新）')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).queryByText('此记录已被他人修改')).toBeNull());
  });

  it('shows a refusal with its rule and legal basis next to the action', async () => {
    server.use(
      http.post('*/api/v1/townships/:township/officers/:id/actions/suspend', () =>
        problem(409, {
          title: '不能暂停',
          detail: '该人员正在承办未结案件',
          rule: 'ENF-02',
          legalBasis: rules['ENF-02'],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp(officersPath, { me: users.leader });

    await user.click(within(await rowOf('杨志远')).getByText('暂停执法资格'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('暂停原因'), '调离执法岗位');
    await user.click(within(dialog).getByRole('button', { name: '暂停执法资格' }));

    expect(await within(dialog).findByText('不能暂停')).toBeInTheDocument();
    expect(within(dialog).getByText('ENF-02')).toBeInTheDocument();
    expect(within(dialog).getByText(rules['ENF-02'])).toBeInTheDocument();
  });

  it('sends an Idempotency-Key with a create and reuses it when the same submission is retried', async () => {
    const keys: (string | null)[] = [];
    let attempts = 0;
    server.use(
      http.post('*/api/v1/townships/:township/officers', async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        attempts += 1;
        if (attempts === 1) return problem(503, { title: '服务暂不可用' });
        const body = (await request.json()) as { name: string };
        return HttpResponse.json(
          { ...db.officers[0], id: 'o9', name: body.name, version: 0 },
          { status: 201, headers: { ETag: '"0"' } },
        );
      }),
    );
    const user = userEvent.setup();
    renderApp(officersPath);

    await user.click(await screen.findByRole('button', { name: /登记执法人员/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('姓名'), '测试执法员');
    await user.click(within(dialog).getByLabelText('所属部门'));
    await user.click(await screen.findByTitle('林业'));
    await user.click(within(dialog).getByLabelText('持有执法证'));

    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('服务暂不可用')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(keys).toHaveLength(2));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });
});

describe('officers page access', () => {
  it('hides suspend from staff but lets them register and edit', async () => {
    renderApp(officersPath, { me: users.staff });
    const row = await rowOf('杨志远');
    expect(within(row).getByText('编辑')).toBeInTheDocument();
    expect(within(row).queryByText('暂停执法资格')).toBeNull();
    expect(screen.queryByText('恢复执法资格')).toBeNull();
    expect(screen.getByRole('button', { name: /登记执法人员/ })).toBeInTheDocument();
  });

  it('shows suspend and reinstate to a leader', async () => {
    renderApp(officersPath, { me: users.leader });
    expect(within(await rowOf('杨志远')).getByText('暂停执法资格')).toBeInTheDocument();
    expect(within(await rowOf('石光荣')).getByText('恢复执法资格')).toBeInTheDocument();
  });

  it('gives an auditor the list only', async () => {
    renderApp(officersPath, { me: users.auditor });
    const row = await rowOf('杨志远');
    expect(within(row).queryByText('编辑')).toBeNull();
    expect(screen.queryByRole('button', { name: /登记执法人员/ })).toBeNull();
  });
});
