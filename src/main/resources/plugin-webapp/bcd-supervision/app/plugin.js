/*
 * Cockpit views of the steering committee (BCĐ THADS): four pages reached from the Cockpit header (the case register
 * "Sổ theo dõi vụ việc", a case's page from the application's own tables, the overdue steps with the recent user
 * operations, the committee's report "Báo cáo của Ban Chỉ đạo" in report-view.js), a short overdue summary on the dashboard, and three tabs of a process instance (the conclusion's
 * directives, the reminders sent, the user-operation log). Plain DOM and fetch, no build step; the register and the
 * case page live in case-views.js, which Tasklist uses too; styles in plugin.css, which Cockpit loads beside this file.
 * Case data holds text typed by users: it is only ever set through text nodes, never as HTML. Tab labels are plain
 * words: Cockpit escapes them ("&" would show as "&amp;").
 */
import {
  clear, directivesTable, el, errorBox, getJson, operationRows, pager, renderCasePage, renderRegister, table,
} from './case-views.js';
import { renderReportPage } from './report-view.js';

const PLUGIN = 'bcd-supervision';

function baseUrl(api) {
  return `${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}`;
}

// ---- Dashboard: Việc quá hạn --------------------------------------------------------------------------------

const COLUMNS = [
  { key: 'caseNumber', label: 'Số vụ việc', sort: 'caseNumber' },
  { key: 'taskName', label: 'Bước', sort: 'task' },
  { key: 'agencyName', label: 'Đơn vị', sort: 'agency' },
  { key: 'assignee', label: 'Người giữ việc', sort: 'assignee' },
  { key: 'dueText', label: 'Hạn', sort: 'due' },
  { key: 'daysOverdue', label: 'Số ngày quá hạn (ngày làm việc)', sort: 'due', num: true, reverse: true },
  { key: 'remindersSent', label: 'Số lần nhắc', sort: 'reminders', num: true },
  { key: 'escalationLevel', label: 'Mức báo cáo vượt cấp', sort: 'escalation', num: true },
];

const ESCALATION = ['0 – chưa', '1 – lãnh đạo đơn vị, Tổ Thư ký', '2 – Trưởng ban'];

function caseLink(caseNumber, text) {
  return el('a', { href: `#/bcd-case?number=${encodeURIComponent(caseNumber)}`, title: 'Mở hồ sơ vụ việc' }, text || caseNumber);
}

