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
    planned: 'Kế hoạch giải ngân', plannedDisbursementRate: 'Tỷ lệ giải ngân so với kế hoạch', undisbursed: 'Chưa giải ngân',
    plannedByYear: 'Kế hoạch và thực tế giải ngân theo năm', byOwnerType: 'Theo loại chủ dự án', noOwner: 'Chưa ghi chủ dự án',
    unitsPerUsd: 'Đơn vị / USD', csv: 'Tải CSV', loading: 'Đang tải…', empty: 'Không có số liệu cho bộ lọc này.',
    down: 'Không đọc được {service}: {reason}. Các phần khác vẫn hoạt động.', noAnswer: 'dịch vụ không trả lời',
    refused: '{service} từ chối yêu cầu: {reason}.', noRates: 'Không cần quy đổi.',
    registry: 'Tổ chức phi chính phủ nước ngoài đang hoạt động, theo tỉnh và năm', partner: 'Quan hệ đối ngoại của các tỉnh, theo tỉnh và năm',
    localities: 'Địa phương đối tác', partnerships: 'Quan hệ đối tác', agreements: 'Thỏa thuận', twinnings: 'Kết nghĩa',
    exchanges: 'Đoàn ra, đoàn vào', participants: 'Lượt người', INBOUND: 'Đoàn vào', OUTBOUND: 'Đoàn ra',
    direction: 'Hướng', filters: 'Bộ lọc',
    signInForm: 'Đăng nhập', token: 'Mã truy cập (JWT)', tokenHelp: 'Chỉ lưu trong thẻ trình duyệt này.', signIn: 'Đăng nhập',
    signOut: 'Đăng xuất', signedIn: 'Đã đăng nhập', signedInAs: 'Đã đăng nhập: {who}',
    signInToSee: 'Đăng nhập (dán mã truy cập ở đầu trang) để xem phần này.',
    tokenRefused: 'aid-project-service không nhận mã truy cập ({reason}). Hãy đăng nhập lại với một mã khác.',
    registryDown: 'ngo-registry-service không trả lời nên chưa có phần này; các phần khác vẫn hoạt động. Chi tiết: {reason}',
    annualReports: 'Báo cáo năm của các tổ chức phi chính phủ nước ngoài, theo năm', expected: 'Phải nộp',
    onTime: 'Đúng hạn', late: 'Nộp muộn', missing: 'Quá hạn chưa nộp', pending: 'Chưa đến hạn', unexpected: 'Ngoài dự kiến',
    dueOn: 'Hạn nộp', reconciliation: 'Đối chiếu báo cáo năm với số liệu các tỉnh ghi nhận',
    reconciliationYear: 'Năm đối chiếu', donor: 'Nhà tài trợ', result: 'Kết quả', rows: 'Tất cả các dòng',
    recordedCommitted: 'Cam kết ghi nhận', reportedCommitted: 'Cam kết báo cáo', varianceCommitted: 'Chênh lệch cam kết',
    recordedDisbursed: 'Giải ngân ghi nhận', reportedDisbursed: 'Giải ngân báo cáo', varianceDisbursed: 'Chênh lệch giải ngân',
    recordedProjects: 'Dự án ghi nhận', reportedProjects: 'Dự án báo cáo',
    alerts: 'Cảnh báo sớm về các dự án đã duyệt và đang thực hiện', allAlerts: 'Tất cả cảnh báo', on: 'Ngày', kind: 'Loại',
    projectCode: 'Mã dự án', detail: 'Chi tiết', noAlerts: 'Không có cảnh báo nào.', alertsToday: 'Tình hình hôm nay: bộ lọc năm không áp dụng.',
    recordedOnly: 'Các số liệu này theo tỉnh như đã ghi (trước 01/7/2025) và {unit} gồm nhiều tỉnh cũ: đây là số liệu của tất cả các tỉnh. Chọn “Mã tỉnh như đã ghi” để xem từng tỉnh.',
    dataQuality: 'Chất lượng dữ liệu dự án và giao dịch viện trợ', score: 'Điểm chất lượng (0–100)', check: 'Nội dung kiểm tra',
    failing: 'Không đạt', checked: 'Đã kiểm tra', shareFailing: 'Tỷ lệ không đạt', scoreByProvince: 'Điểm chất lượng theo tỉnh',
    qualityNow: 'Tình hình hôm nay, trên các bản ghi của aid-project-service: bộ lọc năm không áp dụng.',
    PROJECT_WITHOUT_TRANSACTION: 'Dự án đã duyệt, đang thực hiện hoặc đã kết thúc mà chưa có giao dịch nào',
    DISBURSEMENT_WITHOUT_COMMITMENT: 'Giải ngân trong năm mà đến cuối năm đó dự án chưa có cam kết',
    TRANSACTION_OUTSIDE_PROJECT_DATES: 'Giao dịch trước ngày bắt đầu hoặc sau ngày kết thúc dự án',
    IMPLICIT_EQUAL_SPLIT: 'Dự án ở nhiều tỉnh hoặc nhiều lĩnh vực chưa ghi tỷ lệ (đang chia đều)',
    MISSING_DISTRICT: 'Địa điểm dự án trong tỉnh chưa ghi huyện',
    MISSING_VIETNAMESE_TITLE: 'Dự án chưa có tên tiếng Việt',
    CURRENCY_WITHOUT_RATE: 'Giao dịch bằng đồng tiền chưa có tỷ giá của năm giao dịch',
    ONGOING_PAST_END_DATE: 'Dự án đang thực hiện đã quá ngày kết thúc',
    UNTOUCHED_FOR_A_YEAR: 'Dự án đang thực hiện mà hơn một năm không ai cập nhật hồ sơ hay giao dịch',
  },
  en: {
    title: 'Foreign NGO aid by province', fromYear: 'From year', toYear: 'To year', currency: 'Currency',
    vintage: 'Provinces', recorded: 'Codes as recorded (63 provinces)', current: '34 units from 1 July 2025', province: 'Province',
    allProvinces: 'All provinces', otherLanguage: 'Tiếng Việt', overview: 'Overview', ratesUsed: 'Exchange rates used',
    byProvince: 'By province', colourBy: 'Colour by', committed: 'Committed', disbursed: 'Disbursed',
    disbursementRate: 'Disbursement rate', projects: 'Projects', organizations: 'Donors', tileMap: 'Tile map of the provinces',
    byYear: 'By year', bySector: 'By sector', byDonorCountry: 'By donor country', byModality: 'By modality',
    byApprovalLevel: 'By approval level', byDonorType: 'By donor type', total: 'Total', year: 'Year',
    planned: 'Planned', plannedDisbursementRate: 'Disbursed / planned', undisbursed: 'Undisbursed',
    plannedByYear: 'Planned and disbursed by year', byOwnerType: 'By project owner type', noOwner: 'No project owner recorded',
    unitsPerUsd: 'Units per USD', csv: 'Download CSV', loading: 'Loading…', empty: 'No figures for these filters.',
    down: '{service} could not be read: {reason}. The rest of the page keeps working.', noAnswer: 'it does not answer',
    refused: '{service} refused the question: {reason}.', noRates: 'No conversion was needed.',
    registry: 'Foreign NGOs with an active registration, by province and year', partner: 'Provinces\' foreign relations, by province and year',
    localities: 'Partner localities', partnerships: 'Partnerships', agreements: 'Agreements', twinnings: 'Twinnings',
    exchanges: 'Delegations', participants: 'Participants', INBOUND: 'Inbound', OUTBOUND: 'Outbound',
    direction: 'Direction', filters: 'Filters',
    signInForm: 'Sign in', token: 'Access token (JWT)', tokenHelp: 'Kept in this browser tab only.', signIn: 'Sign in',
    signOut: 'Sign out', signedIn: 'Signed in', signedInAs: 'Signed in: {who}',
    signInToSee: 'Sign in (paste an access token at the top of the page) to see this panel.',
    tokenRefused: 'aid-project-service refused the token ({reason}). Sign in again with another one.',
    registryDown: 'ngo-registry-service did not answer, so this panel cannot be shown; the rest of the page keeps working. Detail: {reason}',
    annualReports: 'Foreign NGOs\' annual reports, by year', expected: 'Expected',
    onTime: 'On time', late: 'Late', missing: 'Missing', pending: 'Not due yet', unexpected: 'Unexpected',
    dueOn: 'Due on', reconciliation: 'Annual reports reconciled with the provinces\' records',
    reconciliationYear: 'Year reconciled', donor: 'Donor', result: 'Status', rows: 'All rows',
    recordedCommitted: 'Committed, recorded', reportedCommitted: 'Committed, reported', varianceCommitted: 'Committed, variance',
    recordedDisbursed: 'Disbursed, recorded', reportedDisbursed: 'Disbursed, reported', varianceDisbursed: 'Disbursed, variance',
    recordedProjects: 'Projects, recorded', reportedProjects: 'Projects, reported',
    alerts: 'Early warnings on approved and ongoing projects', allAlerts: 'All alerts', on: 'On', kind: 'Kind',
    projectCode: 'Project', detail: 'Detail', noAlerts: 'No alerts.', alertsToday: 'As things stand today: the year filters do not apply.',
    recordedOnly: 'These figures know the provinces as recorded (before 1 July 2025), and {unit} joined several of them: these are every province\'s. Choose “Codes as recorded” to see them one by one.',
    dataQuality: 'Data quality of the aid projects and transactions', score: 'Quality score (0–100)', check: 'Check',
    failing: 'Failing', checked: 'Checked', shareFailing: 'Share failing', scoreByProvince: 'Quality score by province',
    qualityNow: 'As things stand today, over aid-project-service\'s records: the year filters do not apply.',
    PROJECT_WITHOUT_TRANSACTION: 'Approved, ongoing or completed projects without any transaction',
    DISBURSEMENT_WITHOUT_COMMITMENT: 'Disbursements in a year by whose end their project had no commitment',
    TRANSACTION_OUTSIDE_PROJECT_DATES: 'Transactions dated before the project\'s start or after its end',
    IMPLICIT_EQUAL_SPLIT: 'Projects in several provinces or sectors without their shares (split equally)',
    MISSING_DISTRICT: 'Project locations in the province without a district',
    MISSING_VIETNAMESE_TITLE: 'Projects without a Vietnamese title',
    CURRENCY_WITHOUT_RATE: 'Transactions in a currency without an exchange rate for their year',
    ONGOING_PAST_END_DATE: 'Ongoing projects past their end date',
    UNTOUCHED_FOR_A_YEAR: 'Ongoing projects whose record and transactions nobody wrote for over a year',
  },
};

