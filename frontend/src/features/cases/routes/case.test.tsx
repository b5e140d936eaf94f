import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { attachmentsDb } from '@/testing/attachments-handlers';
import { casesDb } from '@/testing/cases-handlers';
import { users } from '@/testing/data';
import { server } from '@/testing/server';
import { choose, fill, findRefusal, renderApp } from '@/testing/test-utils';
import { rules } from '@/testing/rules';

const casePath = (id: string) => `/t/jinhe/enforcement-cases/${id}`;

function actionButtons(): string[] {
  const bar = screen.getByTestId('case-actions');
  return within(bar)
    .getAllByRole('button')
    .map((button) => button.textContent?.replace(/\s/g, '') ?? '');
}

describe('enforcement case page', () => {
  it('shows the steps, the party whole for an officer, and exactly the allowed actions', async () => {
    renderApp(casePath('c1'), { me: users.officer });

    const steps = await screen.findByLabelText('办理进程');
    for (const title of [
      '立案',
      '调查取证',
      '告知',
      '听证',
      '法制审核',
      '作出决定',
      '送达',
      '执行',
      '结案',
    ]) {
      expect(within(steps).getAllByText(title).length).toBeGreaterThan(0);
    }
    expect(within(steps).getAllByText('不适用')).toHaveLength(2);
    expect(within(steps).getByText('进行中')).toBeInTheDocument();
    expect(screen.getByText('11010519491231002X')).toBeInTheDocument();
    expect(actionButtons()).toEqual(['提请法制审核', '作出决定', '登记全过程记录']);
    expect(screen.getByText(/告知拟作出：罚款 ¥500.00/)).toBeInTheDocument();
  });

  it('offers a leader the actions the API answers a leader, deciding first', async () => {
    renderApp(casePath('c1'), { me: users.leader });

    await screen.findByTestId('case-actions');
    // a leader may also extend the time to decide
    expect(actionButtons()).toEqual(['提请法制审核', '批准延期', '作出决定', '登记全过程记录']);
    expect(screen.getByRole('button', { name: '作出决定' })).toHaveClass('ant-btn-primary');
  });

  it('masks the party for an auditor, who has no actions', async () => {
    renderApp(casePath('c1'), { me: users.auditor });

    expect(await screen.findByText('110***********002X')).toBeInTheDocument();
    expect(screen.queryByText('11010519491231002X')).toBeNull();
    expect(screen.queryByTestId('case-actions')).toBeNull();
    expect(screen.getByText('您当前没有可办理的操作')).toBeInTheDocument();
  });

  it('decides a fine and then offers delivery', async () => {
    const user = userEvent.setup();
    renderApp(casePath('c1'), { me: users.officer });

    await user.click(await screen.findByRole('button', { name: '作出决定' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('作出行政处罚决定')).toBeInTheDocument();
    // the intended outcome of the notice comes filled in
    expect(within(dialog).getByLabelText('罚款金额（元）')).toHaveValue('500.00');
    await user.click(within(dialog).getByRole('button', { name: '作出决定' }));

    expect(await screen.findByText('已作出决定')).toBeInTheDocument();
    await waitFor(() => expect(actionButtons()).toEqual(['送达', '登记全过程记录']));
    expect(screen.getByText('锦和罚决字〔2025〕第8号', { exact: false })).toBeInTheDocument();
  });

  it('lists the earlier violations for 首违不罚 and shows the ENF-08 refusal', async () => {
    const user = userEvent.setup();
    renderApp(casePath('c3'), { me: users.officer });

    await user.click(await screen.findByRole('button', { name: '作出决定' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(/当事人在本镇有既往违法记录，不适用首违不罚/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('锦和执立〔2024〕第9号，违法行为发生于 2024年8月2日，警告'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByLabelText('教育情况'));
    await user.paste('当场批评教育，责令改正');
    await user.click(within(dialog).getByRole('button', { name: '作出决定' }));

    const alert = await findRefusal(dialog, '违反业务规则');
    expect(within(alert).getByText('ENF-08')).toBeInTheDocument();
    expect(within(alert).getByText(rules['ENF-08'])).toBeInTheDocument();
  });

  it('shows the deadlines with the surcharge, and the ENF-09 refusal to close', async () => {
    const user = userEvent.setup();
    renderApp(casePath('c2'), { me: users.leader });

    const deadlines = await screen.findByLabelText('期限与金额');
    expect(within(deadlines).getByText('¥15,000.00')).toBeInTheDocument();
    expect(within(deadlines).getByText('¥35,000.00')).toBeInTheDocument();
    expect(within(deadlines).getByText('逾期 25 天')).toBeInTheDocument();
    const checklist = screen.getByLabelText('全过程记录核对（ENF-09）');
    expect(within(checklist).getByText('出示执法证件').closest('li')).toHaveAttribute(
      'data-done',
      'false',
    );
    // a leader: execute (the fine), and revoke; already published
    expect(actionButtons()).toEqual(['执行', '登记全过程记录', '撤销']);

    await user.click(screen.getByRole('button', { name: '执行' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(/应缴：罚款 ¥20,000.00 \+ 加处罚款 ¥15,000.00 = ¥35,000.00/),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('实缴金额（元）')).toHaveValue('35000.00');
    await user.click(within(dialog).getByRole('button', { name: '执行' }));
    expect(await screen.findByText('已登记执行')).toBeInTheDocument();
    await waitFor(() => expect(actionButtons()).toEqual(['登记全过程记录', '结案', '撤销']));

    await user.click(screen.getByRole('button', { name: '结案' }));
    const close = await screen.findByRole('dialog');
    await user.click(within(close).getByRole('button', { name: '结案' }));
    const alert = await findRefusal(close, '违反业务规则');
    expect(within(alert).getByText('ENF-09')).toBeInTheDocument();
  });

  it('points the full-process record to the files of the case (ENF-09)', async () => {
    const file = (
      id: string,
      fileName: string,
      kind: 'RECORDER_FOOTAGE' | 'DECISION_DOCUMENT',
    ) => ({
      id,
      township: 'jinhe',
      recordType: 'enforcement-case',
      recordId: 'c2',
      kind,
      fileName,
      fileType: 'PDF' as const,
      mediaType: 'application/pdf',
      size: 1024,
      sha256: 'b'.repeat(64),
      uploadedBy: 'officer',
      uploadedAt: '2025-06-20T09:00:00Z',
      removable: true,
    });
    attachmentsDb.files = [
      file('file-1', '执法记录仪-0031.pdf', 'RECORDER_FOOTAGE'),
      file('file-2', '锦和罚决字〔2025〕第2号.pdf', 'DECISION_DOCUMENT'),
    ];
    const c2 = casesDb.cases.find((candidate) => candidate.id === 'c2');
    if (!c2?.processRecord) throw new Error('no case c2');
    c2.processRecord = { ...c2.processRecord, documentFiles: ['file-2'] };
    let posted: unknown;
    server.events.on('request:start', async ({ request }) => {
      if (request.url.endsWith('/actions/record-process')) posted = await request.clone().json();
    });
    const user = userEvent.setup();
    renderApp(casePath('c2'), { me: users.leader });

    const card = (
      await screen.findByText('全过程记录核对（ENF-09）', {
        selector: '.ant-card-head-title',
      })
    ).closest('.ant-card') as HTMLElement;
    expect(
      await within(card).findByRole('button', { name: '锦和罚决字〔2025〕第2号.pdf' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '执行' }));
    const execute = await screen.findByRole('dialog');
    await user.click(within(execute).getByRole('button', { name: '执行' }));
    await waitFor(() => expect(actionButtons()).toContain('登记全过程记录'));
    await user.click(screen.getByRole('button', { name: '登记全过程记录' }));
    const dialog = await screen.findByRole('dialog');
    await choose(user, '执法记录仪视频文件', '执法记录仪-0031.pdf', dialog);
    await user.click(within(dialog).getByRole('button', { name: '登记全过程记录' }));

    await waitFor(() =>
      expect(posted).toMatchObject({ recorderFootageFile: 'file-1', documentFiles: ['file-2'] }),
    );
  });

  it("ticks the hearing for a fine at the township's threshold that the case carries (ENF-06)", async () => {
    const c5 = casesDb.cases.find((candidate) => candidate.id === 'c5');
    if (!c5) throw new Error('no case c5');
    // a township that set its own threshold: the view carries it, the SPA keeps no number of its own
    c5.hearingThreshold = '5000.00';
    const user = userEvent.setup();
    renderApp(casePath('c5'), { me: users.officer });

    await user.click(await screen.findByRole('button', { name: '告知' }));
    const dialog = await screen.findByRole('dialog');
    await choose(user, '拟作出的处理', '罚款', dialog);
    await fill(user, within(dialog).getByLabelText('罚款金额（元）'), '5000');

    expect(
      await within(dialog).findByText(/达到本镇对该当事人的听证标准（¥5,000.00）/),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('告知当事人有要求听证的权利')).toBeChecked();
  });

  it('edits a case under investigation', async () => {
    const user = userEvent.setup();
    renderApp(casePath('c5'), { me: users.officer });

    await user.click(await screen.findByRole('button', { name: '编辑' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('编辑案件 锦和执立〔2025〕第5号')).toBeInTheDocument();
    const place = within(drawer).getByLabelText('违法地点');
    await user.clear(place);
    await user.type(place, '锦和镇岩门村采石场');
    await user.click(within(drawer).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已保存')).toBeInTheDocument();
    expect(await screen.findByText('锦和镇岩门村采石场')).toBeInTheDocument();
  });
});