// compact: the dashboard's summary (the most overdue steps, no filters or paging, a link to the page).
function renderDashboard(node, api, compact) {
  const state = { agency: '', category: '', sort: 'due', order: 'asc', limit: compact ? 5 : 50, offset: 0 };
  const root = el('div', { className: 'bcd-sv' });
  const agencySelect = el('select', { 'aria-label': 'Đơn vị' });
  const categorySelect = el('select', { 'aria-label': 'Loại vụ việc' });
  const summary = el('div');
  const list = el('div');
  root.appendChild(el('h3', {}, 'Việc quá hạn và sắp đến hạn'));
  if (compact) {
    root.appendChild(el('p', {}, 'Các bước quá hạn lâu nhất. ',
      el('a', { href: '#/bcd-overdue', className: 'bcd-page-link' }, 'Xem tất cả, lọc theo đơn vị trên trang Việc quá hạn ›')));
  } else {
    root.appendChild(el('div', { className: 'bcd-filters' },
      el('label', {}, 'Đơn vị: ', agencySelect),
      el('label', {}, 'Loại vụ việc: ', categorySelect)));
  }
  root.appendChild(summary);
  root.appendChild(list);
  node.appendChild(root);

  agencySelect.onchange = () => { state.agency = agencySelect.value; state.offset = 0; load(); };
  categorySelect.onchange = () => { state.category = categorySelect.value; state.offset = 0; load(); };

  if (!compact) getJson(`${baseUrl(api)}/overdue/choices`).then((choices) => {
    agencySelect.appendChild(el('option', { value: '' }, 'Tất cả đơn vị'));
    choices.agencies.forEach((a) => agencySelect.appendChild(el('option', { value: a.id }, a.name)));
    categorySelect.appendChild(el('option', { value: '' }, 'Tất cả loại vụ việc'));
    choices.categories.forEach((c) => categorySelect.appendChild(el('option', { value: c.code }, c.label)));
  }).catch((e) => summary.appendChild(errorBox(e.message)));

  function load() {
    const params = new URLSearchParams();
    Object.entries(state).forEach(([k, v]) => { if (v !== '' && v !== null) params.set(k, v); });
    getJson(`${baseUrl(api)}/overdue?${params}`).then(show).catch((e) => {
      clear(summary);
      clear(list);
      summary.appendChild(errorBox(e.message));
    });
  }

  function show(page) {
    clear(summary);
    clear(list);
    summary.appendChild(el('p', {},
      el('span', { className: 'bcd-overdue' }, `Quá hạn: ${page.overdue}`), ' · ',
      el('span', { className: 'bcd-soon' }, `Sắp đến hạn (${page.dueSoonWorkingDays} ngày làm việc tới): ${page.dueSoon}`)));
    const counts = el('table', {}, el('thead', {}, el('tr', {},
      el('th', {}, 'Đơn vị'), el('th', { className: 'num' }, 'Quá hạn'), el('th', { className: 'num' }, 'Sắp đến hạn'))));
    const body = el('tbody');
    page.agencies.forEach((a) => {
      const link = el('a', { className: 'bcd-agency', title: 'Chỉ xem việc của đơn vị này' }, a.name);
      link.onclick = () => {
        state.agency = a.id || '';
        agencySelect.value = state.agency;
        state.offset = 0;
        load();
      };
      body.appendChild(el('tr', {}, el('td', {}, link),
        el('td', { className: 'num bcd-overdue' }, a.overdue), el('td', { className: 'num bcd-soon' }, a.dueSoon)));
    });
    if (!page.agencies.length) {
      body.appendChild(el('tr', {}, el('td', { colspan: '3', className: 'bcd-muted' }, 'Không có việc quá hạn hay sắp đến hạn.')));
    }
    counts.appendChild(body);
    summary.appendChild(counts);

    const head = el('tr');
    COLUMNS.forEach((c) => {
      const active = state.sort === c.sort;
      const ascending = c.reverse ? state.order === 'desc' : state.order === 'asc';
      const th = el('th', { className: `sortable${c.num ? ' num' : ''}`, title: 'Sắp xếp' },
        c.label, active ? (ascending ? ' ▲' : ' ▼') : '');
      th.onclick = () => {
        if (state.sort === c.sort) {
          state.order = state.order === 'asc' ? 'desc' : 'asc';
        } else {
          state.sort = c.sort;
          state.order = c.reverse ? 'asc' : (c.num ? 'desc' : 'asc');
        }
        state.offset = 0;
        load();
      };
      head.appendChild(th);
    });
    const rows = el('tbody');
    page.rows.forEach((r) => {
      const instanceLink = el('a', { href: `#/process-instance/${encodeURIComponent(r.processInstanceId)}/runtime`,
        title: 'Mở phiên bản quy trình trong Cockpit' }, r.caseNumber || '(không có số)');
      rows.appendChild(el('tr', {},
        el('td', {}, instanceLink, r.caseNumber ? el('div', {}, caseLink(r.caseNumber, 'Hồ sơ vụ việc')) : null,
          r.categoryLabel ? el('div', { className: 'bcd-muted' }, r.categoryLabel) : null),
        el('td', {}, r.taskName || ''),
        el('td', {}, r.agencyName || ''),
        el('td', {}, r.assigneeName ? `${r.assigneeName} (${r.assignee})` : el('span', { className: 'bcd-muted' }, 'chưa nhận')),
        el('td', { className: r.overdue ? 'bcd-overdue' : 'bcd-soon' }, r.dueText, r.overdue ? '' : ' (sắp đến hạn)'),
        el('td', { className: 'num' }, r.overdue ? r.daysOverdue : '–'),
        el('td', { className: 'num' }, r.remindersSent),
        el('td', { className: 'num' }, ESCALATION[r.escalationLevel] || r.escalationLevel)));
    });
    list.appendChild(el('table', {}, el('thead', {}, head), rows));
    if (compact) return;

    list.appendChild(pager(page, page.rows.length, state, load));
  }

  load();
}

// ---- Tab: Kết luận & nhiệm vụ -------------------------------------------------------------------------------

function caseHeading(ref) {
  return el('p', {}, 'Vụ việc ', el('strong', {}, ref.caseNumber), ref.debtorName ? ` – ${ref.debtorName}` : '');
}

function renderDirectives(node, api, processInstanceId) {
  const root = el('div', { className: 'bcd-sv' }, el('p', { className: 'bcd-muted' }, 'Đang tải…'));
  node.appendChild(root);
  getJson(`${baseUrl(api)}/process-instance/${encodeURIComponent(processInstanceId)}/directives`).then((data) => {
    clear(root);
    root.appendChild(caseHeading(data.caseRef));
    root.appendChild(directivesTable(data.directives));
  }).catch((e) => { clear(root); root.appendChild(errorBox(e.message)); });
}

