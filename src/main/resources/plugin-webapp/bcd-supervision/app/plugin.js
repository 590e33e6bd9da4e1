/*
 * Cockpit views of the steering committee (BCĐ THADS): three pages reached from the Cockpit header (the case register
 * "Sổ theo dõi vụ việc", a case's page from the application's own tables, the overdue steps with the recent user
 * operations), a short overdue summary on the dashboard, and three tabs of a process instance (the conclusion's
 * directives, the reminders sent, the user-operation log). Plain DOM and fetch, no build step; styles in
 * plugin.css, which Cockpit loads beside this file. Case data holds text typed by users: it is only ever set through
 * text nodes, never as HTML. Tab labels are plain words: Cockpit escapes them ("&" would show as "&amp;").
 */
const PLUGIN = 'bcd-supervision';

function baseUrl(api) {
  return `${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}`;
}

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) {
    throw new Error((body && body.message) || `Lỗi máy chủ (HTTP ${res.status}).`);
  }
  return body;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === undefined || v === null) return;
    if (k === 'className') node.className = v;
    else if (k === 'onclick' || k === 'onchange') node[k] = v;
    else node.setAttribute(k, v);
  });
  children.flat().forEach((c) => {
    if (c === undefined || c === null) return;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  });
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function errorBox(message) {
  return el('p', { className: 'bcd-error' }, message);
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

    const from = page.total === 0 ? 0 : page.offset + 1;
    const to = page.offset + page.rows.length;
    const prev = el('button', { className: 'btn btn-default btn-sm', type: 'button' }, '‹ Trang trước');
    const next = el('button', { className: 'btn btn-default btn-sm', type: 'button' }, 'Trang sau ›');
    prev.disabled = page.offset === 0;
    next.disabled = to >= page.total;
    prev.onclick = () => { state.offset = Math.max(0, state.offset - state.limit); load(); };
    next.onclick = () => { state.offset += state.limit; load(); };
    list.appendChild(el('div', { className: 'bcd-pager' }, prev, el('span', {}, `${from}–${to} / ${page.total}`), next));
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
    if (!data.directives.length) {
      root.appendChild(el('p', { className: 'bcd-muted' }, 'Chưa có Thông báo kết luận hay nhiệm vụ nào.'));
      return;
    }
    const body = el('tbody');
    data.directives.forEach((d) => {
      const extensions = d.extensions.length
        ? el('ul', {}, d.extensions.map((x) => el('li', {}, `${x.oldDeadline} → ${x.newDeadline}: ${x.reason}`)))
        : el('span', { className: 'bcd-muted' }, 'Không');
      body.appendChild(el('tr', {},
        el('td', {}, `${d.ordinal}`, el('div', { className: 'bcd-muted' }, `${d.conclusionNo} (${d.conclusionDate})`)),
        el('td', {}, d.leadAgency),
        el('td', {}, d.supportingAgencies.length ? d.supportingAgencies.join('; ') : 'Không có'),
        el('td', {}, d.task, d.result ? el('div', { className: 'bcd-muted' }, `Kết quả: ${d.result}`) : null),
        el('td', {}, d.deadline, d.originalDeadline !== d.deadline ? el('div', { className: 'bcd-muted' }, `Hạn ban đầu: ${d.originalDeadline}`) : null),
        el('td', {}, extensions),
        el('td', { className: d.tone ? `bcd-${d.tone}` : '' }, d.statusLabel)));
    });
    root.appendChild(el('table', {}, el('thead', {}, el('tr', {},
      el('th', {}, 'Nhiệm vụ'), el('th', {}, 'Đơn vị chủ trì'), el('th', {}, 'Đơn vị phối hợp'),
      el('th', {}, 'Nội dung'), el('th', {}, 'Hạn'), el('th', {}, 'Gia hạn (hạn cũ → hạn mới: lý do)'),
      el('th', {}, 'Tình trạng'))), body));
  }).catch((e) => { clear(root); root.appendChild(errorBox(e.message)); });
}