/** The figures of the aggregates' tables: those of most panels, and with what was planned. */
const FIGURES = ['committed', 'disbursed', 'disbursementRate', 'projects', 'organizations'];
const WITH_PLANNED = ['committed', 'disbursed', 'disbursementRate', 'planned', 'plannedDisbursementRate', 'projects', 'organizations'];
/** A figure's colour in every chart (ECharts' first two for committed and disbursed, as before). */
const FIGURE_COLOURS = { committed: '#5470c6', disbursed: '#91cc75', planned: '#e3a21a', plannedDisbursementRate: '#b30059' };

/**
 * The breakdowns of the aggregates, each a chart with its table: groupBy dimension, heading, where its labels come
 * from and what a row without a value is called; the figures drawn as bars (committed and disbursed unless said) and
 * as a line on an axis of its own (a rate), and the table's figures (FIGURES unless said). A second panel of a
 * dimension has an id of its own, and shares the first one's answer.
 */
const BREAKDOWNS = [
  { dimension: 'year', heading: 'byYear' },
  { dimension: 'year', id: 'planned-by-year', heading: 'plannedByYear', bars: ['planned', 'disbursed'], line: 'plannedDisbursementRate',
    figures: ['planned', 'disbursed', 'plannedDisbursementRate', 'committed', 'undisbursed'] },
  { dimension: 'sector', heading: 'bySector', labels: 'sectors' },
  { dimension: 'donorCountry', heading: 'byDonorCountry', labels: 'countries' },
  { dimension: 'modality', heading: 'byModality', labels: 'Modality' },
  { dimension: 'approvalLevel', heading: 'byApprovalLevel', labels: 'ApprovalLevel' },
  { dimension: 'donorType', heading: 'byDonorType', labels: 'DonorType' },
  { dimension: 'ownerType', heading: 'byOwnerType', labels: 'ImplementerType', none: 'noOwner',
    bars: ['committed', 'disbursed', 'planned'], figures: WITH_PLANNED },
];
const PARTNER_FIGURES = ['localities', 'partnerships', 'agreements', 'twinnings', 'exchanges', 'participants'];
/** The annual reports' figures: the chart stacks those that make up the expected reports. */
const REPORT_FIGURES = ['expected', 'onTime', 'late', 'missing', 'pending', 'unexpected'];
const REPORT_COLOURS = { onTime: '#1a7f37', late: '#d4a017', missing: '#c62828', pending: '#9aa4b1', expected: '#0b3d66' };
/** The reconciliation's rows: those that need a look first. */
const STATUS_ORDER = ['DIFFERS', 'NOT_REPORTED', 'NOT_RECORDED', 'MATCHED'];
const ALERT_KINDS = ['REGISTRATION_EXPIRING', 'REGISTRATION_LAPSED', 'REGISTRATION_SUSPENDED', 'REGISTRATION_REVOKED',
  'ANNUAL_REPORT_MISSING', 'DISBURSEMENT_STALLED', 'PAST_END_DATE'];
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
    measure: ['disbursed', 'planned'].includes(q.get('measure')) ? q.get('measure') : 'committed',
    reconciliationYear: q.get('reconciliationYear') || '',
  };
}

