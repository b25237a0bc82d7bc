// The coordinators' dashboard: every figure is read from the services' public aggregates and statistics and shown as
// answered (same rounding, same totals); every filter lives in the URL. No framework, no build step.
import { TILES } from './tiles.js';

const TEXT = {
  vi: {
    title: 'Viện trợ phi chính phủ nước ngoài theo tỉnh', fromYear: 'Từ năm', toYear: 'Đến năm', currency: 'Tiền tệ',
    vintage: 'Địa giới', recorded: 'Mã tỉnh như đã ghi (63 tỉnh)', current: '34 đơn vị từ 01/7/2025', province: 'Tỉnh',
    allProvinces: 'Tất cả các tỉnh', otherLanguage: 'English', overview: 'Tổng quan', ratesUsed: 'Tỷ giá đã dùng',
    byProvince: 'Theo tỉnh', colourBy: 'Tô màu theo', committed: 'Cam kết', disbursed: 'Giải ngân',
    disbursementRate: 'Tỷ lệ giải ngân', projects: 'Dự án', organizations: 'Nhà tài trợ', tileMap: 'Bản đồ ô các tỉnh',
    byYear: 'Theo năm', bySector: 'Theo lĩnh vực', byDonorCountry: 'Theo quốc gia nhà tài trợ', byModality: 'Theo phương thức',
    byApprovalLevel: 'Theo cấp phê duyệt', byDonorType: 'Theo loại nhà tài trợ', total: 'Tổng', year: 'Năm',
    unitsPerUsd: 'Đơn vị / USD', csv: 'Tải CSV', loading: 'Đang tải…', empty: 'Không có số liệu cho bộ lọc này.',
    down: 'Không đọc được {service}: {reason}. Các phần khác vẫn hoạt động.', noAnswer: 'dịch vụ không trả lời',
    refused: '{service} từ chối yêu cầu: {reason}.', noRates: 'Không cần quy đổi.',
    registry: 'Tổ chức phi chính phủ nước ngoài đang hoạt động, theo tỉnh và năm', partner: 'Quan hệ đối ngoại của các tỉnh, theo tỉnh và năm',
    localities: 'Địa phương đối tác', partnerships: 'Quan hệ đối tác', agreements: 'Thỏa thuận', twinnings: 'Kết nghĩa',
    exchanges: 'Đoàn ra, đoàn vào', participants: 'Lượt người', INBOUND: 'Đoàn vào', OUTBOUND: 'Đoàn ra',
    direction: 'Hướng',
  },
  en: {
    title: 'Foreign NGO aid by province', fromYear: 'From year', toYear: 'To year', currency: 'Currency',
    vintage: 'Provinces', recorded: 'Codes as recorded (63 provinces)', current: '34 units from 1 July 2025', province: 'Province',
    allProvinces: 'All provinces', otherLanguage: 'Tiếng Việt', overview: 'Overview', ratesUsed: 'Exchange rates used',
    byProvince: 'By province', colourBy: 'Colour by', committed: 'Committed', disbursed: 'Disbursed',
    disbursementRate: 'Disbursement rate', projects: 'Projects', organizations: 'Donors', tileMap: 'Tile map of the provinces',
    byYear: 'By year', bySector: 'By sector', byDonorCountry: 'By donor country', byModality: 'By modality',
    byApprovalLevel: 'By approval level', byDonorType: 'By donor type', total: 'Total', year: 'Year',
    unitsPerUsd: 'Units per USD', csv: 'Download CSV', loading: 'Loading…', empty: 'No figures for these filters.',
    down: '{service} could not be read: {reason}. The rest of the page keeps working.', noAnswer: 'it does not answer',
    refused: '{service} refused the question: {reason}.', noRates: 'No conversion was needed.',
    registry: 'Foreign NGOs with an active registration, by province and year', partner: 'Provinces\' foreign relations, by province and year',
    localities: 'Partner localities', partnerships: 'Partnerships', agreements: 'Agreements', twinnings: 'Twinnings',
    exchanges: 'Delegations', participants: 'Participants', INBOUND: 'Inbound', OUTBOUND: 'Outbound',
    direction: 'Direction',
  },
};