// ---- Tab: Nhắc việc -----------------------------------------------------------------------------------------

function renderReminders(node, api, processInstanceId) {
  const root = el('div', { className: 'bcd-sv' }, el('p', { className: 'bcd-muted' }, 'Đang tải…'));
  node.appendChild(root);
  getJson(`${baseUrl(api)}/process-instance/${encodeURIComponent(processInstanceId)}/reminders`).then((data) => {
    clear(root);
    root.appendChild(caseHeading(data.caseRef));
    if (!data.reminders.length) {
      root.appendChild(el('p', { className: 'bcd-muted' }, 'Chưa có thư nhắc việc hay báo cáo vượt cấp nào.'));
      return;
    }
    const body = el('tbody');
    data.reminders.forEach((r) => {
      const escalation = r.kind === 'ESCALATION_HEAD' || r.kind === 'ESCALATION_CHAIR';
      body.appendChild(el('tr', {},
        el('td', {}, r.sentAt || r.recordedAt),
        el('td', {}, r.taskName, r.directive ? el('div', { className: 'bcd-muted' }, r.directive) : null),
        el('td', {}, r.agency || ''),
        el('td', { className: escalation || r.kind === 'OVERDUE' ? 'bcd-overdue' : 'bcd-soon' }, r.kindLabel,
          r.daysOverdue > 0 ? ` (${r.daysOverdue} ngày làm việc)` : ''),
        el('td', {}, r.statusLabel),
        el('td', {}, r.recipients || ''),
        el('td', {}, r.due)));
    });
    root.appendChild(el('table', {}, el('thead', {}, el('tr', {},
      el('th', {}, 'Thời điểm'), el('th', {}, 'Bước'), el('th', {}, 'Đơn vị'), el('th', {}, 'Loại'),
      el('th', {}, 'Trạng thái'), el('th', {}, 'Người nhận'), el('th', {}, 'Hạn của bước'))), body));
  }).catch((e) => { clear(root); root.appendChild(errorBox(e.message)); });
}

// ---- Nhật ký thao tác (user-operation log of the engine) ------------------------------------------------------

function operationRows(operations, withCase) {
  const body = el('tbody');
  operations.forEach((o) => {
    const who = o.userId ? (o.userName && o.userName.trim() ? `${o.userName} (${o.userId})` : o.userId) : 'Hệ thống';
    body.appendChild(el('tr', {},
      el('td', {}, o.at || ''),
      el('td', {}, who),
      el('td', {}, o.label, o.decision ? el('div', { className: 'bcd-decision' }, o.decision) : null,
        o.detail ? el('div', { className: 'bcd-muted' }, o.detail) : null),
      el('td', {}, o.taskName || el('span', { className: 'bcd-muted' }, o.entityType === 'ProcessInstance' ? 'Cả quy trình' : '–')),
      withCase ? el('td', {}, o.caseNumber ? caseLink(o.caseNumber) : el('span', { className: 'bcd-muted' }, '(không có số)'),
        o.processName ? el('div', { className: 'bcd-muted' }, o.processName) : null) : null));
  });
  const head = el('tr', {}, el('th', {}, 'Thời điểm'), el('th', {}, 'Người thực hiện'), el('th', {}, 'Thao tác'),
    el('th', {}, 'Bước'), withCase ? el('th', {}, 'Vụ việc') : null);
  return el('table', {}, el('thead', {}, head), body);
}

