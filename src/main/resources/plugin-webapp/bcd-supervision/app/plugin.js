/*
 * Cockpit views of the steering committee (BCĐ THADS): overdue steps and recent user operations on the dashboard,
 * and three tabs of a process instance (the conclusion's directives, the reminders sent, the user-operation log). Plain DOM and fetch, no build step; styles in
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

function renderDashboard(node, api) {
  const state = { agency: '', category: '', sort: 'due', order: 'asc', limit: 50, offset: 0 };
  const root = el('div', { className: 'bcd-sv' });
  const agencySelect = el('select', { 'aria-label': 'Đơn vị' });
  const categorySelect = el('select', { 'aria-label': 'Loại vụ việc' });
  const summary = el('div');
  const list = el('div');
  root.appendChild(el('h3', {}, 'Việc quá hạn và sắp đến hạn'));
  root.appendChild(el('div', { className: 'bcd-filters' },
    el('label', {}, 'Đơn vị: ', agencySelect),
    el('label', {}, 'Loại vụ việc: ', categorySelect)));
  root.appendChild(summary);
  root.appendChild(list);
  node.appendChild(root);

  agencySelect.onchange = () => { state.agency = agencySelect.value; state.offset = 0; load(); };
  categorySelect.onchange = () => { state.category = categorySelect.value; state.offset = 0; load(); };

  getJson(`${baseUrl(api)}/overdue/choices`).then((choices) => {
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
      const caseLink = el('a', { href: `#/process-instance/${encodeURIComponent(r.processInstanceId)}/runtime` },
        r.caseNumber || '(không có số)');
      rows.appendChild(el('tr', {},
        el('td', {}, caseLink, r.categoryLabel ? el('div', { className: 'bcd-muted' }, r.categoryLabel) : null),
        el('td', {}, r.taskName || ''),
        el('td', {}, r.agencyName || ''),
        el('td', {}, r.assigneeName ? `${r.assigneeName} (${r.assignee})` : el('span', { className: 'bcd-muted' }, 'chưa nhận')),
        el('td', { className: r.overdue ? 'bcd-overdue' : 'bcd-soon' }, r.dueText, r.overdue ? '' : ' (sắp đến hạn)'),
        el('td', { className: 'num' }, r.overdue ? r.daysOverdue : '–'),
        el('td', { className: 'num' }, r.remindersSent),
        el('td', { className: 'num' }, ESCALATION[r.escalationLevel] || r.escalationLevel)));
    });
    list.appendChild(el('table', {}, el('thead', {}, head), rows));

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
      el('td', {}, o.label, o.detail ? el('div', { className: 'bcd-muted' }, o.detail) : null),
      el('td', {}, o.taskName || el('span', { className: 'bcd-muted' }, o.entityType === 'ProcessInstance' ? 'Cả quy trình' : '–')),
      withCase ? el('td', {}, o.caseNumber || el('span', { className: 'bcd-muted' }, '(không có số)'),
        o.processDefinitionKey ? el('div', { className: 'bcd-muted' }, o.processDefinitionKey) : null) : null));
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

export default [
  {
    id: 'bcd-overdue-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, { api }) => renderDashboard(node, api),
    properties: { label: 'Việc quá hạn' },
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
  {
    id: 'bcd-recent-operations',
    pluginPoint: 'cockpit.dashboard',
    priority: 90,
    render: (node, { api }) => renderRecentOperations(node, api),
    properties: { label: 'Nhật ký thao tác' },
  },
];