/** The breakdowns of the aggregates, each a chart with its table: groupBy dimension, heading, where its labels come from. */
const BREAKDOWNS = [
  { dimension: 'year', heading: 'byYear' },
  { dimension: 'sector', heading: 'bySector', labels: 'sectors' },
  { dimension: 'donorCountry', heading: 'byDonorCountry', labels: 'countries' },
  { dimension: 'modality', heading: 'byModality', labels: 'Modality' },
  { dimension: 'approvalLevel', heading: 'byApprovalLevel', labels: 'ApprovalLevel' },
  { dimension: 'donorType', heading: 'byDonorType', labels: 'DonorType' },
];
const PARTNER_FIGURES = ['localities', 'partnerships', 'agreements', 'twinnings', 'exchanges', 'participants'];
const COLOURS = ['#eef3f8', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

const state = readState();
// what the panels need besides their own answer, asked once at the start and in parallel with the panels' answers
let servicesReady;
let labelsReady;
let labels = { sectors: {}, countries: {}, provinces: { RECORDED: {}, CURRENT: {} }, enums: {} };
const charts = new Map();

function readState() {
  const q = new URLSearchParams(location.search);
  return {
    lang: q.get('lang') === 'en' ? 'en' : 'vi',
    from: q.get('from') || '', to: q.get('to') || '',
    currency: q.get('currency') === 'VND' ? 'VND' : 'USD',
    vintage: q.get('vintage') === 'CURRENT' ? 'CURRENT' : 'RECORDED',
    province: q.get('province') || '',
    measure: q.get('measure') === 'disbursed' ? 'disbursed' : 'committed',
  };
}

function writeState() {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) {
    const isDefault = { lang: 'vi', currency: 'USD', vintage: 'RECORDED', measure: 'committed' }[key] === value;
    if (value && !isDefault) q.set(key, value);
  }
  history.replaceState(null, '', q.toString() ? `?${q}` : location.pathname);
}

const t = key => TEXT[state.lang][key] ?? key;
const locale = () => (state.lang === 'vi' ? 'vi-VN' : 'en-US');
const digits = () => (state.currency === 'VND' ? 0 : 2);
const count = n => new Intl.NumberFormat(locale()).format(n);
const money = n => (n == null ? '–' : new Intl.NumberFormat(locale(), { minimumFractionDigits: digits(), maximumFractionDigits: digits() }).format(n));
const percent = r => (r == null ? '–' : new Intl.NumberFormat(locale(), { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(r));

function label(kind, code) {
  if (code == null) return '–';
  if (kind === 'sectors' || kind === 'countries') {
    const item = labels[kind][code];
    return item ? `${code} ${state.lang === 'vi' ? item.localName || item.name : item.name}` : code;
  }
  if (kind === 'provinces') return `${provinceName(code)} (${code})`;
  const value = labels.enums[kind]?.[code];
  return value ? (state.lang === 'vi' ? value.vietnamese : value.english) : code;
}

/** The panels' questions of the latest refresh: a new refresh cancels the unanswered ones, so no late answer is drawn. */
let asked = new AbortController();
let refreshing = 0;

async function json(url, signal = asked.signal) {
  // revalidated every time: an unchanged answer is a 304 from the services' answer cache, a changed one is new
  const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-cache', signal }).catch(e => {
    throw e.name === 'AbortError' ? e : new Error(t('noAnswer'));
  });
  if (!response.ok) {
    // a refused question (years the wrong way round, say) is a problem+json whose detail says why
    const problem = await response.json().catch(() => ({}));
    throw Object.assign(new Error(problem.detail || problem.title || `HTTP ${response.status}`), { refused: response.status < 500 });
  }
  return response.json();
}

async function allPages(base, path) {
  // the labels serve every refresh: never cancelled
  const first = await json(`${base}${path}?size=200&page=0`, null);
  const rest = await Promise.all(Array.from({ length: first.totalPages - 1 }, (_, i) => json(`${base}${path}?size=200&page=${i + 1}`, null)));
  return [first, ...rest].flatMap(page => page.items);
}