function renderOperations(node, api, processInstanceId) {
  const root = el('div', { className: 'bcd-sv' }, el('p', { className: 'bcd-muted' }, 'Đang tải…'));
  node.appendChild(root);
  getJson(`${baseUrl(api)}/process-instance/${encodeURIComponent(processInstanceId)}/operations`).then((data) => {
    clear(root);
    root.appendChild(caseHeading(data.caseRef));
    if (!data.operations.length) {
      root.appendChild(el('p', { className: 'bcd-muted' }, 'Chưa có thao tác nào được ghi nhận.'));
      return;
    }
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
        list.appendChild(operationRows(page.operations, true));
      }
      const prev = el('button', { className: 'btn btn-default btn-sm', type: 'button' }, '‹ Trang trước');
      const next = el('button', { className: 'btn btn-default btn-sm', type: 'button' }, 'Trang sau ›');
      prev.disabled = page.offset === 0;
      next.disabled = page.operations.length < page.limit;
      prev.onclick = () => { state.offset = Math.max(0, state.offset - state.limit); load(); };
      next.onclick = () => { state.offset += state.limit; load(); };
      list.appendChild(el('div', { className: 'bcd-pager' }, prev, next));
    }).catch((e) => { clear(list); list.appendChild(errorBox(e.message)); });
  }

  load();
}

// ---- Page: Sổ theo dõi vụ việc (case register) -----------------------------------------------------------------

const REGISTER_COLUMNS = [
  { key: 'caseNumber', label: 'Số vụ việc', sort: 'caseNumber' },
  { key: 'debtorName', label: 'Người phải thi hành án', sort: 'debtor' },
  { key: 'enforcementDecisionNo', label: 'Quyết định thi hành án' },
  { key: 'officeName', label: 'Đơn vị đề nghị', sort: 'office' },
  { key: 'categoryLabel', label: 'Loại vụ việc', sort: 'category' },
  { key: 'amountVnd', label: 'Số tiền (đồng)', sort: 'amount', num: true },
  { key: 'statusLabel', label: 'Trạng thái', sort: 'status' },
];

function money(value) {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function hashParams() {
  const hash = window.location.hash || '';
  const q = hash.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : hash.substring(q + 1));
}

