import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { users } from '@/testing/data';
import { server } from '@/testing/server';
import { choose, fill, findRefusal, renderApp } from '@/testing/test-utils';
import { rules } from '@/testing/rules';

const casesPath = '/t/jinhe/enforcement-cases';

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('tr');
  if (!row) throw new Error(`no row with ${text}`);
  return row as HTMLElement;
}

describe('enforcement cases list', () => {
  it('shows the cases with their state and deadline marks', async () => {
    renderApp(casesPath, { me: users.officer });

    expect(await screen.findByText('锦和执立〔2025〕第1号')).toBeInTheDocument();
    const overdue = rowOf('锦和执立〔2025〕第5号');
    expect(overdue).toHaveClass('case-row-overdue');
    expect(within(overdue).getByText('调查中')).toBeInTheDocument();
    expect(within(overdue).getByText('作出决定期限')).toBeInTheDocument();
    expect(within(overdue).getByText('逾期 5 天')).toBeInTheDocument();
    // due in 3 days: orange, not red
    const soon = rowOf('锦和执立〔2025〕第3号');
    expect(soon).not.toHaveClass('case-row-overdue');
    expect(soon.querySelector('[data-mark="soon"]')).not.toBeNull();
    const fined = rowOf('锦和执立〔2025〕第2号');
    expect(within(fined).getByText('罚款 ¥20,000.00')).toBeInTheDocument();
    expect(within(fined).getByText('锦和罚决字〔2025〕第1号')).toBeInTheDocument();
    expect(within(fined).getByText('缴纳罚款期限')).toBeInTheDocument();
    expect(within(fined).getByText('逾期 25 天')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /立\s*案/ })).toBeInTheDocument();
  });

  it('filters by status through the API', async () => {
    const user = userEvent.setup();
    const asked: URL[] = [];
    const listen = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/enforcement-cases')) asked.push(url);
    };
    server.events.on('request:start', listen);
    const { router } = renderApp(casesPath, { me: users.auditor });

    await screen.findByText('锦和执立〔2025〕第1号');
    // an auditor reads, and files nothing
    expect(screen.queryByRole('button', { name: /立\s*案/ })).toBeNull();
    await choose(user, '状态', '已送达');
    await waitFor(() => expect(screen.queryByText('锦和执立〔2025〕第1号')).toBeNull());
    expect(screen.getByText('锦和执立〔2025〕第2号')).toBeInTheDocument();
    expect(asked.at(-1)?.searchParams.get('status')).toBe('DELIVERED');
    expect(router.state.location.search).toContain('status=DELIVERED');
    server.events.removeListener('request:start', listen);
  });

  it('files a case with two officers and opens it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(casesPath, { me: users.officer });

    await user.click(await screen.findByRole('button', { name: /立\s*案/ }));
    const drawer = await screen.findByRole('dialog');
    await choose(user, '执法领域', '道路交通安全', drawer);
    await fill(user, within(drawer).getByLabelText('姓名'), '龙建华');
    await fill(user, within(drawer).getByLabelText('公民身份号码'), '110105194912310021');
    // a check-digit hint, not a block
    expect(await within(drawer).findByText('校验码不符，请核对号码')).toBeInTheDocument();
    await user.clear(within(drawer).getByLabelText('公民身份号码'));
    await fill(user, within(drawer).getByLabelText('公民身份号码'), '11010519491231002X');
    await fill(user, within(drawer).getByLabelText('违法事实'), '驾驶无号牌三轮摩托车上道路行驶。');
    await fill(user, within(drawer).getByLabelText('违法地点'), '锦和镇G209国道');
    await fill(user, within(drawer).getByLabelText('违法行为发生日'), '2025-06-01');
    await user.keyboard('{Enter}');
    await fill(user, within(drawer).getByLabelText('发现日期'), '2025-06-01');
    await user.keyboard('{Enter}');
    await user.click(within(drawer).getByLabelText('承办执法人员'));
    await user.click(await screen.findByTitle('杨志远（湘4312o1）'));
    // one is not enough (ENF-01)
    await user.click(within(drawer).getByRole('button', { name: /立\s*案/ }));
    expect(await within(drawer).findByText('至少选择两名执法人员')).toBeInTheDocument();
    await user.click(within(drawer).getByLabelText('承办执法人员'));
    await user.click(await screen.findByTitle('龙秀英（湘4312o2）'));
    // an expired certificate cannot be picked
    const expired = await screen.findByTitle('吴德明（执法证无效）');
    expect(expired.closest('.ant-select-item')).toHaveClass('ant-select-item-option-disabled');
    await user.click(within(drawer).getByRole('button', { name: /立\s*案/ }));

    await waitFor(() =>
      expect(router.state.location.pathname).toMatch(/\/t\/jinhe\/enforcement-cases\/c\d+$/),
    );
    expect(await screen.findByText(/已立案：锦和执立〔2025〕第\d+号/)).toBeInTheDocument();
  });

  it('shows the refusal of a filing with its rule and legal basis', async () => {
    const user = userEvent.setup();
    const { http, HttpResponse } = await import('msw');
    server.use(
      http.post('*/api/v1/townships/:township/enforcement-cases', () =>
        HttpResponse.json(
          {
            type: 'https://fazhi.gov.cn/problems/rule-violation',
            title: '违反业务规则',
            status: 422,
            detail: '违法行为在二年内未被发现的，不再给予行政处罚。',
            rule: 'ENF-12',
            legalBasis: rules['ENF-12'],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp(casesPath, { me: users.leader });

    await user.click(await screen.findByRole('button', { name: /立\s*案/ }));
    const drawer = await screen.findByRole('dialog');
    await user.click(within(drawer).getByText('单位'));
    await choose(user, '执法领域', '消防安全', drawer);
    await fill(user, within(drawer).getByLabelText('单位名称'), '麻阳锦和建材有限公司');
    await fill(user, within(drawer).getByLabelText('统一社会信用代码'), '91350100M000100Y43');
    await fill(user, within(drawer).getByLabelText('违法事实'), '占用消防车通道。');
    await fill(user, within(drawer).getByLabelText('违法地点'), '锦和镇工业园');
    await fill(user, within(drawer).getByLabelText('违法行为发生日'), '2022-01-01');
    await user.keyboard('{Enter}');
    await fill(user, within(drawer).getByLabelText('发现日期'), '2025-06-01');
    await user.keyboard('{Enter}');
    await user.click(within(drawer).getByLabelText('承办执法人员'));
    await user.click(await screen.findByTitle('杨志远（湘4312o1）'));
    await user.click(await screen.findByTitle('龙秀英（湘4312o2）'));
    await user.click(within(drawer).getByRole('button', { name: /立\s*案/ }));

    const alert = await findRefusal(drawer, '违反业务规则');
    expect(within(alert).getByText('ENF-12')).toBeInTheDocument();
    expect(within(alert).getByText(rules['ENF-12'])).toBeInTheDocument();
  });
});
