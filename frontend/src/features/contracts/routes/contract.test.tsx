import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { attachmentsDb } from '@/testing/attachments-handlers';
import { users } from '@/testing/data';
import { server } from '@/testing/server';
import { choose, fill, findRefusal, renderApp } from '@/testing/test-utils';
import { rules } from '@/testing/rules';

const contractPath = (id: string) => `/t/jinhe/contracts/${id}`;

function actionButtons(): string[] {
  const bar = screen.getByTestId('contract-actions');
  return within(bar)
    .getAllByRole('button')
    .map((button) => button.textContent?.replace(/\s/g, '') ?? '');
}

/** The If-Match and body of the requests to a path ending so, as they go. */
function sent(ending: string): { ifMatch: string | null; body: unknown }[] {
  const requests: { ifMatch: string | null; body: unknown }[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith(ending)) {
      requests.push({
        ifMatch: request.headers.get('If-Match'),
        body: await request.clone().json(),
      });
    }
  });
  return requests;
}

function contractFile(id: string, fileName: string) {
  return {
    id,
    township: 'jinhe',
    recordType: 'contract',
    recordId: 'k12',
    kind: 'CONTRACT' as const,
    fileName,
    fileType: 'PDF' as const,
    mediaType: 'application/pdf',
    size: 2048,
    sha256: 'c'.repeat(64),
    uploadedBy: 'staff',
    uploadedAt: '2025-06-20T09:00:00Z',
    removable: true,
  };
}