/**
 * The signed-in user's bearer token: in this tab's sessionStorage only (never the URL, never localStorage), sent only
 * with aid-project-service's reconciliation, alerts and data quality, whose answers are not public.
 */
const TOKEN_KEY = 'ngoaid.dashboard.token';
const token = () => sessionStorage.getItem(TOKEN_KEY) || '';

/** Who the token names, for the header: its claims read, not checked (aid-project-service checks it). */
function tokenSubject(jwt) {
  try {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(part), c => c.charCodeAt(0))));
    return claims.upn || claims.preferred_username || claims.sub || '';
  } catch {
    return '';
  }
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
const day = d => (d == null ? '–' : new Intl.DateTimeFormat(locale(), state.lang === 'vi'
  ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)));
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
/** The aggregates' answers of the latest refresh by URL: two panels asking the same question send one request. */
let shared = new Map();

async function json(url, signal = asked.signal, bearer = '') {
  // revalidated every time: an unchanged answer is a 304 from the services' answer cache, a changed one is new
  const headers = { Accept: 'application/json', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) };
  const response = await fetch(url, { headers, cache: 'no-cache', signal }).catch(e => {
    throw e.name === 'AbortError' ? e : new Error(t('noAnswer'));
  });
  if (!response.ok) {
    // a refused question (years the wrong way round, say) is a problem+json whose detail says why
    const problem = await response.json().catch(() => ({}));
    throw Object.assign(new Error(problem.detail || problem.title || `HTTP ${response.status}`),
      { refused: response.status < 500, status: response.status });
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

/** An answer of the aggregates, asked once per refresh whichever panels need it. */
function sharedAnswer(url) {
  if (!shared.has(url)) shared.set(url, json(url));
  return shared.get(url);
}

function status(section, message) {
  section.querySelector('.status').textContent = message || '';
}

/** Runs one panel: a service that fails or answers nothing says so in the panel, the others go on. */
async function panel(section, service, work, explain = () => null) {
  status(section, t('loading'));
  try {
    await work();
    status(section, '');
  } catch (e) {
    if (e.name === 'AbortError') return;
    status(section, explain(e) ?? t(e.refused ? 'refused' : 'down').replace('{service}', service).replace('{reason}', e.message));
  }
}

/**
 * A panel of aid-project-service's answers for signed-in users: without a token it says that signing in shows it; a
 * refused token (401, 403) and a registry that did not answer (503) each say so in the panel.
 */
async function signedInPanel(section, work) {
  const bearer = token();
  const content = section.querySelector('.signed-in');
  content.hidden = !bearer;
  if (!bearer) {
    content.querySelectorAll('.figures, .table, .note').forEach(e => { e.innerHTML = ''; });
    status(section, t('signInToSee'));
    return;
  }
  await panel(section, 'aid-project-service', () => work(bearer), e => {
    // nothing of an earlier answer stays beside the message
    content.querySelectorAll('.figures, .table, .note').forEach(c => { c.innerHTML = ''; });
    if (e.status === 401 || e.status === 403) return t('tokenRefused').replace('{reason}', `HTTP ${e.status}`);
    if (e.status === 503) return t('registryDown').replace('{reason}', e.message);
    return null;
  });
}

/** The figures of a panel as a description list, each with data-figure for the browser test. */
function figures(container, items) {
  container.innerHTML = items.map(([key, name, value]) => `<div data-figure="${key}"><dt>${name}</dt><dd>${value}</dd></div>`).join('');
}

/**
 * The province filter of the answers that know provinces as recorded (annual reports, reconciliation, alerts): the
 * province itself, or with the 34 units the one province it continues; a unit that joined several asks them all and
 * the panel says so (the page never adds answers up).
 */
async function recordedProvince() {
  if (!state.province || state.vintage === 'RECORDED') return { province: state.province, note: '' };
  await labelsReady;
  const before = (labels.provinceList || []).filter(p => !p.validFrom && (p.successorCode || p.code) === state.province);
  if (before.length === 1) return { province: before[0].code, note: '' };
  return { province: '', note: t('recordedOnly').replace('{unit}', provinceName(state.province)) };
}

/** Writes `text` into a panel's note, escaped (a province's name, a service's detail). */
function note(section, text) {
  section.querySelector('.note').textContent = text;
}

const escape = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

function table(container, columns, rows, totals, csvUrl, signedIn = false) {
  const head = columns.map(c => `<th scope="col" class="${c.numeric ? 'n' : ''}">${c.title}</th>`).join('');
  const body = rows.map(r => `<tr>${columns.map(c => `<td class="${c.numeric ? 'n' : ''}">${c.show(r)}</td>`).join('')}</tr>`).join('');
  const foot = totals ? `<tfoot><tr>${columns.map((c, i) => `<td class="${c.numeric ? 'n' : ''}">${i === 0 ? t('total') : c.total ? c.show(totals) : ''}</td>`).join('')}</tr></tfoot>` : '';
  // a signed-in answer's CSV is asked with the token on a click (a plain link would go without it)
  container.innerHTML = (csvUrl ? `<a class="csv" href="${csvUrl}" download${signedIn ? ' data-signed-in' : ''}>${t('csv')}</a>` : '')
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
  // (an axis that brings its own labels, a rate's, keeps them)
  const figures = new Intl.NumberFormat(locale());
  for (const axis of [option.xAxis, option.yAxis].flat()) {
    axis.axisLabel ??= axis.type === 'category' ? { width: 150, overflow: 'truncate' } : { formatter: v => figures.format(v) };
  }
  instance.setOption({ animation: false, tooltip: { trigger: 'axis', valueFormatter: v => (v == null ? '–' : figures.format(v)) },
    grid: { left: 10, right: 40, top: 30, bottom: 10, containLabel: true }, ...option }, true);
}

/** How each figure of the aggregates is written: money in the currency asked, rates as percentages, counts. */
const FORMATS = { committed: money, disbursed: money, planned: money, undisbursed: money, disbursementRate: percent,
  plannedDisbursementRate: percent, projects: count, organizations: count };

/** The aggregates' figures as table columns, in the language and currency of the moment. */
const figureColumns = (keys = FIGURES) => keys.map(key => ({ title: FORMATS[key] === money ? `${t(key)} (${state.currency})` : t(key),
  numeric: true, total: true, show: r => FORMATS[key](r[key]) }));

/** A rate's axis: whole percentages, written as the language writes them, beside the money's. */
const rateAxis = () => ({ type: 'value', splitLine: { show: false },
  axisLabel: { formatter: v => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(v) } });

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
    table(section.querySelector('.table'), [{ title: t('province'), show: r => label('provinces', r.province) }, ...figureColumns(WITH_PLANNED)],
      rows, answer.totals, `/api/v1/aggregates?${q}&format=csv`);
  });
}

