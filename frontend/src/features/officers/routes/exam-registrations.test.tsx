import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { day } from '@/testing/governance-data';
import { problem } from '@/testing/handlers';
import { mattersDb } from '@/testing/matters-handlers';
import { server } from '@/testing/server';
import { fill, renderApp } from '@/testing/test-utils';

const examsPath = '/t/jinhe/officers/exam-registrations';

async function rowOf(text: string): Promise<HTMLElement> {
  const cell = await screen.findByText(text);
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}

describe('certificate exam registrations', () => {
  it('lists the registrations with status, score and the certificate a pass issued', async () => {
    renderApp(examsPath);

    const passed = await rowOf('向明辉');
    expect(within(passed).getByText('通过')).toBeInTheDocument();
    expect(within(passed).getByText('86')).toBeInTheDocument();
    expect(within(passed).getByText('湘执法43122600188')).toBeInTheDocument();
    expect(within(await rowOf('田小芳')).getByText('已报名')).toBeInTheDocument();
    expect(within(await rowOf('吴德明')).getByText('在册人员')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '资格考试报名', selected: true })).toBeInTheDocument();
  });

  it('filters by status', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(examsPath);
    await rowOf('向明辉');

    await user.click(screen.getByLabelText('状态'));
    await user.click(await screen.findByTitle('已报名'));

    await waitFor(() => expect(screen.queryByText('向明辉')).toBeNull());
    expect(screen.getByText('田小芳')).toBeInTheDocument();
    expect(router.state.location.search).toContain('status=REGISTERED');
  });

  it('records a pass, which shows the issued certificate', async () => {
    const user = userEvent.setup();
    renderApp(examsPath, { me: users.staff });

    await user.click(within(await rowOf('田小芳')).getByText('登记成绩'));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText('成绩（百分制）'), '91');
    await fill(user, within(dialog).getByLabelText('执法证号'), '湘执法43122600199');
    await user.click(within(dialog).getByRole('button', { name: '登记' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = await rowOf('湘执法43122600199');
    expect(within(row).getByText('田小芳')).toBeInTheDocument();
    expect(within(row).getByText('通过')).toBeInTheDocument();
    expect(mattersDb.registrations.find((r) => r.id === 'e2')).toMatchObject({
      status: 'PASSED',
      score: 91,
    });
  });

  it('shows a certificate number already held on its field', async () => {
    server.use(
      http.post('*/api/v1/townships/:township/exam-registrations/:id/actions/record-result', () =>
        problem(422, {
          title: '提交的内容有误',
          violations: [
            {
              field: 'certificate.number',
              message: '执法证号 湘4312o1 已被本乡镇其他执法人员使用',
            },
          ],
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp(examsPath, { me: users.leader });

    await user.click(within(await rowOf('田小芳')).getByText('登记成绩'));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText('成绩（百分制）'), '75');
    await fill(user, within(dialog).getByLabelText('执法证号'), '湘4312o1');
    await user.click(within(dialog).getByRole('button', { name: '登记' }));

    const error = await within(dialog).findByText('执法证号 湘4312o1 已被本乡镇其他执法人员使用');
    expect(error.closest('.ant-form-item')).not.toBeNull();
    expect(within(dialog).getByText('提交的内容有误')).toBeInTheDocument();
  });

  it('registers an officer of the register, filling in name and department', async () => {
    const user = userEvent.setup();
    renderApp(examsPath, { me: users.staff });

    await user.click(await screen.findByRole('button', { name: /考试报名/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('在册执法人员'));
    await user.click(await screen.findByTitle('龙秀英（湘4312o2）'));
    expect(within(dialog).getByLabelText('姓名')).toHaveValue('龙秀英');
    await fill(user, within(dialog).getByLabelText('考试日期'), day(30));
    await user.keyboard('{Enter}');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(mattersDb.registrations.at(-1)).toMatchObject({
      personName: '龙秀英',
      department: 'AGRICULTURE',
      officerId: 'o2',
      examDate: day(30),
    });
  });

  it('gives an auditor the list without actions', async () => {
    renderApp(examsPath, { me: users.auditor });
    await rowOf('田小芳');
    expect(screen.queryByText('登记成绩')).toBeNull();
    expect(screen.queryByRole('button', { name: /考试报名/ })).toBeNull();
  });
});