describe('contract page', () => {
  it('shows what the view says: lifecycle, major reasons, review, performance, milestones, payments', async () => {
    renderApp(contractPath('k5'), { me: users.staff });

    const steps = await screen.findByLabelText('合同进程');
    for (const title of ['登记', '合法性审查', '审批', '签订', '履行', '履行完毕', '归档']) {
      expect(within(steps).getAllByText(title).length).toBeGreaterThan(0);
    }
    expect(within(steps).getByText('2025年5月14日')).toBeInTheDocument();
    expect(within(steps).getByText('2025年5月20日')).toBeInTheDocument();
    expect(within(steps).getByText('进行中')).toBeInTheDocument();

    // CON-01 with the township's threshold the view carries, and the review (LR-03) with its link
    const review = screen.getByLabelText('合法性审查（LR-03）');
    expect(within(review).getByText('合同金额达到 ¥500,000.00')).toBeInTheDocument();
    expect(within(review).getByText('审查通过')).toBeInTheDocument();
    expect(within(review).getByText('签订前须经合法性审查通过')).toBeInTheDocument();
    expect(within(review).getByRole('link', { name: '查看审查' })).toHaveAttribute(
      'href',
      '/t/jinhe/legality-reviews/r-k5',
    );

    // paid, unpaid and the next milestone as the API computed them, with the CON-03 mark
    const performance = screen.getByLabelText('履约情况');
    expect(within(performance).getByText('¥384,000.00')).toBeInTheDocument();
    expect(within(performance).getByText('¥896,000.00')).toBeInTheDocument();
    expect(within(performance).getByText(/蓄水池主体及主管网完工（/)).toBeInTheDocument();
    expect(within(performance).getAllByText('1 个节点逾期').length).toBeGreaterThan(0);
    expect(
      within(performance).getByText('本镇在合同到期前 30 天提醒（CON-03）'),
    ).toBeInTheDocument();

    const milestones = screen.getByLabelText('履约节点');
    const overdue = within(milestones).getByText('蓄水池主体及主管网完工').closest('tr');
    expect(overdue).toHaveClass('contract-row-overdue');
    expect(within(overdue as HTMLElement).getByText('已逾期')).toBeInTheDocument();
    expect(
      within(overdue as HTMLElement)
        .getByText('完成')
        .closest('button'),
    ).not.toBeNull();
    // a payment milestone is met by its payments: waived, never completed by hand
    const payment = within(milestones)
      .getByText('工程进度款（至60%）')
      .closest('tr') as HTMLElement;
    expect(within(payment).queryByText('完成')).toBeNull();
    expect(within(payment).getByText('免除').closest('button')).not.toBeNull();
    const payments = screen.getByLabelText('付款记录');
    expect(within(payments).getByText('锦财付〔2025〕0606号')).toBeInTheDocument();
    expect(screen.getByLabelText('合同版本（CON-02）')).toBeInTheDocument();

    // staff: exactly the verbs the API allows, terminate is a leader's
    expect(actionButtons()).toEqual(['修改', '添加履约节点', '登记付款', '拟定补充协议']);
  });

  it('shows the amendment with both versions of the terms (CON-02)', async () => {
    renderApp(contractPath('k4'), { me: users.leader });

    const amendments = await screen.findByLabelText('补充协议');
    expect(
      within(amendments).getByText('关于和平村道路加宽及延长工期的补充协议'),
    ).toBeInTheDocument();
    expect(within(amendments).getByText('已签订')).toBeInTheDocument();
    const versions = screen.getByLabelText('合同版本（CON-02）');
    expect(within(versions).getByText('签订时')).toBeInTheDocument();
    expect(within(versions).getByText('¥468,000.00')).toBeInTheDocument();
    expect(within(versions).getByText('第 1 号补充协议')).toBeInTheDocument();
    expect(within(versions).getByText('¥496,000.00')).toBeInTheDocument();
    expect(screen.getByText('合同金额（含补充协议变更）')).toBeInTheDocument();
    expect(actionButtons()).toEqual([
      '修改',
      '添加履约节点',
      '登记付款',
      '拟定补充协议',
      '终止合同',
    ]);
  });

  it('shows the LR-03 refusal with its rule and legal basis when a major draft is approved unreviewed', async () => {
    const user = userEvent.setup();
    const approvals = sent('/contracts/k11/actions/approve');
    renderApp(contractPath('k11'), { me: users.leader });

    // never sent to review, and it must pass first: submitting is the primary step
    await screen.findByTestId('contract-actions');
    expect(actionButtons()).toEqual(['修改', '提交合法性审查', '审批', '添加履约节点']);
    expect(screen.getByRole('button', { name: '提交合法性审查' })).toHaveClass('ant-btn-primary');
    const review = screen.getByLabelText('合法性审查（LR-03）');
    expect(within(review).getByText('属于特许经营类合同')).toBeInTheDocument();
    expect(within(review).getByText('未送审')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^审\s*批$/ }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText('审批意见'), '同意签订');
    await user.click(within(dialog).getByRole('button', { name: /^审\s*批$/ }));

    const alert = await findRefusal(dialog, '违反业务规则');
    expect(
      within(alert).getByText(/须经合法性审查通过后方可审批、签订；本合同尚未送审/),
    ).toBeInTheDocument();
    expect(within(alert).getByText('LR-03')).toBeInTheDocument();
    expect(within(alert).getByText(rules['LR-03'])).toBeInTheDocument();
    expect(approvals[0]?.ifMatch).toBe('"0"');
    expect(approvals[0]?.body).toMatchObject({ opinion: '同意签订' });
  });

  it('submits for review naming the reviewer, with If-Match, and shows the review under way', async () => {
    const user = userEvent.setup();
    const submissions = sent('/contracts/k11/actions/submit-for-review');
    renderApp(contractPath('k11'), { me: users.staff });

    await user.click(await screen.findByRole('button', { name: '提交合法性审查' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/本合同为重大合同/)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('送审材料 1')).toHaveValue('合同文本（送审稿）');
    await choose(user, '审查人员（可选）', '张慧敏（reviewer）', dialog);
    await user.click(within(dialog).getByRole('button', { name: '提交合法性审查' }));

    expect(await screen.findByText('已提交合法性审查')).toBeInTheDocument();
    expect(submissions[0]).toEqual({
      ifMatch: '"0"',
      body: { materials: ['合同文本（送审稿）', '相对方资格证明材料'], reviewer: 'reviewer' },
    });
    const review = screen.getByLabelText('合法性审查（LR-03）');
    await within(review).findByText('第 1 轮');
    expect(within(review).getByRole('link', { name: '查看审查' })).toHaveAttribute(
      'href',
      '/t/jinhe/legality-reviews/r-k11',
    );
    await waitFor(() => expect(actionButtons()).toEqual(['修改', '添加履约节点']));
  });

  it("signs with the date, the signatories and the signed text among the contract's files (If-Match)", async () => {
    attachmentsDb.files = [
      contractFile('file-1', '采购清单.pdf'),
      contractFile('file-2', '办公设备采购合同（签字盖章）.pdf'),
    ];
    const signings = sent('/contracts/k12/actions/sign');
    const user = userEvent.setup();
    renderApp(contractPath('k12'), { me: users.staff });

    await screen.findByTestId('contract-actions');
    expect(actionButtons()).toEqual(['提交合法性审查', '签订', '添加履约节点']);
    expect(screen.getByRole('button', { name: /^签\s*订$/ })).toHaveClass('ant-btn-primary');
    await user.click(screen.getByRole('button', { name: /^签\s*订$/ }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText('签约代表 1'), '赵志刚');
    await user.click(within(dialog).getByRole('button', { name: /添加一条/ }));
    await fill(user, within(dialog).getByLabelText('签约代表 2'), '舒建平');
    await choose(user, '签订文本', '办公设备采购合同（签字盖章）.pdf', dialog);
    await user.click(within(dialog).getByRole('button', { name: /^签\s*订$/ }));

    expect(await screen.findByText('已登记签订')).toBeInTheDocument();
    expect(signings[0]?.ifMatch).toBe('"2"');
    expect(signings[0]?.body).toMatchObject({
      signatories: ['赵志刚', '舒建平'],
      signedFileId: 'file-2',
    });
    expect((signings[0]?.body as { signedOn: string }).signedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await waitFor(() =>
      expect(actionButtons()).toEqual(['修改', '添加履约节点', '拟定补充协议', '履行完毕']),
    );
    expect(screen.getAllByText('履行中').length).toBeGreaterThan(0);
    expect(screen.getByText(/签约代表：赵志刚、舒建平/)).toBeInTheDocument();
    const basics = screen.getByText('签订文本', { selector: '.ant-descriptions-item-label' });
    expect(
      within(basics.closest('tr') as HTMLElement).getByRole('button', {
        name: '办公设备采购合同（签字盖章）.pdf',
      }),
    ).toBeInTheDocument();
  });

  it('records a payment against a payment milestone and shows what the API says is paid', async () => {
    const payments = sent('/contracts/k5/payments');
    const user = userEvent.setup();
    renderApp(contractPath('k5'), { me: users.staff });

    await user.click(await screen.findByRole('button', { name: '登记付款' }));
    const dialog = await screen.findByRole('dialog');
    // only the payment milestones still to pay, with what is planned and paid
    await user.click(within(dialog).getByLabelText('付款节点'));
    await screen.findAllByTitle('4. 工程进度款（至60%）（计划 ¥384,000.00，已付 ¥0.00）');
    const options = [...document.querySelectorAll('.ant-select-item-option')].map(
      (option) => option.textContent,
    );
    expect(options).toEqual(['4. 工程进度款（至60%）（计划 ¥384,000.00，已付 ¥0.00）']);
    // the first one to pay comes chosen
    await user.click(document.querySelector('.ant-select-item-option') as HTMLElement);
    await fill(user, within(dialog).getByLabelText('付款金额（元）'), '384000');
    await fill(user, within(dialog).getByLabelText('付款凭证号'), '锦财付〔2025〕0930号');
    await user.click(within(dialog).getByRole('button', { name: '登记付款' }));

    expect(await screen.findByText('已登记付款')).toBeInTheDocument();
    expect(payments[0]?.ifMatch).toBe('"9"');
    expect(payments[0]?.body).toMatchObject({
      milestoneNumber: 4,
      amount: '384000.00',
      voucher: '锦财付〔2025〕0930号',
    });
    const performance = screen.getByLabelText('履约情况');
    expect(await within(performance).findByText('¥768,000.00')).toBeInTheDocument();
    expect(within(performance).getByText('¥512,000.00')).toBeInTheDocument();
    expect(
      within(screen.getByLabelText('付款记录')).getByText('锦财付〔2025〕0930号'),
    ).toBeInTheDocument();
    await waitFor(() => expect(actionButtons()).toEqual(['修改', '添加履约节点', '拟定补充协议']));
  });

  it('masks the person for an auditor, who has no actions', async () => {
    renderApp(contractPath('k3'), { me: users.auditor });

    expect(await screen.findByText('431***********0411')).toBeInTheDocument();
    expect(screen.queryByText('431226196708230411')).toBeNull();
    expect(screen.getByText('个人信息已按您的角色遮蔽')).toBeInTheDocument();
    expect(screen.queryByTestId('contract-actions')).toBeNull();
    expect(screen.getByText('您当前没有可办理的操作')).toBeInTheDocument();
    const review = screen.getByLabelText('合法性审查（LR-03）');
    expect(within(review).getByText('属于土地类合同')).toBeInTheDocument();
  });

  it('answers an unknown contract with the not-found page and a way back to the ledger', async () => {
    renderApp(contractPath('nope'), { me: users.staff });

    expect(await screen.findByText('合同不存在')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /返回列表/ })).toHaveAttribute(
      'href',
      '/t/jinhe/contracts',
    );
  });
});