/** A breakdown's section id: by-<dimension>, unless it has its own. */
const sectionId = b => b.id ?? `by-${b.dimension}`;

function breakdownSections() {
  const container = document.querySelector('.panels');
  if (container.children.length) return;
  container.innerHTML = BREAKDOWNS.map(b => `<section id="${sectionId(b)}" aria-labelledby="${sectionId(b)}-title">
      <h2 id="${sectionId(b)}-title" data-text="${b.heading}"></h2><div class="status" role="status"></div>
      <div class="chart" aria-hidden="true"></div><div class="table"></div></section>`).join('');
}

/** One breakdown: years along the axis, in their order; other values down it, the most committed first. */
async function breakdown(b) {
  const section = document.getElementById(sectionId(b));
  await panel(section, 'aid-project-service', async () => {
    const answer = await sharedAnswer(aggregatesUrl(b.dimension));
    await labelsReady;
    const name = r => (r[b.dimension] == null && b.none ? t(b.none)
      : b.labels ? label(b.labels, r[b.dimension]) : String(r[b.dimension]));
    const years = b.dimension === 'year';
    const rows = years ? answer.rows : [...answer.rows].sort((x, y) => (y.committed || 0) - (x.committed || 0));
    const bars = b.bars ?? ['committed', 'disbursed'];
    const along = { type: 'category', inverse: !years, data: rows.map(name) };
    const values = b.line ? [{ type: 'value' }, rateAxis()] : { type: 'value' };
    await chart(section.querySelector('.chart'), {
      legend: { data: [...bars, ...(b.line ? [b.line] : [])].map(t) },
      xAxis: years ? along : values,
      yAxis: years ? values : along,
      series: [...bars.map(key => ({ type: 'bar', name: t(key), itemStyle: { color: FIGURE_COLOURS[key] }, data: rows.map(r => r[key]) })),
        ...(b.line ? [{ type: 'line', name: t(b.line), [years ? 'yAxisIndex' : 'xAxisIndex']: 1, itemStyle: { color: FIGURE_COLOURS[b.line] },
          tooltip: { valueFormatter: percent }, data: rows.map(r => r[b.line]) }] : [])],
    });
    table(section.querySelector('.table'), [{ title: t(years ? 'year' : b.heading), show: name }, ...figureColumns(b.figures)],
      rows, answer.totals, `${aggregatesUrl(b.dimension)}&format=csv`);
  });
  emptySays(section, t('empty'));
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

/**
 * The registry's annual reports per year (of the province chosen, else of all): expected, and of those on time, late,
 * missing (overdue) and not due yet, stacked; the table adds the reports nobody expected and the due day.
 */
async function annualReports() {
  const section = document.getElementById('annual-reports');
  await panel(section, 'ngo-registry-service', async () => {
    const base = `${(await servicesReady).registry}/api/v1/statistics/annual-reports`;
    const { province, note: text } = await recordedProvince();
    const q = new URLSearchParams({ groupBy: province ? 'province,year' : 'year' });
    if (state.from) q.set('fromYear', state.from);
    if (state.to) q.set('toYear', state.to);
    if (province) q.set('province', province);
    const answer = await json(`${base}?${q}`);
    await labelsReady;
    note(section, text);
    await chart(section.querySelector('.chart'), {
      legend: { data: REPORT_FIGURES.slice(0, 5).map(t) },
      xAxis: { type: 'category', data: answer.rows.map(r => String(r.year)) }, yAxis: { type: 'value' },
      series: [...['onTime', 'late', 'missing', 'pending'].map(key => ({ type: 'bar', stack: 'expected', name: t(key),
        itemStyle: { color: REPORT_COLOURS[key] }, data: answer.rows.map(r => r[key]) })),
      { type: 'line', name: t('expected'), itemStyle: { color: REPORT_COLOURS.expected }, lineStyle: { width: 0 },
        symbol: 'diamond', symbolSize: 9, data: answer.rows.map(r => r.expected) }],
    });
    table(section.querySelector('.table'), [
      ...(province ? [{ title: t('province'), show: r => label('provinces', r.province) }] : []),
      { title: t('year'), show: r => r.year },
      ...REPORT_FIGURES.map(key => ({ title: t(key), numeric: true, total: true, show: r => count(r[key]) })),
      { title: t('dueOn'), show: r => day(r.dueOn) }], answer.rows, answer.totals, `${base}?${q}&format=csv`);
  });
  emptySays(section, t('empty'));
}

/** The year the reconciliation shows: the one chosen in its panel, else the filters' last year, else last year. */
const reconciliationYear = () => state.reconciliationYear || state.to || String(new Date().getFullYear() - 1);

/**
 * What the organizations reported of one year beside what the provinces recorded (signed in): the rows per status,
 * and the rows, those that differ or are missing on one side first.
 */
async function reconciliation() {
  const section = document.getElementById('reconciliation');
  await signedInPanel(section, async bearer => {
    const { province, note: text } = await recordedProvince();
    const year = reconciliationYear();
    section.querySelector('input[name=reconciliationYear]').value = year;
    const q = new URLSearchParams({ year, currency: state.currency });
    if (province) q.set('province', province);
    const answer = await json(`/api/v1/reconciliation?${q}`, asked.signal, bearer);
    await labelsReady;
    note(section, text);
    const statuses = answer.totals.statuses;
    figures(section.querySelector('.figures'), [...STATUS_ORDER.map(s => [s, label('ReconciliationStatus', s), count(statuses[s] ?? 0)]),
      ['rows', t('rows'), count(answer.rows.length)]]);
    const rank = s => STATUS_ORDER.indexOf(s);
    const rows = [...answer.rows].sort((a, b) => rank(a.status) - rank(b.status)
      || (a.donorName ?? '').localeCompare(b.donorName ?? '', locale()) || (a.province ?? '').localeCompare(b.province ?? ''));
    const currency = state.currency;
    const figure = (title, show) => ({ title, numeric: true, total: true, show });
    table(section.querySelector('.table'), [
      { title: t('donor'), show: r => escape(r.donorName ?? '') },
      { title: t('province'), show: r => (r.province ? label('provinces', r.province) : '') },
      { title: t('result'), show: r => (r.status ? label('ReconciliationStatus', r.status) : '') },
      figure(`${t('recordedCommitted')} (${currency})`, r => money(r.recorded.committed)),
      figure(`${t('reportedCommitted')} (${currency})`, r => money(r.reported?.committed)),
      figure(`${t('varianceCommitted')} (${currency})`, r => money(r.variance?.committed)),
      figure(`${t('recordedDisbursed')} (${currency})`, r => money(r.recorded.disbursed)),
      figure(`${t('reportedDisbursed')} (${currency})`, r => money(r.reported?.disbursed)),
      figure(`${t('varianceDisbursed')} (${currency})`, r => money(r.variance?.disbursed)),
      figure(t('recordedProjects'), r => count(r.recorded.projects)),
      figure(t('reportedProjects'), r => (r.reported ? count(r.reported.projects) : '–')),
    ], rows, answer.totals, `/api/v1/reconciliation?${q}&format=csv`, true);
  });
  emptySays(section, t('empty'));
}

/** The early warnings of today (signed in): how many of each kind, and every alert, the earliest first. */
async function alerts() {
  const section = document.getElementById('alerts');
  await signedInPanel(section, async bearer => {
    const { province, note: text } = await recordedProvince();
    // every alert, 200 a page (the largest): the counts per kind are of the whole answer
    const q = new URLSearchParams({ size: '200' });
    if (province) q.set('province', province);
    const first = await json(`/api/v1/alerts?${q}&page=0`, asked.signal, bearer);
    const rest = await Promise.all(Array.from({ length: Math.max(0, first.totalPages - 1) },
      (_, i) => json(`/api/v1/alerts?${q}&page=${i + 1}`, asked.signal, bearer)));
    const items = [first, ...rest].flatMap(page => page.items);
    await labelsReady;
    note(section, [t('alertsToday'), text].filter(Boolean).join(' '));
    const of = kind => items.filter(a => a.kind === kind).length;
    figures(section.querySelector('.figures'), [...ALERT_KINDS.map(k => [k, label('AlertKind', k), count(of(k))]),
      ['totalItems', t('allAlerts'), count(first.totalItems)]]);
    q.delete('size');
    table(section.querySelector('.table'), [
      { title: t('on'), show: r => day(r.on) },
      { title: t('kind'), show: r => label('AlertKind', r.kind) },
      { title: t('projectCode'), show: r => escape(r.projectCode) },
      { title: t('province'), show: r => label('provinces', r.province) },
      { title: t('detail'), show: r => escape(r.detail) }], items, null, `/api/v1/alerts?${q}${q.size ? '&' : ''}format=csv`, true);
  });
  emptySays(section, t('noAlerts'));
}

/** A data quality score as answered: one decimal, written the language's way. */
const score = s => (s == null ? '–' : new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(s));
/** A check's name in the language; a check the page does not know goes by the description it is answered with. */
const checkName = c => escape(TEXT[state.lang][c.check] ?? c.description ?? c.check);

/**
 * The data quality of aid-project-service's own records (signed in; the other services' are not readable from the
 * browser): the score of the province chosen, else of all; its checks with the records failing among those looked at;
 * and without a province, the score of each province, the total row being the answer's totals.
 */
async function dataQuality() {
  const section = document.getElementById('data-quality');
  const byProvince = section.querySelector('.by-province');
  await signedInPanel(section, async bearer => {
    try {
      const { province, note: text } = await recordedProvince();
      const q = new URLSearchParams();
      if (province) q.set('province', province);
      const url = `/api/v1/data-quality${q.size ? `?${q}` : ''}`;
      const answer = await json(url, asked.signal, bearer);
      await labelsReady;
      note(section, [t('qualityNow'), text].filter(Boolean).join(' '));
      // the province's row (none when no check looked at its records: then the totals, of the same records)
      const shown = (province && answer.rows.find(r => r.province === province)) || answer.totals;
      figures(section.querySelector('.figures'), [['score',
        `${t('score')}: ${province ? label('provinces', province) : t('allProvinces')}`, score(shown.score)]]);
      table(section.querySelector('.checks'), [
        { title: t('check'), show: checkName },
        { title: t('failing'), numeric: true, show: c => count(c.failing) },
        { title: t('checked'), numeric: true, show: c => count(c.total) },
        { title: t('shareFailing'), numeric: true, show: c => (c.total ? percent(c.failing / c.total) : '–') }],
      shown.checks, null, `${url}${q.size ? '&' : '?'}format=csv`, true);
      byProvince.hidden = !!province;
      if (province) return;
      // the lowest scores first
      const rows = [...answer.rows].sort((a, b) => a.score - b.score || a.province.localeCompare(b.province));
      // a bar per province, as high as the provinces need (up to the height of the other charts); shown again after a
      // province was chosen, the chart takes its container's size
      const container = byProvince.querySelector('.chart');
      container.style.height = `${Math.min(22, 4 + 1.5 * rows.length)}rem`;
      charts.get(container)?.resize();
      await chart(container, {
        yAxis: { type: 'category', inverse: true, data: rows.map(r => provinceName(r.province)) },
        xAxis: { type: 'value', min: 0, max: 100 },
        series: [{ type: 'bar', name: t('score'), data: rows.map(r => r.score) }],
      });
      table(byProvince.querySelector('.table'), [{ title: t('province'), show: r => label('provinces', r.province) },
        { title: t('score'), numeric: true, total: true, show: r => score(r.score) }], rows, answer.totals);
    } catch (e) {
      if (e.name !== 'AbortError') byProvince.hidden = true;
      throw e;
    }
  });
}

/** A panel drawn without a row says so (unless it already says why). */
function emptySays(section, message) {
  const body = section.querySelector('.table tbody');
  if (body && !body.children.length && !section.querySelector('.status').textContent) status(section, message);
}

/** A signed-in answer's CSV: asked with the token, then saved from memory under the name the service gives it. */
async function downloadSignedIn(link) {
  const section = link.closest('section');
  try {
    const response = await fetch(link.href, { headers: { Accept: 'text/csv', Authorization: `Bearer ${token()}` }, cache: 'no-cache' });
    if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
    const name = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') || '')?.[1] || 'answer.csv';
    const url = URL.createObjectURL(await response.blob());
    const save = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  } catch (e) {
    status(section, e.status === 401 || e.status === 403 ? t('tokenRefused').replace('{reason}', e.message)
      : t('down').replace('{service}', 'aid-project-service').replace('{reason}', e.status ? e.message : t('noAnswer')));
  }
}

/** The header's sign-in: the field while signed out, who is signed in and the sign-out button while signed in. */
function showSignIn() {
  const bearer = token();
  const who = bearer ? tokenSubject(bearer) : '';
  document.querySelector('#sign-in .token').hidden = !!bearer;
  document.getElementById('sign-in-button').hidden = !!bearer;
  document.getElementById('token-help').hidden = !!bearer;
  document.getElementById('sign-out').hidden = !bearer;
  document.getElementById('signed-in').textContent = bearer ? (who ? t('signedInAs').replace('{who}', who) : t('signedIn')) : '';
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = t('title');
  document.querySelectorAll('[data-text]').forEach(e => { e.textContent = t(e.dataset.text); });
  document.querySelectorAll('[data-label]').forEach(e => { e.setAttribute('aria-label', t(e.dataset.label)); });
  showSignIn();
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
  shared = new Map();
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
    if (!signal.aborted) {
      await Promise.all([provinces(), ...BREAKDOWNS.map(breakdown), registry(), annualReports(), partner(), reconciliation(), alerts(), dataQuality()]);
    }
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
  document.getElementById('sign-in').addEventListener('submit', e => {
    e.preventDefault();
    const field = document.getElementById('token');
    const bearer = field.value.trim().replace(/^Bearer\s+/i, '');
    field.value = '';
    if (!bearer) return;
    sessionStorage.setItem(TOKEN_KEY, bearer);
    refresh();
    document.getElementById('sign-out').focus();
  });
  document.getElementById('sign-out').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    refresh();
    document.getElementById('token').focus();
  });
  document.querySelector('input[name=reconciliationYear]').addEventListener('change', e => {
    state.reconciliationYear = e.target.value;
    refresh();
  });
  document.addEventListener('click', e => {
    const link = e.target.closest('a.csv[data-signed-in]');
    if (!link) return;
    e.preventDefault();
    downloadSignedIn(link);
  });
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
  const shown = refresh();
  servicesReady = json('/dashboard/services', null);
  labelsReady = loadLabels();
  // the province list of the filters needs the labels; the panels wait for them only to draw
  labelsReady.then(syncForm, () => {});
  await shown;
}

start();
