// The coordinators' dashboard as a coordinator meets it, in a real Chromium, against the running demo: the first
// view's time, the seeds' figures in both languages, a province tile that filters the page, the registry and partner
// panels per province and year, the URL that restores the view, answers revalidated from the aggregates' answer cache
// (304), a CSV download equal to its table, no console errors and no serious or critical axe-core findings.
// With --partner-stopped, the base URL is an aid-project-service whose partner-service is not running: that panel
// names it, the aid panels keep working.
// Usage: node .ci/dashboard.mjs <base url of aid-project-service> <screenshot directory> <path of axe.min.js> [--partner-stopped]
import { launchChromium } from './browser.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const [base, shots, axePath, mode] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await launchChromium();
const failures = [];
const check = (what, ok, detail = '') => {
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${what}${detail ? ': ' + detail : ''}`);
  if (!ok) failures.push(what);
};

async function open(query) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  const errors = [];
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', e => errors.push(e.message));
  const started = Date.now();
  await page.goto(`${base}/dashboard/${query}`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 30000 });
  // the page marks its first view (the overview's figures drawn) on the browser's clock, from navigation start
  const firstView = await page.evaluate(() => Math.round(performance.getEntriesByName('first-view')[0]?.startTime ?? NaN));
  return { page, errors, firstView, millis: Date.now() - started };
}

const figure = (page, key) => page.locator(`#overview [data-figure=${key}] dd`).innerText();
const rowOf = (page, section, text) => page.locator(`#${section} tbody tr`, { hasText: text }).first().locator('td');

try {
  if (mode === '--partner-stopped') {
    const { page } = await open('?province=22');
    const partnerStatus = await page.locator('#partner .status').innerText();
    check('a stopped partner-service is named in its panel', /partner-service: dịch vụ không trả lời/.test(partnerStatus), partnerStatus);
    check('the aid panels still answer', (await figure(page, 'projects')) === '10');
    check('the registry panel still answers', (await page.locator('#registry tbody tr').count()) === 1);
    await page.screenshot({ path: `${shots}/dashboard-partner-stopped.png`, fullPage: true });
    await page.close();
  } else {
    await everything();
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(`${failures.length} dashboard check(s) failed`);
  process.exit(1);
}

async function everything() {
  // the first view: a first visit (a fresh profile, nothing cached) once to warm the services, then five measured
  const views = [];
  for (let i = 0; i < 6; i++) {
    const { page, firstView, millis } = await open('?province=22');
    if (i > 0) views.push({ firstView, everyPanel: millis });
    await page.close();
  }
  const median = key => views.map(v => v[key]).sort((a, b) => a - b)[2];
  writeFileSync(`${shots}/first-view.json`, JSON.stringify(views, null, 2));
  check('first view under one second (median of five first visits, from navigation start to the overview drawn)',
    median('firstView') < 1000, `${median('firstView')} ms; every panel drawn ${median('everyPanel')} ms (wall clock)`);

  // Quảng Ninh: 10 projects, 8 approved by the province and 2 centrally, about 1.6 million USD committed
  let { page, errors } = await open('?province=22');
  check('Quảng Ninh: 10 projects', (await figure(page, 'projects')) === '10');
  const committed = await figure(page, 'committed');
  check('Quảng Ninh: about 1.6 million USD, Vietnamese grouping', /^1\.6\d\d\.\d{3},\d{2} USD$/.test(committed), committed);
  const provincial = await rowOf(page, 'by-approvalLevel', 'UBND tỉnh').nth(4).innerText();
  const central = await rowOf(page, 'by-approvalLevel', 'Trung ương').nth(4).innerText();
  check('Quảng Ninh: 8 provincial, 2 central', provincial === '8' && central === '2', `${provincial}, ${central}`);
  check('a code reused after the merger is named for its vintage (15: Yên Bái until 2025)',
    (await page.locator('.tiles button[data-province="15"]').innerText()) === 'Yên Bái');
  check('the tile of Quảng Ninh is pressed', (await page.locator('.tiles button[data-province="22"]').getAttribute('aria-pressed')) === 'true');
  // the registry's province × year table: the seeds' 31 active NGOs in 2019 and 20 in 2020
  const years = await page.locator('#registry thead th').allTextContents();
  const quangNinh = await page.locator('#registry tbody tr', { hasText: 'Quảng Ninh' }).locator('td').allTextContents();
  check('registry: Quảng Ninh had 31 active NGOs in 2019 and 20 in 2020',
    quangNinh[years.indexOf('2019')] === '31' && quangNinh[years.indexOf('2020')] === '20', `${quangNinh[years.indexOf('2019')]}, ${quangNinh[years.indexOf('2020')]}`);
  // partner-service per province, year and direction: Quảng Ninh's 8 twinnings, the answer's total
  const heads = await page.locator('#partner thead th').allTextContents();
  const partnerTotals = await page.locator('#partner tfoot td').allTextContents();
  check('partner: Quảng Ninh\'s 8 twinnings in the total row', partnerTotals[heads.indexOf('Kết nghĩa')] === '8', partnerTotals.join(' | '));
  const axis = await page.locator('#provinces .chart svg text').allTextContents();
  check('chart axes written the Vietnamese way', axis.some(a => /^\d{1,3}(\.\d{3})+$/.test(a)) && !axis.some(a => /\d,\d{3}/.test(a)), axis.join(' '));
  await page.screenshot({ path: `${shots}/dashboard-vi.png`, fullPage: true });

  // the language switch: labels and number format
  await page.click('#language');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForSelector('body[data-ready=true]');
  const english = await figure(page, 'committed');
  check('English: comma grouping, same figure', english === committed.replace(/\./g, '#').replace(',', '.').replace(/#/g, ','), english);
  check('English labels', (await page.locator('#overview-title').innerText()) === 'Overview'
    && (await rowOf(page, 'by-approvalLevel', 'provincial').count()) > 0);
  check('the language is in the URL', page.url().includes('lang=en'));
  await page.screenshot({ path: `${shots}/dashboard-en.png`, fullPage: true });

  // a CSV download is the table it stands under
  const href = await page.locator('#by-approvalLevel a.csv').getAttribute('href');
  const csv = await page.evaluate(async url => (await fetch(url)).text(), href);
  const lines = csv.trim().split(/\r?\n/);
  const tableRows = await page.locator('#by-approvalLevel tbody tr').count();
  check('CSV: one line per table row', lines.length - 1 === tableRows, `${lines.length - 1} lines, ${tableRows} rows`);
  check('CSV: the same project counts', lines.slice(1).some(l => l.startsWith('PROVINCIAL,') && l.includes(',8,')), lines[1]);

  const partnerHref = await page.locator('#partner a.csv').getAttribute('href');
  const partnerCsv = (await page.evaluate(async url => (await fetch(url)).text(), partnerHref)).trim().split(/\r?\n/);
  const partnerRows = await page.locator('#partner tbody tr').count();
  check('partner CSV: one line per table row', partnerCsv.length - 1 === partnerRows, `${partnerCsv.length - 1} lines, ${partnerRows} rows`);

  // the URL restores the view; the aggregates asked again are revalidated: 304 from the answer cache
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const asked = new Map();
  const answered = new Map();
  cdp.on('Network.requestWillBeSent', e => { if (e.request.url.includes('/api/v1/aggregates?')) asked.set(e.requestId, e.request.url); });
  cdp.on('Network.responseReceivedExtraInfo', e => answered.set(e.requestId, e.statusCode));
  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  check('reload keeps the view', (await figure(page, 'projects')) === '10' && (await figure(page, 'committed')) === english);
  const statuses = [...asked.keys()].map(id => answered.get(id));
  check('the aggregates asked again are 304 (If-None-Match, answer cache)', statuses.length >= 8 && statuses.every(s => s === 304),
    `${statuses.length} asked: ${statuses.join(', ')}`);
  check('no console errors', errors.length === 0, errors.join(' | '));

  // axe-core on the whole page
  await page.addScriptTag({ content: readFileSync(axePath, 'utf8') });
  const findings = await page.evaluate(async () => (await axe.run(document)).violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id} (${v.nodes.length})`));
  check('axe-core: no serious or critical findings', findings.length === 0, findings.join(', '));
  await page.close();

  // Lạng Sơn 2006–2010 in VND: 84 projects, over 153 billion committed; clicking a tile filters every panel (a tile
  // clicked before, whose answers are still on their way, is not drawn)
  ({ page, errors } = await open('?from=2006&to=2010&currency=VND'));
  await page.click('.tiles button[data-province="22"]');
  await page.click('.tiles button[data-province="20"]');
  await page.waitForFunction(() => location.search.includes('province=20'));
  await page.waitForSelector('body[data-ready=true]');
  check('Lạng Sơn 2006–2010: 84 projects after a click on its tile', (await figure(page, 'projects')) === '84');
  const vnd = await figure(page, 'committed');
  check('Lạng Sơn 2006–2010: over 153 billion VND', Number(vnd.replace(/\D/g, '')) > 153e9, vnd);
  check('the other panels follow the tile', (await page.locator('#by-year tbody tr').count()) > 0
    && !(await page.locator('#by-year tbody').innerText()).includes('2011'));
  check('the registry and partner panels follow the tile', (await page.locator('#registry tbody tr').count()) === 1
    && (await page.locator('#partner tbody tr').allTextContents()).every(r => r.startsWith('Lạng Sơn')));
  check('no console errors (Lạng Sơn)', errors.length === 0, errors.join(' | '));
  await page.selectOption('select[name=vintage]', 'CURRENT');
  await page.waitForFunction(() => location.search.includes('vintage=CURRENT'));
  await page.waitForSelector('body[data-ready=true]');
  check('34 tiles from 1 July 2025, 15 named Lào Cai', (await page.locator('.tiles button[data-province="15"]').innerText()) === 'Lào Cai');
  await page.close();

  // years the wrong way round: each panel says why the service refused, in its place
  ({ page } = await open('?from=2030&to=2010&lang=en'));
  const refusal = await page.locator('#overview .status').innerText();
  check('a refused question says why', refusal === 'aid-project-service refused the question: fromYear: must not be after toYear.', refusal);
  await page.close();
}