async function loadLabels() {
  const [sectors, countries, provinces, enums] = await Promise.all([allPages('', '/api/v1/reference/sectors'),
    allPages('', '/api/v1/reference/countries'), allPages('', '/api/v1/reference/provinces'), json('/api/v1/reference/enums', null)]);
  sectors.forEach(s => { labels.sectors[s.code] = s; });
  countries.forEach(c => { labels.countries[c.code] = c; });
  // a code may name another unit after 1 July 2025 (15: Yên Bái, then Lào Cai): names per vintage
  provinces.forEach(p => { labels.provinces[p.validFrom ? 'CURRENT' : 'RECORDED'][p.code] = p.name; });
  enums.forEach(e => { labels.enums[e.name] = Object.fromEntries(e.values.map(v => [v.code, v])); });
  labels.provinceList = provinces;
}

/** A query with the filters every panel shares (years, province) and its own parameters. */
function filterQuery(own) {
  const q = new URLSearchParams(own);
  if (state.from) q.set('fromYear', state.from);
  if (state.to) q.set('toYear', state.to);
  if (state.province) q.set('province', state.province);
  return q;
}

/** The aggregates' query: the shared filters, the currency and the province vintage. */
const aggregatesQuery = (extra = {}) => filterQuery({ currency: state.currency, provinceVintage: state.vintage, ...extra });

/** A province's name in the vintage shown (a code recorded after the merger may only have a current name). */
const provinceName = code => labels.provinces[state.vintage][code]
  ?? labels.provinces[state.vintage === 'CURRENT' ? 'RECORDED' : 'CURRENT'][code] ?? code;

const aggregatesUrl = groupBy => `/api/v1/aggregates?${aggregatesQuery(groupBy ? { groupBy } : {})}`;

function status(section, message) {
  section.querySelector('.status').textContent = message || '';
}

/** Runs one panel: a service that fails or answers nothing says so in the panel, the others go on. */
async function panel(section, service, work) {
  status(section, t('loading'));
  try {
    await work();
    status(section, '');
  } catch (e) {
    if (e.name === 'AbortError') return;
    status(section, t(e.refused ? 'refused' : 'down').replace('{service}', service).replace('{reason}', e.message));
  }
}

function table(container, columns, rows, totals, csvUrl) {
  const head = columns.map(c => `<th scope="col" class="${c.numeric ? 'n' : ''}">${c.title}</th>`).join('');
  const body = rows.map(r => `<tr>${columns.map(c => `<td class="${c.numeric ? 'n' : ''}">${c.show(r)}</td>`).join('')}</tr>`).join('');
  const foot = totals ? `<tfoot><tr>${columns.map((c, i) => `<td class="${c.numeric ? 'n' : ''}">${i === 0 ? t('total') : c.total ? c.show(totals) : ''}</td>`).join('')}</tr></tfoot>` : '';
  container.innerHTML = (csvUrl ? `<a class="csv" href="${csvUrl}" download>${t('csv')}</a>` : '')
    + `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody>${foot}</table>`;
}

/** The chart library, read on the first chart: the overview and the tile map need none and come first. */
let echartsReady;
function loadEcharts() {
  echartsReady ??= new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: '/webjars/echarts/5.3.1/dist/echarts.min.js' });
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => reject(new Error('the chart library could not be loaded')));
    document.head.append(script);
  });
  return echartsReady;
}

async function chart(container, option) {
  await loadEcharts();
  let instance = charts.get(container);
  if (!instance) {
    instance = echarts.init(container, null, { renderer: 'svg' });
    charts.set(container, instance);
  }
  // long category names (sectors, approval levels) are cut to the axis' width, the table beneath has them whole;
  // figures are written as the language writes them (3.000.000 / 3,000,000)
  const figures = new Intl.NumberFormat(locale());
  for (const axis of [option.xAxis, option.yAxis]) {
    axis.axisLabel = axis.type === 'category' ? { width: 150, overflow: 'truncate' } : { formatter: v => figures.format(v) };
  }
  instance.setOption({ animation: false, tooltip: { trigger: 'axis', valueFormatter: v => (v == null ? '–' : figures.format(v)) },
    grid: { left: 10, right: 40, top: 30, bottom: 10, containLabel: true }, ...option }, true);
}

