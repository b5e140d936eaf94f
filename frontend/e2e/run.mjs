// End-to-end run of the SPA against the real Keycloak and API, in Debian's Chromium.
//   1. officers: staff registers an officer, finds it, switches to English;
//   2. legality review (issue 3): staff drafts a normative document and submits it for review, the
//      reviewer approves it from the inbox, the leader issues it, and it shows on the public page
//      without a login.
//   E2E_BASE_URL (default http://localhost:5180), E2E_USER (staff), E2E_PASSWORD (Fazhi-2025),
//   E2E_REVIEWER (reviewer), E2E_LEADER (leader), E2E_TOWNSHIP (jinhe), E2E_HEADED=1 to watch it,
//   CHROMIUM_PATH (/usr/bin/chromium).
// Screenshots go to e2e/screenshots/ (git-ignored); a failure saves failure.png and exits 1.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:5180').replace(/\/$/, '');
const USER = process.env.E2E_USER ?? 'staff';
const PASSWORD = process.env.E2E_PASSWORD ?? 'Fazhi-2025';
const REVIEWER = process.env.E2E_REVIEWER ?? 'reviewer';
const LEADER = process.env.E2E_LEADER ?? 'leader';
const TOWNSHIP = process.env.E2E_TOWNSHIP ?? 'jinhe';
const STEP_TIMEOUT = 30_000;
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

const stamp = new Date()
  .toISOString()
  .replace(/[-:T.Z]/g, '')
  .slice(0, 14);
const officerName = `测试执法员-${stamp}`;
const certificateNumber = `E2E${stamp}`;
const documentTitle = `锦和镇E2E测试管理办法-${stamp}`;
const documentNumber = `锦政发〔E2E〕${stamp}号`;

let step = 'start';
const log = (message) => console.log(`[e2e] ${message}`);
const recent = [];
const remember = (line) => {
  recent.push(line);
  if (recent.length > 30) recent.shift();
};

const begin = (name) => {
  step = name;
  log(`… ${name}`);
};

