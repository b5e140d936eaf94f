// End-to-end run of the SPA against the real Keycloak and API, in Debian's Chromium.
//   E2E_BASE_URL (default http://localhost:5180), E2E_USER (staff), E2E_PASSWORD (Fazhi-2025),
//   E2E_TOWNSHIP (jinhe), E2E_HEADED=1 to watch it, CHROMIUM_PATH (/usr/bin/chromium).
// Screenshots go to e2e/screenshots/ (git-ignored); a failure saves failure.png and exits 1.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:5180').replace(/\/$/, '');
const USER = process.env.E2E_USER ?? 'staff';
const PASSWORD = process.env.E2E_PASSWORD ?? 'Fazhi-2025';
const TOWNSHIP = process.env.E2E_TOWNSHIP ?? 'jinhe';
const STEP_TIMEOUT = 30_000;
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

const stamp = new Date()
  .toISOString()
  .replace(/[-:T.Z]/g, '')
  .slice(0, 14);
const officerName = `测试执法员-${stamp}`;
const certificateNumber = `E2E${stamp}`;

let step = 'start';
const log = (message) => console.log(`[e2e] ${message}`);
const recent = [];
const remember = (line) => {
  recent.push(line);
  if (recent.length > 30) recent.shift();
};

async function run(page) {
  const shot = async (name) => {
    // a sticky header in a scrolled full-page shot lands mid-page
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
  };
  const begin = (name) => {
    step = name;
    log(`… ${name}`);
  };

  begin('open the SPA, expect Keycloak login page');
  await page.goto(`${BASE_URL}/t/${TOWNSHIP}/officers`);
  await page.locator('#username').waitFor();
  await shot('01-login');

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
  await shot('02-officers');

  begin('register an officer with a certificate');
  await page.getByRole('button', { name: '登记执法人员' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '登记执法人员' });
  await drawer.waitFor();
  await drawer.getByLabel('姓名', { exact: true }).fill(officerName);
  // on a loaded machine the first click on the option can land while the dropdown still animates:
  // check that the choice took and pick again if not
  for (let attempt = 1; ; attempt++) {
    await drawer.getByLabel('所属部门', { exact: true }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option[title="应急"]')
      .click();
    const chosen = drawer.locator('.ant-select-selection-item[title="应急"]');
    try {
      await chosen.waitFor({ timeout: 5000 });
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  await drawer.getByLabel('联系电话', { exact: true }).fill('0745-5123456');
  await drawer.getByLabel('执法证号', { exact: true }).fill(certificateNumber);
  await fillDate(page, drawer.getByLabel('发证日期', { exact: true }), '2024-01-15');
  await fillDate(page, drawer.getByLabel('有效期至', { exact: true }), '2030-01-14');
  await shot('03-drawer');
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
  await shot('04-english');
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
    await run(page);
    log(
      `passed in ${((Date.now() - started) / 1000).toFixed(1)} s: registered and found ${officerName}`,
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