/** The aggregates' figures as table columns, in the language and currency of the moment. */
const moneyColumns = () => [
  { title: `${t('committed')} (${state.currency})`, key: 'committed', format: money },
  { title: `${t('disbursed')} (${state.currency})`, key: 'disbursed', format: money },
  { title: t('disbursementRate'), key: 'disbursementRate', format: percent },
  { title: t('projects'), key: 'projects', format: count },
  { title: t('organizations'), key: 'organizations', format: count },
].map(c => ({ title: c.title, numeric: true, total: true, show: r => c.format(r[c.key]) }));

async function overview() {
  const section = document.getElementById('overview');
  await panel(section, 'aid-project-service', async () => {
    const answer = await json(aggregatesUrl());
    const totals = answer.totals;
    section.querySelector('.figures').innerHTML = [
      ['committed', money(totals.committed) + ' ' + answer.currency], ['disbursed', money(totals.disbursed) + ' ' + answer.currency],
      ['disbursementRate', percent(totals.disbursementRate)], ['projects', count(totals.projects)], ['organizations', count(totals.organizations)],
    ].map(([key, value]) => `<div data-figure="${key}"><dt>${t(key)}</dt><dd>${value}</dd></div>`).join('');
    const rates = section.querySelector('.rates table');
    rates.innerHTML = answer.ratesUsed.length
      ? `<thead><tr><th scope="col">${t('year')}</th><th scope="col">${t('currency')}</th><th scope="col" class="n">${t('unitsPerUsd')}</th></tr></thead><tbody>`
        + answer.ratesUsed.map(r => `<tr><td>${r.year}</td><td>${r.currency}</td><td class="n">${new Intl.NumberFormat(locale(), { maximumFractionDigits: 6 }).format(r.unitsPerUsd)}</td></tr>`).join('') + '</tbody>'
      : `<caption>${t('noRates')}</caption>`;
    // the first view, for the browser test's timing and for anyone measuring in the browser's tools
    if (!performance.getEntriesByName('first-view').length) performance.mark('first-view');
  });
}

async function provinces() {
  const section = document.getElementById('provinces');
  await panel(section, 'aid-project-service', async () => {
    // the map shows every province whatever the province filter, so that another can be chosen
    const q = aggregatesQuery({ groupBy: 'province' });
    q.delete('province');
    const answer = await json(`/api/v1/aggregates?${q}`);
    await labelsReady;
    const byCode = Object.fromEntries(answer.rows.map(r => [r.province, r]));
    const values = answer.rows.map(r => r[state.measure] || 0);
    const max = Math.max(1, ...values);
    const step = v => (v ? Math.min(COLOURS.length - 1, 1 + Math.floor((v / max) * (COLOURS.length - 1))) : 0);
    const tiles = section.querySelector('.tiles');
    tiles.setAttribute('aria-label', t('tileMap'));
    tiles.innerHTML = Object.entries(TILES[state.vintage]).map(([code, [column, row]]) => {
      const figure = byCode[code]?.[state.measure] || 0;
      const name = provinceName(code);
      const colour = COLOURS[step(figure)];
      const dark = step(figure) >= 4;
      return `<button type="button" data-province="${code}" aria-pressed="${state.province === code}"
        style="grid-column:${column + 1};grid-row:${row + 1};background:${colour};color:${dark ? '#fff' : '#000'}"
        title="${name}: ${money(figure)} ${answer.currency}" aria-label="${name}: ${t(state.measure)} ${money(figure)} ${answer.currency}">${name}</button>`;
    }).join('');
    tiles.querySelectorAll('button').forEach(b => b.addEventListener('click', () => {
      state.province = state.province === b.dataset.province ? '' : b.dataset.province;
      refresh();
    }));
    section.querySelector('.legend').innerHTML = COLOURS.map((c, i) => {
      const from = i === 0 ? 0 : ((i - 1) / (COLOURS.length - 1)) * max;
      return `<span style="background:${c}" title="≥ ${money(from)}"></span>${i === 0 || i === COLOURS.length - 1 ? `<small>${i === 0 ? '0' : money(max)}</small>` : ''}`;
    }).join('') + ` ${answer.currency}`;
    const rows = [...answer.rows].sort((a, b) => (b[state.measure] || 0) - (a[state.measure] || 0));
    await chart(section.querySelector('.chart'), {
      yAxis: { type: 'category', inverse: true, data: rows.map(r => provinceName(r.province)) },
      xAxis: { type: 'value' },
      series: [{ type: 'bar', name: t(state.measure), data: rows.map(r => r[state.measure]) }],
    });
    table(section.querySelector('.table'), [{ title: t('province'), show: r => label('provinces', r.province) }, ...moneyColumns()],
      rows, answer.totals, `/api/v1/aggregates?${q}&format=csv`);
  });
}