function renderRegister(node, api) {
  const state = { q: '', office: '', category: '', status: '', sort: 'caseNumber', order: 'desc', limit: 25, offset: 0 };
  const root = el('div', { className: 'bcd-sv bcd-page' });
  const input = el('input', { type: 'search', className: 'form-control bcd-search', 'aria-label': 'Tìm vụ việc',
    placeholder: 'Số vụ việc, người phải thi hành án, số quyết định thi hành án…' });
  const office = el('select', { className: 'form-control', 'aria-label': 'Đơn vị đề nghị' }, el('option', { value: '' }, 'Tất cả đơn vị'));
  const category = el('select', { className: 'form-control', 'aria-label': 'Loại vụ việc' }, el('option', { value: '' }, 'Tất cả loại vụ việc'));
  const status = el('select', { className: 'form-control', 'aria-label': 'Trạng thái' }, el('option', { value: '' }, 'Mọi trạng thái (cả đã kết thúc)'));
  const search = el('button', { className: 'btn btn-primary', type: 'submit' }, 'Tìm');
  const list = el('div');
  const form = el('form', { className: 'bcd-filters', role: 'search' }, input,
    el('label', {}, 'Đơn vị: ', office), el('label', {}, 'Loại: ', category), el('label', {}, 'Trạng thái: ', status), search);
  root.appendChild(el('h2', {}, 'Sổ theo dõi vụ việc'));
  root.appendChild(el('p', { className: 'bcd-muted' },
    'Mọi vụ việc đang giải quyết và đã kết thúc. Gõ số vụ việc (BCĐ-2026-0001), tên người phải thi hành án hoặc số quyết định; có dấu hay không dấu đều được.'));
  root.appendChild(form);
  root.appendChild(list);
  node.appendChild(root);

  form.onsubmit = (event) => {
    event.preventDefault();
    state.q = input.value.trim();
    state.office = office.value;
    state.category = category.value;
    state.status = status.value;
    state.offset = 0;
    load();
  };
  [office, category, status].forEach((s) => { s.onchange = () => form.onsubmit(new Event('submit')); });

  getJson(`${baseUrl(api)}/cases/choices`).then((choices) => {
    choices.offices.forEach((c) => office.appendChild(el('option', { value: c.code }, c.label)));
    choices.categories.forEach((c) => category.appendChild(el('option', { value: c.code }, c.label)));
    choices.statuses.forEach((c) => status.appendChild(el('option', { value: c.code }, c.label)));
  }).catch((e) => list.appendChild(errorBox(e.message)));

  function load() {
    const params = new URLSearchParams();
    Object.entries(state).forEach(([k, v]) => { if (v !== '' && v !== null) params.set(k, v); });
    getJson(`${baseUrl(api)}/cases?${params}`).then(show).catch((e) => { clear(list); list.appendChild(errorBox(e.message)); });
  }

  function show(page) {
    clear(list);
    list.appendChild(el('p', { className: 'bcd-count' }, `Tìm thấy ${page.total} vụ việc.`));
    const head = el('tr');
    REGISTER_COLUMNS.forEach((c) => {
      if (!c.sort) { head.appendChild(el('th', {}, c.label)); return; }
      const active = state.sort === c.sort;
      const th = el('th', { className: `sortable${c.num ? ' num' : ''}`, title: 'Sắp xếp' },
        c.label, active ? (state.order === 'asc' ? ' ▲' : ' ▼') : '');
      th.onclick = () => {
        if (active) state.order = state.order === 'asc' ? 'desc' : 'asc';
        else { state.sort = c.sort; state.order = c.num || c.sort === 'caseNumber' ? 'desc' : 'asc'; }
        state.offset = 0;
        load();
      };
      head.appendChild(th);
    });
    const body = el('tbody');
    page.rows.forEach((r) => {
      body.appendChild(el('tr', { className: r.closed ? 'bcd-closed' : '' },
        el('td', {}, caseLink(r.caseNumber), el('div', { className: 'bcd-muted' }, `Nhận ${r.createdAt}`)),
        el('td', {}, r.debtorName),
        el('td', {}, r.enforcementDecisionNo, el('div', { className: 'bcd-muted' }, r.enforcementDecisionDate)),
        el('td', {}, r.officeName),
        el('td', {}, r.categoryLabel),
        el('td', { className: 'num' }, money(r.amountVnd)),
        el('td', {}, r.statusLabel, r.closedAt ? el('div', { className: 'bcd-muted' }, `ngày ${r.closedAt}`) : null)));
    });
    if (!page.rows.length) {
      body.appendChild(el('tr', {}, el('td', { colspan: String(REGISTER_COLUMNS.length), className: 'bcd-muted' }, 'Không có vụ việc nào phù hợp.')));
    }
    list.appendChild(el('table', {}, el('thead', {}, head), body));
    const from = page.total === 0 ? 0 : page.offset + 1;
    const to = page.offset + page.rows.length;
    const prev = el('button', { className: 'btn btn-default btn-sm', type: 'button' }, '‹ Trang trước');
    const next = el('button', { className: 'btn btn-default btn-sm', type: 'button' }, 'Trang sau ›');
    prev.disabled = page.offset === 0;
    next.disabled = to >= page.total;
    prev.onclick = () => { state.offset = Math.max(0, state.offset - state.limit); load(); };
    next.onclick = () => { state.offset += state.limit; load(); };
    list.appendChild(el('div', { className: 'bcd-pager' }, prev, el('span', {}, `${from}–${to} / ${page.total}`), next));
  }

  input.focus();
  load();
}

// ---- Page: Hồ sơ vụ việc (one case, open or closed) -----------------------------------------------------------

function fields(pairs) {
  return el('dl', { className: 'bcd-fields' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
}

function table(headers, rows, empty) {
  if (!rows.length) return el('p', { className: 'bcd-muted' }, empty);
  return el('table', {}, el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c === null || c === undefined ? '' : c))))));
}