// ---- Tab: Nhắc việc -----------------------------------------------------------------------------------------

function renderReminders(node, api, processInstanceId) {
  const root = el('div', { className: 'bcd-sv' }, el('p', { className: 'bcd-muted' }, 'Đang tải…'));
  node.appendChild(root);
  getJson(`${baseUrl(api)}/process-instance/${encodeURIComponent(processInstanceId)}/reminders`).then((data) => {
    clear(root);
    root.appendChild(caseHeading(data.caseRef));
    root.appendChild(table(['Thời điểm', 'Bước', 'Đơn vị', 'Loại', 'Trạng thái', 'Người nhận', 'Hạn của bước'],
      data.reminders.map((r) => {
        const escalation = r.kind === 'ESCALATION_HEAD' || r.kind === 'ESCALATION_CHAIR';
        return [r.sentAt || r.recordedAt,
          el('span', {}, r.taskName, r.directive ? el('div', { className: 'bcd-muted' }, r.directive) : null),
          r.agency || '',
          el('span', { className: escalation || r.kind === 'OVERDUE' ? 'bcd-overdue' : 'bcd-soon' }, r.kindLabel,
            r.daysOverdue > 0 ? ` (${r.daysOverdue} ngày làm việc)` : ''),
          r.statusLabel, r.recipients || '', r.due];
      }), 'Chưa có thư nhắc việc hay báo cáo vượt cấp nào.'));
  }).catch((e) => { clear(root); root.appendChild(errorBox(e.message)); });
}

// ---- Nhật ký thao tác (user-operation log of the engine) ------------------------------------------------------

function renderOperations(node, api, processInstanceId) {
  const root = el('div', { className: 'bcd-sv' }, el('p', { className: 'bcd-muted' }, 'Đang tải…'));
  node.appendChild(root);
  getJson(`${baseUrl(api)}/process-instance/${encodeURIComponent(processInstanceId)}/operations`).then((data) => {
    clear(root);
    root.appendChild(caseHeading(data.caseRef));
    root.appendChild(operationRows(data.operations, false));
  }).catch((e) => { clear(root); root.appendChild(errorBox(e.message)); });
}

function renderRecentOperations(node, api) {
  const state = { caseNumber: '', user: '', limit: 50, offset: 0 };
  const root = el('div', { className: 'bcd-sv' });
  const caseInput = el('input', { type: 'text', 'aria-label': 'Số vụ việc', placeholder: 'BCĐ-2026-0001' });
  const userInput = el('input', { type: 'text', 'aria-label': 'Người thực hiện', placeholder: 'thuky' });
  const apply = el('button', { className: 'btn btn-default btn-sm', type: 'button' }, 'Lọc');
  const list = el('div');
  root.appendChild(el('h3', {}, 'Nhật ký thao tác gần đây'));
  root.appendChild(el('p', { className: 'bcd-muted' },
    'Mọi thao tác trên vụ việc (hoàn thành, nhận việc, giao việc, đổi hạn, xóa…), kể cả của vụ việc đã bị xóa.'));
  root.appendChild(el('div', { className: 'bcd-filters' },
    el('label', {}, 'Số vụ việc: ', caseInput), el('label', {}, 'Người thực hiện: ', userInput), apply));
  root.appendChild(list);
  node.appendChild(root);
  apply.onclick = () => { state.caseNumber = caseInput.value.trim(); state.user = userInput.value.trim(); state.offset = 0; load(); };

  function load() {
    const params = new URLSearchParams();
    Object.entries(state).forEach(([k, v]) => { if (v !== '' && v !== null) params.set(k, v); });
    getJson(`${baseUrl(api)}/operations?${params}`).then((page) => {
      clear(list);
      if (!page.operations.length) {
        list.appendChild(el('p', { className: 'bcd-muted' }, 'Không có thao tác nào.'));
      } else {
        list.appendChild(operationRows(page.operations, true, caseLink));
      }
      list.appendChild(pager({ offset: page.offset }, page.operations.length, state, load));
    }).catch((e) => { clear(list); list.appendChild(errorBox(e.message)); });
  }

  load();
}

// ---- Pages: Sổ theo dõi vụ việc and Hồ sơ vụ việc (case-views.js) ------------------------------------------------

function hashParams() {
  const hash = window.location.hash || '';
  const q = hash.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : hash.substring(q + 1));
}