function breakdownSections() {
  const container = document.querySelector('.panels');
  if (container.children.length) return;
  container.innerHTML = BREAKDOWNS.map(b => `<section id="by-${b.dimension}" aria-labelledby="by-${b.dimension}-title">
      <h2 id="by-${b.dimension}-title" data-text="${b.heading}"></h2><div class="status" role="status"></div>
      <div class="chart" aria-hidden="true"></div><div class="table"></div></section>`).join('');
}

async function breakdown(b) {
  const section = document.getElementById(`by-${b.dimension}`);
  await panel(section, 'aid-project-service', async () => {
    const answer = await json(aggregatesUrl(b.dimension));
    await labelsReady;
    const name = r => (b.labels ? label(b.labels, r[b.dimension]) : String(r[b.dimension]));
    const rows = b.dimension === 'year' ? answer.rows : [...answer.rows].sort((x, y) => (y.committed || 0) - (x.committed || 0));
    await chart(section.querySelector('.chart'), {
      legend: { data: [t('committed'), t('disbursed')] },
      xAxis: b.dimension === 'year' ? { type: 'category', data: rows.map(name) } : { type: 'value' },
      yAxis: b.dimension === 'year' ? { type: 'value' } : { type: 'category', inverse: true, data: rows.map(name) },
      series: ['committed', 'disbursed'].map(key => ({ type: 'bar', name: t(key), data: rows.map(r => r[key]) })),
    });
    table(section.querySelector('.table'), [{ title: t(b.dimension === 'year' ? 'year' : b.heading), show: name }, ...moneyColumns()],
      rows, answer.totals, `${aggregatesUrl(b.dimension)}&format=csv`);
  });
  if (!section.querySelector('tbody')?.children.length && !section.querySelector('.status').textContent) status(section, t('empty'));
}

/**
 * Active foreign NGOs per province and year: one row per province, one column per year, and the totals of the
 * registry's own answers per province, per year and overall (an organization active in several years or provinces
 * counts once in a total, so the totals are asked for, never added up). The chart shows the years' answer.
 */
async function registry() {
  const section = document.getElementById('registry');
  await panel(section, 'ngo-registry-service', async () => {
    const base = `${(await servicesReady).registry}/api/v1/statistics/registrations`;
    const url = groupBy => `${base}?${filterQuery({ groupBy, provinceVintage: state.vintage })}`;
    const [cells, byProvince, byYear] = await Promise.all(['province,year', 'province', 'year'].map(g => json(url(g))));
    await labelsReady;
    await chart(section.querySelector('.chart'), {
      xAxis: { type: 'category', data: byYear.rows.map(r => String(r.year)) }, yAxis: { type: 'value' },
      series: [{ type: 'bar', name: t('organizations'), data: byYear.rows.map(r => r.organizations) }],
    });
    const cell = new Map(cells.rows.map(r => [`${r.province} ${r.year}`, r.organizations]));
    const shown = v => (v == null ? '' : count(v));
    const rows = byProvince.rows.map(p => ({ province: p.province, total: p.organizations,
      years: Object.fromEntries(byYear.rows.map(y => [y.year, cell.get(`${p.province} ${y.year}`)])) }));
    const totals = { total: byYear.totals.organizations, years: Object.fromEntries(byYear.rows.map(y => [y.year, y.organizations])) };
    table(section.querySelector('.table'), [{ title: t('province'), show: r => label('provinces', r.province) },
      ...byYear.rows.map(y => ({ title: y.year, numeric: true, total: true, show: r => shown(r.years[y.year]) })),
      { title: t('total'), numeric: true, total: true, show: r => shown(r.total) }], rows, totals, `${url('province,year')}&format=csv`);
  });
}