async function shot(page, name) {
  // a sticky header in a scrolled full-page shot lands mid-page
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

async function run(page, browser) {
  await officers(page);
  await legalityReview(page, browser);
}

async function officers(page) {
  const snap = (name) => shot(page, name);

  begin('open the SPA, expect Keycloak login page');
  await page.goto(`${BASE_URL}/t/${TOWNSHIP}/officers`);
  await page.locator('#username').waitFor();
  await snap('01-login');

  begin(`log in as ${USER}`);
  await page.locator('#username').fill(USER);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(BASE_URL) && !url.searchParams.has('code'));

  begin('officers page of the township');
  if (!new URL(page.url()).pathname.endsWith(`/t/${TOWNSHIP}/officers`)) {
    await page.goto(`${BASE_URL}/t/${TOWNSHIP}/officers`);
  }
  await page.getByRole('heading', { name: '执法人员' }).waitFor();
  await page.locator('.ant-table-tbody').locator('tr.ant-table-row, .ant-empty').first().waitFor();
  await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached' });
  await snap('02-officers');

  begin('register an officer with a certificate');
  await page.getByRole('button', { name: '登记执法人员' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '登记执法人员' });
  await drawer.waitFor();
  await drawer.getByLabel('姓名', { exact: true }).fill(officerName);
  // on a loaded machine the first click on the option can land while the dropdown still animates:
  // check that the choice took and pick again if not
  for (let attempt = 1; ; attempt++) {
    // the Select shows its value in one element titled with it (its aria-live twin is hidden)
    const chosen = drawer.locator('.ant-select-content-has-value[title="应急"]');
    try {
      await drawer.getByLabel('所属部门', { exact: true }).click({ timeout: 5000 });
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option[title="应急"]')
        .click({ timeout: 5000 });
      await chosen.waitFor({ timeout: 5000 });
      break;
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
  await drawer.getByLabel('联系电话', { exact: true }).fill('0745-5123456');
  await drawer.getByLabel('执法证号', { exact: true }).fill(certificateNumber);
  await fillDate(page, drawer.getByLabel('发证日期', { exact: true }), '2024-01-15');
  await fillDate(page, drawer.getByLabel('有效期至', { exact: true }), '2030-01-14');
  await snap('03-drawer');
  await drawer.getByRole('button', { name: '保存' }).click();
  const saved = page.getByText(`已登记执法人员 ${officerName}`);
  const refused = drawer.locator('.ant-alert-error, .ant-form-item-explain-error');
  await saved.or(refused).first().waitFor();
  if (await refused.count()) {
    throw new Error(
      `the API refused the registration: ${(await refused.allInnerTexts()).join(' | ')}`,
    );
  }
  await drawer.waitFor({ state: 'hidden' });

  begin('find the new officer in the list');
  const search = page.getByPlaceholder('姓名、电话或证号');
  await search.fill(officerName);
  const searched = page.waitForResponse(
    (response) =>
      response.url().includes(`/townships/${TOWNSHIP}/officers?`) &&
      new URL(response.url()).searchParams.get('q') === officerName,
  );
  await search.press('Enter');
  const answer = await searched;
  if (!answer.ok()) throw new Error(`the search answered ${answer.status()}`);
  await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached' });
  const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: officerName });
  await row.waitFor();
  const rowText = await row.innerText();
  if (!rowText.includes(certificateNumber)) {
    throw new Error(`the row of ${officerName} lacks certificate ${certificateNumber}: ${rowText}`);
  }

  begin('switch to English');
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('heading', { name: 'Officers' }).waitFor();
  await page.locator('.ant-menu').getByText('Officers', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Register officer' }).waitFor();
  await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
  await snap('04-english');

  begin('back to Chinese');
  await page.getByText('中文', { exact: true }).click();
  await page.getByRole('heading', { name: '执法人员' }).waitFor();
}

async function legalityReview(page, browser) {
  const snap = (name) => shot(page, name);

  begin('staff drafts a normative document');
  await page.goto(`${BASE_URL}/t/${TOWNSHIP}/normative-documents`);
  await page.getByRole('heading', { name: '规范性文件', exact: true }).waitFor();
  await waitForTable(page);
  await snap('05-documents');
  await page.getByRole('button', { name: '新建规范性文件' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '新建规范性文件' });
  await drawer.waitFor();
  await drawer.getByLabel('标题', { exact: true }).fill(documentTitle);
  await drawer.getByLabel('制定机关', { exact: true }).fill('锦和镇人民政府');
  await drawer.getByRole('button', { name: '保存' }).click();
  await refusedOr(page, drawer, page.getByRole('heading', { name: documentTitle }));
  const documentUrl = page.url();
  log(`document ${new URL(documentUrl).pathname}`);
  await page.getByText('起草中', { exact: true }).first().waitFor();

  begin('staff submits it for legality review, naming the reviewer');
  await page.getByRole('button', { name: '提交合法性审查' }).click();
  const submit = page.getByRole('dialog').filter({ hasText: '送审材料' });
  await submit.waitFor();
  await submit.getByLabel('审查人员（用户名，可选）').fill(REVIEWER);
  await snap('06-submit-for-review');
  await submit.getByRole('button', { name: '提交审查' }).click();
  await refusedOr(page, submit, page.getByText('已提交合法性审查'));
  await page.getByText('合法性审查中', { exact: true }).first().waitFor();
  await page.getByRole('button', { name: '查看审查' }).waitFor();
  await snap('07-in-review');

  await logout(page);
  await login(page, REVIEWER);

  begin('the reviewer opens the inbox');
  await page.locator('.ant-menu').getByText('合法性审查', { exact: true }).click();
  await page.getByRole('tab', { name: '待我审查', selected: true }).waitFor();
  await waitForTable(page);
  const inboxRow = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: documentTitle });
  await inboxRow.waitFor();
  await snap('08-inbox');

  begin('the reviewer opens the review and approves it');
  await inboxRow.getByRole('link', { name: documentTitle }).click();
  await page.getByRole('heading', { name: documentTitle }).waitFor();
  const opinion = page
    .locator('.ant-card')
    .filter({ has: page.locator('.ant-card-head-title', { hasText: /^出具审查意见$/ }) });
  await opinion.waitFor();
  // submitted today: the working-day window of LR-01 has not opened, so the opinion needs a reason
  const early = opinion.getByLabel('提前出具意见的理由');
  if (await early.count()) {
    await early.fill('镇人民政府常务会议定于近日审议该文件，需提前出具审查意见');
  }
  await snap('09-review');
  await opinion.getByRole('button', { name: '提交审查意见' }).click();
  await refusedOr(page, opinion, page.getByText('已出具审查意见：通过'));
  await page.getByTestId('round-1').getByText('通过', { exact: true }).waitFor();
  await snap('10-approved');

  await logout(page);
  await login(page, LEADER);

  begin('the leader issues the document');
  await page.goto(documentUrl);
  await page.getByRole('heading', { name: documentTitle }).waitFor();
  await page.getByRole('button', { name: '印发' }).click();
  const issue = page.getByRole('dialog').filter({ hasText: '印发规范性文件' });
  await issue.waitFor();
  await issue.getByLabel('文号', { exact: true }).fill(documentNumber);
  await snap('11-issue');
  await issue.getByRole('button', { name: '印发' }).click();
  await refusedOr(page, issue, page.getByText(`已印发《${documentTitle}》`));
  await page.getByText('现行有效', { exact: true }).first().waitFor();
  await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
  await snap('12-issued');

  begin('a tour of the other pages, as the leader');
  await tour(page);

  begin('the public page lists it, without a login');
  const visitor = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    // the township's users are in China: "today" in the forms is the API's today (Asia/Shanghai)
    timezoneId: 'Asia/Shanghai',
  });
  try {
    const anonymous = await visitor.newPage();
    anonymous.setDefaultTimeout(STEP_TIMEOUT);
    const publicUrl = `${BASE_URL}/public/${TOWNSHIP}/normative-documents`;
    await anonymous.goto(publicUrl);
    await anonymous.getByRole('heading', { name: '现行有效规范性文件目录' }).waitFor();
    const publicRow = anonymous.locator('.ant-table-tbody tr.ant-table-row', {
      hasText: documentTitle,
    });
    await publicRow.waitFor();
    if (!(await publicRow.innerText()).includes(documentNumber)) {
      throw new Error(`the public row of ${documentTitle} lacks ${documentNumber}`);
    }
    if (anonymous.url() !== publicUrl) {
      throw new Error(`the public page went to ${anonymous.url()}: it must not ask for a login`);
    }
    await shot(anonymous, '20-public');
  } finally {
    await visitor.close();
  }
}