function section(title, ...content) {
  return el('section', { className: 'bcd-section' }, el('h3', {}, title), ...content);
}

function renderCasePage(node, api) {
  const number = hashParams().get('number') || '';
  const root = el('div', { className: 'bcd-sv bcd-page' },
    el('p', {}, el('a', { href: '#/bcd-register' }, '‹ Sổ theo dõi vụ việc')),
    el('p', { className: 'bcd-muted' }, 'Đang tải…'));
  node.appendChild(root);
  getJson(`${baseUrl(api)}/case?number=${encodeURIComponent(number)}`).then((p) => {
    root.removeChild(root.lastChild);
    const d = p.dossier;
    root.appendChild(el('h2', {}, `Hồ sơ vụ việc ${d.caseNumber}`));
    root.appendChild(el('p', {}, el('strong', {}, d.statusLabel),
      d.closedAt ? ` – kết thúc ngày ${d.closedAt}` : '',
      p.running ? el('span', {}, ' · ', el('a', { href: `#/process-instance/${encodeURIComponent(p.processInstanceId)}/runtime` },
        'Mở phiên bản quy trình đang chạy trong Cockpit')) : ''));
    root.appendChild(section('Hồ sơ đề nghị', fields([
      ['Người phải thi hành án', d.debtorName], ['Người được thi hành án', d.creditorName],
      ['Số tiền phải thi hành (đồng)', money(d.amountVnd)], ['Loại vụ việc', d.categoryLabel],
      ['Quyết định thi hành án', `${d.enforcementDecisionNo} ngày ${d.enforcementDecisionDate}`],
      ['Bản án, quyết định', d.judgmentNo], ['Đơn vị đề nghị', d.submittingAgency], ['Người lập hồ sơ', d.initiator],
      ['Tài sản đang tranh chấp', d.propertyDisputed ? 'Có' : 'Không'], ['Nguy cơ mất an ninh, trật tự', d.securityRisk ? 'Có' : 'Không'],
      ['Khó khăn, vướng mắc', d.obstacle], ['Đề xuất', d.proposal], ['Ngày nhận', d.createdAt], ['Cập nhật lần cuối', d.updatedAt],
      ['Kết quả', d.outcome], ['Số tiền đã thu (đồng)', money(d.amountRecoveredVnd)]])));
    root.appendChild(section('Ý kiến thành viên Ban Chỉ đạo', table(
      ['Đơn vị', 'Ý kiến', 'Nội dung', 'Số văn bản', 'Thời hạn', 'Thời điểm ghi nhận'],
      p.opinions.map((o) => [o.agency, o.positionLabel || '–', o.content, o.documentNo,
        el('span', { className: o.timing === 'ON_TIME' ? 'bcd-done' : 'bcd-overdue' }, o.timingLabel, o.dueAt ? ` (hạn ${o.dueAt})` : ''),
        o.recordedAt]), 'Chưa lấy ý kiến thành viên.')));
    root.appendChild(section('Cuộc họp và kết luận',
      table(['Cuộc họp', 'Ngày', 'Thành phần', 'Biên bản'], p.meetings.map((m) => [m.type, m.date, m.participants,
        [m.minutesNo, m.minutes].filter(Boolean).join(': ')]), 'Chưa có cuộc họp.'),
      table(['Thông báo kết luận', 'Ngày', 'Nội dung', 'Cưỡng chế', 'Người ký'], p.conclusions.map((c) => [c.documentNo,
        c.documentDate, c.summary, c.coercionOrdered ? 'Có tổ chức cưỡng chế' : 'Không', c.issuedBy]), 'Chưa có kết luận.')));
    root.appendChild(section('Nhiệm vụ theo kết luận', table(
      ['Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Nội dung', 'Hạn', 'Gia hạn', 'Tình trạng'],
      p.directives.map((x) => [`${x.ordinal} (${x.conclusionNo})`, x.leadAgency, x.supportingAgencies.join('; ') || 'Không có',
        el('span', {}, x.task, x.result ? el('div', { className: 'bcd-muted' }, `Kết quả: ${x.result}`) : null),
        el('span', {}, x.deadline, x.originalDeadline !== x.deadline ? el('div', { className: 'bcd-muted' }, `Hạn ban đầu: ${x.originalDeadline}`) : null),
        x.extensions.length ? el('ul', {}, x.extensions.map((e) => el('li', {}, `${e.oldDeadline} → ${e.newDeadline}: ${e.reason}`))) : 'Không',
        el('span', { className: x.tone ? `bcd-${x.tone}` : '' }, x.statusLabel)]), 'Chưa có nhiệm vụ.')));
    const coercion = section('Tiến độ cưỡng chế thi hành án');
    if (!p.enforcements.length) coercion.appendChild(el('p', { className: 'bcd-muted' }, 'Không tổ chức cưỡng chế.'));
    p.enforcements.forEach((e) => {
      coercion.appendChild(fields([['Bắt đầu', e.startedAt], ['Ý kiến Công an', e.policePosition], ['Lý do', e.policeReason],
        ['Quyết định của Trưởng ban', e.chairDecision], ['Lý do của Trưởng ban', e.chairReason], ['Kế hoạch cưỡng chế', e.planNo],
        ['Thời điểm cưỡng chế', e.plannedAt], ['Tài sản', e.propertyDescription], ['Biên bản cưỡng chế', e.recordNo],
        ['Ngày lập biên bản', e.recordDate], ['Kết quả cưỡng chế', e.result], ['Kết thúc', e.outcome], ['Ngày kết thúc', e.endedAt]]));
      coercion.appendChild(table(['Bước', 'Số văn bản', 'Ngày', 'Số tiền (đồng)', 'Nội dung', 'Người ghi nhận', 'Thời điểm'],
        e.steps.map((s) => [s.stepLabel, s.documentNo, s.date, money(s.amountVnd), s.detail, s.recordedBy, s.recordedAt]),
        'Chưa có bước nào được ghi nhận.'));
    });
    root.appendChild(coercion);
    root.appendChild(section('Theo dõi, đôn đốc', table(['Loại', 'Kết quả', 'Số tiền đã thu (đồng)', 'Nội dung', 'Số văn bản', 'Người ghi nhận', 'Thời điểm'],
      p.followUp.map((f) => [f.kind, f.outcome, money(f.amountRecoveredVnd), f.content, f.documentNo, f.recordedBy, f.recordedAt]),
      'Chưa có báo cáo theo dõi.')));
    root.appendChild(section('Nhắc việc đã gửi', table(['Thời điểm', 'Bước', 'Đơn vị', 'Loại', 'Trạng thái', 'Hạn của bước'],
      p.reminders.map((r) => [r.sentAt || r.recordedAt, r.taskName, r.agency, r.kindLabel, r.statusLabel, r.due]),
      'Chưa có thư nhắc việc nào.')));
    root.appendChild(section('Nhật ký thao tác', p.operations.length ? operationRows(p.operations, false)
      : el('p', { className: 'bcd-muted' }, 'Chưa có thao tác nào được ghi nhận.')));
  }).catch((e) => { root.removeChild(root.lastChild); root.appendChild(errorBox(e.message)); });
}

// ---- Page: Việc quá hạn (overdue steps and recent operations) --------------------------------------------------

function renderOverduePage(node, api) {
  const root = el('div', { className: 'bcd-page' });
  node.appendChild(root);
  renderDashboard(root, api, false);
  renderRecentOperations(root, api);
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
    render: (node, { api }) => renderRegister(node, api),
    properties: { path: '/bcd-register', label: 'Sổ theo dõi vụ việc' },
  },
  {
    id: 'bcd-case-page',
    pluginPoint: 'cockpit.route',
    render: (node, { api }) => renderCasePage(node, api),
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