/** The provinces' foreign relations per province, year and direction; the chart shows the delegations per year. */
async function partner() {
  const section = document.getElementById('partner');
  await panel(section, 'partner-service', async () => {
    const base = `${(await servicesReady).partner}/api/v1/statistics`;
    const url = groupBy => `${base}?${filterQuery({ groupBy })}`;
    const [byYear, answer] = await Promise.all([json(url('year,direction')), json(url('province,year,direction'))]);
    await labelsReady;
    const years = [...new Set(byYear.rows.map(r => r.year))].sort();
    const of = (direction, key) => years.map(y => byYear.rows.find(r => r.year === y && r.direction === direction)?.[key] ?? 0);
    await chart(section.querySelector('.chart'), {
      legend: { data: [t('INBOUND'), t('OUTBOUND')] },
      xAxis: { type: 'category', data: years.map(String) }, yAxis: { type: 'value' },
      series: ['INBOUND', 'OUTBOUND'].map(d => ({ type: 'bar', name: t(d), data: of(d, 'exchanges') })),
    });
    table(section.querySelector('.table'), [{ title: t('province'), show: r => label('provinces', r.province) },
      { title: t('year'), show: r => r.year ?? '–' },
      { title: t('direction'), show: r => (r.direction ? t(r.direction) : '–') },
      ...PARTNER_FIGURES.map(key => ({ title: t(key), numeric: true, total: true, show: r => count(r[key]) }))],
    answer.rows, answer.totals, `${url('province,year,direction')}&format=csv`);
  });
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = t('title');
  document.querySelectorAll('[data-text]').forEach(e => { e.textContent = t(e.dataset.text); });
}

function syncForm() {
  const form = document.getElementById('filters');
  form.from.value = state.from;
  form.to.value = state.to;
  form.currency.value = state.currency;
  form.vintage.value = state.vintage;
  const select = form.province;
  const inForce = (labels.provinceList || []).filter(p => (state.vintage === 'CURRENT' ? p.validFrom : !p.validFrom));
  select.innerHTML = `<option value="">${t('allProvinces')}</option>`
    + inForce.map(p => `<option value="${p.code}">${p.name} (${p.code})</option>`).join('');
  select.value = state.province;
  document.querySelectorAll('input[name=measure]').forEach(r => { r.checked = r.value === state.measure; });
}

async function refresh() {
  asked.abort();
  asked = new AbortController();
  const { signal } = asked;
  // body[data-ready] is true once the latest refresh has drawn every panel
  refreshing++;
  document.body.dataset.ready = 'false';
  try {
    writeState();
    applyLanguage();
    syncForm();
    // the overview is the first view: its answer is asked first and drawn before the other panels ask theirs (a
    // browser reads at most six answers of one host at a time, and every panel drawn delays the next paint)
    await overview();
    if (!signal.aborted) await Promise.all([provinces(), ...BREAKDOWNS.map(breakdown), registry(), partner()]);
  } finally {
    document.body.dataset.ready = String(--refreshing === 0);
  }
}

async function start() {
  breakdownSections();
  applyLanguage();
  const form = document.getElementById('filters');
  form.addEventListener('change', e => {
    const field = e.target.name;
    if (['from', 'to', 'currency', 'vintage', 'province'].includes(field)) state[field] = e.target.value;
    if (field === 'vintage') state.province = '';
    refresh();
  });
  document.getElementById('language').addEventListener('click', () => { state.lang = state.lang === 'vi' ? 'en' : 'vi'; refresh(); });
  document.querySelectorAll('input[name=measure]').forEach(r => r.addEventListener('change', () => { state.measure = r.value; refresh(); }));
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
  const shown = refresh();
  servicesReady = json('/dashboard/services', null);
  labelsReady = loadLabels();
  // the province list of the filters needs the labels; the panels wait for them only to draw
  labelsReady.then(syncForm, () => {});
  await shown;
}

start();