/** The other pages of issue 3, for the record: each must render its heading and data. */
async function tour(page) {
  const visit = async (path, heading, name) => {
    await page.goto(`${BASE_URL}/t/${TOWNSHIP}/${path}`);
    await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    await waitForTable(page);
    await shot(page, name);
  };
  await visit('legality-reviews?view=all', '合法性审查', '13-reviews-all');
  await visit('normative-documents', '规范性文件', '14-documents-issued');
  await visit('normative-documents/clean-ups', '规范性文件', '15-clean-ups');
  // the demo data's catalogue is of 2025
  await visit('major-decisions?year=2025', '重大行政决策', '16-decisions');
  const decision = page.locator('.ant-table-tbody tr.ant-table-row a').first();
  if (await decision.count()) {
    await decision.click();
    await page.getByLabel('决策程序').waitFor();
    await shot(page, '17-decision');
  }
  await visit('legal-advisers', '法律顾问', '18-advisers');
  const adviser = page.locator('.ant-table-tbody tr.ant-table-row a').first();
  if (await adviser.count()) {
    await adviser.click();
    await page.getByText('法律咨询记录', { exact: true }).waitFor();
    await waitForTable(page);
    await shot(page, '19-adviser');
  }
}

async function waitForTable(page) {
  await page
    .locator('.ant-table-tbody')
    .locator('tr.ant-table-row, tr.ant-table-placeholder')
    .first()
    .waitFor();
  // the loading mask may come a moment after the empty table, and fades out after the data
  await page.waitForTimeout(300);
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
  await page.waitForTimeout(400);
}

/** Waits for the sign of success, or fails with the refusal the UI shows in `scope`. */
async function refusedOr(page, scope, success) {
  const refused = scope.locator('.ant-alert-error, .ant-form-item-explain-error');
  await success.or(refused).first().waitFor();
  if (await refused.count()) {
    throw new Error(`the UI shows a refusal: ${(await refused.allInnerTexts()).join(' | ')}`);
  }
}

async function logout(page) {
  begin('log out');
  await page.getByTestId('user-menu').click();
  await page.getByText('退出登录', { exact: true }).click();
  // Keycloak asks to confirm when the logout carries no id_token_hint
  const confirm = page.locator('#kc-logout');
  await page.locator('#username').or(confirm).first().waitFor();
  if (await confirm.count()) await confirm.click();
  await page.locator('#username').waitFor();
}

async function login(page, username) {
  begin(`log in as ${username}`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(BASE_URL) && !url.searchParams.has('code'));
  await page.getByTestId('user-menu').waitFor();
}

/** Types a date into an antd DatePicker (it accepts YYYY-MM-DD) and confirms it. */
async function fillDate(page, input, isoDate) {
  await input.click();
  await input.fill(isoDate);
  await input.press('Enter');
  await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
}

async function main() {
  await mkdir(SHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: process.env.E2E_HEADED !== '1',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    // the township's users are in China: "today" in the forms is the API's today (Asia/Shanghai)
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  page.setDefaultNavigationTimeout(STEP_TIMEOUT);
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      remember(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => remember(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 400) {
      remember(`${response.request().method()} ${response.url()} → ${response.status()}`);
    }
  });
  page.on('requestfailed', (request) =>
    remember(
      `request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`,
    ),
  );

  const started = Date.now();
  try {
    await run(page, browser);
    log(
      `passed in ${((Date.now() - started) / 1000).toFixed(1)} s: registered and found ${officerName}; ` +
        `${documentTitle} reviewed, issued as ${documentNumber} and listed publicly`,
    );
    log(`screenshots in ${SHOTS}`);
  } catch (error) {
    await page.screenshot({ path: `${SHOTS}failure.png`, fullPage: true }).catch(() => {});
    console.error(
      `[e2e] FAILED at step "${step}": ${error instanceof Error ? error.message : error}`,
    );
    console.error(`[e2e] page: ${page.url()}`);
    for (const line of recent) console.error(`[e2e]   ${line}`);
    console.error(`[e2e] screenshot: ${SHOTS}failure.png`);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

await main();