function registerPage(node, api) {
  renderRegister(node, {
    base: baseUrl(api),
    title: 'Sổ theo dõi vụ việc',
    intro: 'Mọi vụ việc đang giải quyết và đã kết thúc. Gõ số vụ việc (BCĐ-2026-0001), tên người phải thi hành án hoặc số quyết định; có dấu hay không dấu đều được.',
    caseLink: (number) => caseLink(number),
  });
}

function casePage(node, api) {
  renderCasePage(node, {
    base: baseUrl(api),
    number: hashParams().get('number') || '',
    back: el('a', { href: '#/bcd-register' }, '‹ Sổ theo dõi vụ việc'),
    instanceLink: (id) => el('a', { href: `#/process-instance/${encodeURIComponent(id)}/runtime` }, 'Mở phiên bản quy trình đang chạy trong Cockpit'),
  });
}

// ---- Page: Việc quá hạn (overdue steps and recent operations) --------------------------------------------------

function renderOverduePage(node, api) {
  const root = el('div', { className: 'bcd-page' });
  node.appendChild(root);
  renderDashboard(root, api, false);
  renderRecentOperations(root, api);
}

// ---- Page: Báo cáo của Ban Chỉ đạo (report-view.js) -------------------------------------------------------------

function reportPage(node, api) {
  renderReportPage(node, {
    base: baseUrl(api),
    staticBase: `${api.cockpitApi}/plugin/${PLUGIN}/static`,
    caseLink: (number) => caseLink(number),
  });
}

function navigationLink(node, href, label) {
  node.appendChild(el('a', { href }, label));
}

export default [
  {
    id: 'bcd-overdue-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, { api }) => renderDashboard(node, api, true),
    properties: { label: 'Việc quá hạn' },
  },
  {
    id: 'bcd-register-page',
    pluginPoint: 'cockpit.route',
    render: (node, { api }) => registerPage(node, api),
    properties: { path: '/bcd-register', label: 'Sổ theo dõi vụ việc' },
  },
  {
    id: 'bcd-case-page',
    pluginPoint: 'cockpit.route',
    render: (node, { api }) => casePage(node, api),
    properties: { path: '/bcd-case', label: 'Hồ sơ vụ việc' },
  },
  {
    id: 'bcd-overdue-page',
    pluginPoint: 'cockpit.route',
    render: (node, { api }) => renderOverduePage(node, api),
    properties: { path: '/bcd-overdue', label: 'Việc quá hạn' },
  },
  {
    id: 'bcd-register-nav',
    pluginPoint: 'cockpit.navigation',
    priority: 95,
    render: (node) => navigationLink(node, '#/bcd-register', 'Sổ theo dõi vụ việc'),
    properties: {
      label: 'Sổ theo dõi vụ việc',
      pagePath: '#/bcd-register',
      checkActive: (path) => path.indexOf('#/bcd-register') > -1 || path.indexOf('#/bcd-case') > -1,
    },
  },
  {
    id: 'bcd-overdue-nav',
    pluginPoint: 'cockpit.navigation',
    priority: 94,
    render: (node) => navigationLink(node, '#/bcd-overdue', 'Việc quá hạn'),
    properties: { label: 'Việc quá hạn', pagePath: '#/bcd-overdue', checkActive: (path) => path.indexOf('#/bcd-overdue') > -1 },
  },
  {
    id: 'bcd-report-page',
    pluginPoint: 'cockpit.route',
    render: (node, { api }) => reportPage(node, api),
    properties: { path: '/bcd-report', label: 'Báo cáo của Ban Chỉ đạo' },
  },
  {
    id: 'bcd-report-nav',
    pluginPoint: 'cockpit.navigation',
    priority: 93,
    render: (node) => navigationLink(node, '#/bcd-report', 'Báo cáo của Ban Chỉ đạo'),
    properties: { label: 'Báo cáo của Ban Chỉ đạo', pagePath: '#/bcd-report', checkActive: (path) => path.indexOf('#/bcd-report') > -1 },
  },
  {
    id: 'bcd-directives-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    render: (node, { api, processInstanceId }) => renderDirectives(node, api, processInstanceId),
    properties: { label: 'Kết luận và nhiệm vụ' },
  },
  {
    id: 'bcd-reminders-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 19,
    render: (node, { api, processInstanceId }) => renderReminders(node, api, processInstanceId),
    properties: { label: 'Nhắc việc' },
  },
  {
    id: 'bcd-operations-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 18,
    render: (node, { api, processInstanceId }) => renderOperations(node, api, processInstanceId),
    properties: { label: 'Nhật ký thao tác' },
  },
];
