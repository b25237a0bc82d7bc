// Swagger UI as a developer meets it, in a real Chromium: authorize with a development token, then "Try it out →
// Execute" on the project list and on the registry statistics, whose description promises figures of the demo data.
// Usage: node .ci/swagger-ui.mjs <token> <screenshot directory>; exits 1 on the first check that fails.
import { launchChromium } from './browser.mjs';
import { mkdirSync } from 'node:fs';

const [token, shots] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await launchChromium();
const failures = [];
const errors = [];

async function tryOperation(port, tag, operationId, fill, check) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('console', m => { if (m.type() === 'error') errors.push(`${port}: ${m.text()}`); });
  await page.goto(`http://127.0.0.1:${port}/q/swagger-ui/`, { waitUntil: 'networkidle' });
  await page.click('button.authorize');
  await page.fill('.modal-ux input[type=text], .modal-ux input[type=password]', token);
  await page.click('.modal-ux button.authorize');
  await page.click('.modal-ux button.btn-done');
  const operation = page.locator(`#operations-${tag}-${operationId}`);
  await operation.locator('.opblock-summary').click();
  await operation.locator('button.try-out__btn').click();
  for (const [name, value] of Object.entries(fill)) {
    const row = operation.locator(`tr[data-param-name="${name}"]`);
    if (Array.isArray(value)) {
      // an array parameter (groupBy): one "Add string item" per value
      for (const [i, item] of value.entries()) {
        await row.locator('button.json-schema-form-item-add').click();
        await row.locator('input').nth(i).fill(item);
      }
    } else {
      await row.locator('input').fill(value);
    }
  }
  await operation.locator('button.execute').click();
  const status = operation.locator('.live-responses-table .response .response-col_status').first();
  await status.waitFor({ timeout: 15000 });
  const code = (await status.innerText()).trim();
  const body = await operation.locator('.live-responses-table .response-col_description pre').first().innerText();
  await page.screenshot({ path: `${shots}/${port}-${operationId}.png`, fullPage: false });
  let answer;
  try { answer = JSON.parse(body); } catch { answer = null; }
  const problem = code !== '200' ? `status ${code}` : check(answer);
  console.log(`${port} ${operationId}: ${code} ${problem ? 'FAILED: ' + problem : 'ok'}`);
  if (problem) failures.push(`${port} ${operationId}: ${problem}: ${body.slice(0, 300)}`);
  await page.close();
}

try {
  await tryOperation(8082, 'Projects', 'listProjects', {},
    a => a && a.totalItems > 0 && a.items.length > 0 ? null : 'an empty page on the first Execute');
  await tryOperation(8081, 'Statistics', 'getRegistrationStatistics', { groupBy: ['province', 'year'], province: '22' },
    a => {
      const of = year => a && a.rows.find(r => r.province === '22' && r.year === year)?.organizations;
      return of(2019) === 31 && of(2020) === 20 ? null : `2019: ${of(2019)}, 2020: ${of(2020)}; the description promises 31 and 20`;
    });
} finally {
  await browser.close();
}
if (errors.length) failures.push(...errors.map(e => 'console error ' + e));
if (failures.length) {
  console.log(failures.join('\n'));
  process.exit(1);
}
