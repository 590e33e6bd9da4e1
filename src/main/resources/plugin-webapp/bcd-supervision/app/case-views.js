/*
 * The case register ("Sổ theo dõi vụ việc") and a case's page, shared by the Cockpit plugin (plugin.js) and by Tasklist
 * (the officers' "Vụ việc của đơn vị", webjars/camunda/app/tasklist/scripts/bcd-tasklist.js), with the small DOM helpers
 * both use. What a viewer sees is decided on the server (supervisors every case, agency staff the cases their agency
 * takes part in). Case data holds text typed by users: it is only ever set through text nodes, never as HTML.
 */

export async function getJson(url) {
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

export function el(tag, attrs, ...children) {
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

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function errorBox(message) {
  return el('p', { className: 'bcd-error' }, message);
}

/** Whole đồng with Vietnamese thousands separators (12.500.000). */
export function money(value) {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function fields(pairs) {
  return el('dl', { className: 'bcd-fields' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
    .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
}

/** A table of plain rows (cells are text or elements), or the 'empty' sentence when there are none. */
export function table(headers, rows, empty) {
  if (!rows.length) return el('p', { className: 'bcd-muted' }, empty);
  return el('table', {}, el('thead', {}, el('tr', {}, headers.map((h) => el('th', {}, h)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c === null || c === undefined ? '' : c))))));
}

export function section(title, ...content) {
  return el('section', { className: 'bcd-section' }, el('h3', {}, title), ...content);
}

/** "‹ Trang trước · 26–50 / 120 · Trang sau ›" for a paged list whose state holds offset and limit. */
export function pager(page, shown, state, load) {
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + shown;
  const prev = el('button', { className: 'btn btn-default btn-sm', type: 'button' }, '‹ Trang trước');
  const next = el('button', { className: 'btn btn-default btn-sm', type: 'button' }, 'Trang sau ›');
  prev.disabled = page.offset === 0;
  next.disabled = page.total === undefined ? shown < state.limit : to >= page.total;
  prev.onclick = () => { state.offset = Math.max(0, state.offset - state.limit); load(); };
  next.onclick = () => { state.offset += state.limit; load(); };
  return el('div', { className: 'bcd-pager' }, prev, page.total === undefined ? null : el('span', {}, `${from}–${to} / ${page.total}`), next);
}

/** The user operations of a case (or of many, withCase), each with who, what was decided and the step. */
export function operationRows(operations, withCase, caseLink) {
  return table(['Thời điểm', 'Người thực hiện', 'Thao tác', 'Bước'].concat(withCase ? ['Vụ việc'] : []),
    operations.map((o) => [
      o.at || '',
      o.userId ? (o.userName && o.userName.trim() ? `${o.userName} (${o.userId})` : o.userId) : 'Hệ thống',
      el('span', {}, o.label, o.decision ? el('div', { className: 'bcd-decision' }, o.decision) : null,
        o.detail ? el('div', { className: 'bcd-muted' }, o.detail) : null),
      o.taskName || el('span', { className: 'bcd-muted' }, o.entityType === 'ProcessInstance' ? 'Cả quy trình' : '–'),
    ].concat(withCase ? [el('span', {}, o.caseNumber ? caseLink(o.caseNumber) : el('span', { className: 'bcd-muted' }, '(không có số)'),
      o.processName ? el('div', { className: 'bcd-muted' }, o.processName) : null)] : [])),
    'Chưa có thao tác nào được ghi nhận.');
}

/** One adjustment: what, from what to what, why, who proposed it; then the chair's decision. */
function changeItem(c) {
  const values = c.newValue ? `: ${c.oldValue || 'Không có'} → ${c.newValue}` : '';
  return el('li', {}, `${c.kind}${values}. Lý do: ${c.reason}`,
    el('div', { className: 'bcd-muted' }, `Đề nghị: ${c.proposedBy || ''}, ${c.proposedAt}`),
    el('div', { className: c.decidedAt ? 'bcd-decision' : 'bcd-soon' }, c.decision,
      c.decidedAt ? ` (${c.decidedBy || ''}, ${c.decidedAt})` : '', c.note ? `: ${c.note}` : ''));
}

/** The directives of a case's conclusions with their extensions, adjustments and state. */
export function directivesTable(directives) {
  return table(['Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Nội dung', 'Hạn', 'Gia hạn (hạn cũ → hạn mới: lý do)',
    'Điều chỉnh (đề nghị → ý kiến Trưởng ban)', 'Tình trạng'],
    directives.map((x) => [
      el('span', {}, `${x.ordinal}`, el('div', { className: 'bcd-muted' }, x.conclusionDate ? `${x.conclusionNo} (${x.conclusionDate})` : x.conclusionNo)),
      x.leadAgency, x.supportingAgencies.join('; ') || 'Không có',
      el('span', {}, x.task, x.result ? el('div', { className: 'bcd-muted' }, `Kết quả: ${x.result}`) : null),
      el('span', {}, x.deadline, x.originalDeadline !== x.deadline ? el('div', { className: 'bcd-muted' }, `Hạn ban đầu: ${x.originalDeadline}`) : null),
      x.extensions.length ? el('ul', {}, x.extensions.map((e) => el('li', {}, `${e.oldDeadline} → ${e.newDeadline}: ${e.reason}`)))
        : el('span', { className: 'bcd-muted' }, 'Không'),
      (x.changes || []).length ? el('ul', { className: 'bcd-changes' }, x.changes.map(changeItem))
        : el('span', { className: 'bcd-muted' }, 'Không'),
      el('span', { className: x.tone ? `bcd-${x.tone}` : '' }, x.statusLabel)]),
    'Chưa có Thông báo kết luận hay nhiệm vụ nào.');
}

// ---- Sổ theo dõi vụ việc (case register) ------------------------------------------------------------------------

const REGISTER_COLUMNS = [
  { label: 'Số vụ việc', sort: 'caseNumber' },
  { label: 'Người phải thi hành án', sort: 'debtor' },
  { label: 'Quyết định thi hành án' },
  { label: 'Đơn vị đề nghị', sort: 'office' },
  { label: 'Loại vụ việc', sort: 'category' },
  { label: 'Số tiền (đồng)', sort: 'amount', num: true },
  { label: 'Trạng thái', sort: 'status' },
];

/**
 * options: base (the plugin's data URL), title, intro, caseLink(caseNumber) → the element that opens a case.
 */
export function renderRegister(node, options) {
  const base = options.base;
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
  root.appendChild(el('h2', {}, options.title));
  root.appendChild(el('p', { className: 'bcd-muted' }, options.intro));
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

  getJson(`${base}/cases/choices`).then((choices) => {
    choices.offices.forEach((c) => office.appendChild(el('option', { value: c.code }, c.label)));
    choices.categories.forEach((c) => category.appendChild(el('option', { value: c.code }, c.label)));
    choices.statuses.forEach((c) => status.appendChild(el('option', { value: c.code }, c.label)));
  }).catch((e) => list.appendChild(errorBox(e.message)));

  function load() {
    const params = new URLSearchParams();
    Object.entries(state).forEach(([k, v]) => { if (v !== '' && v !== null) params.set(k, v); });
    getJson(`${base}/cases?${params}`).then(show).catch((e) => { clear(list); list.appendChild(errorBox(e.message)); });
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
        el('td', {}, options.caseLink(r.caseNumber), el('div', { className: 'bcd-muted' }, `Nhận ${r.createdAt}`)),
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
    list.appendChild(pager(page, page.rows.length, state, load));
  }

  input.focus();
  load();
}

// ---- Hồ sơ vụ việc (one case, open or closed) --------------------------------------------------------------------

/** The meeting the case is on, and its agenda: every case by number, in order, and whose minutes are recorded. */
function meetingAgenda(caseNumber, m) {
  return el('div', { className: 'bcd-agenda' },
    el('h4', {}, `Chương trình cuộc họp: ${m.title}, ngày ${m.date}`),
    fields([['Giờ họp', m.time], ['Địa điểm', m.place], ['Người chủ trì', m.chair],
      ['Tài liệu của vụ việc gửi thành viên ngày', m.papersSentDate]]),
    table(['STT', 'Vụ việc', 'Biên bản'], m.agenda.map((a) => [String(a.agendaNo),
      a.caseNumber === caseNumber ? el('strong', {}, a.caseNumber, ' (vụ việc này)') : a.caseNumber,
      a.minutesRecorded ? el('span', { className: 'bcd-done' }, 'Đã lập biên bản', a.minutesNo ? ` ${a.minutesNo}` : '')
        : el('span', { className: 'bcd-muted' }, 'Chưa lập biên bản')]), 'Chương trình họp chưa có vụ việc.'));
}

/** A link that downloads a document (always saved as a file: the server sends it as an attachment). */
function documentLink(base, id, text) {
  return el('a', { href: `${base}/case/documents/${encodeURIComponent(id)}`, download: '', className: 'bcd-document-link' }, text);
}

/**
 * The case's documents: kind, number and date, file (download), size, who and when, earlier versions; action(d), when
 * given, adds a last column (Tasklist's "Gỡ").
 */
export function documentsTable(base, documents, action) {
  return table(['Loại', 'Số, ngày văn bản', 'Tệp', 'Dung lượng', 'Người tải lên', 'Phiên bản trước'].concat(action ? [''] : []),
    documents.map((d) => [
      d.kindLabel,
      [d.documentNo, d.documentDate ? `ngày ${d.documentDate}` : null].filter(Boolean).join(' ') || el('span', { className: 'bcd-muted' }, '–'),
      el('span', {}, documentLink(base, d.id, d.fileName), el('div', { className: 'bcd-muted' }, d.typeLabel)),
      d.sizeLabel,
      el('span', {}, d.addedByName || d.addedBy, el('div', { className: 'bcd-muted' }, d.addedAt),
        d.stepName ? el('div', { className: 'bcd-muted' }, `Tải lên ở bước: ${d.stepName}`) : null),
      d.earlierVersions.length
        ? el('ul', { className: 'bcd-versions' }, d.earlierVersions.map((v) => el('li', {}, `Phiên bản ${v.version}: `,
          documentLink(base, v.id, v.fileName), ` (${v.sizeLabel}, ${v.addedByName || v.addedBy}, ${v.addedAt})`)))
        : el('span', { className: 'bcd-muted' }, d.version > 1 ? `Phiên bản ${d.version}` : 'Không')]
      .concat(action ? [action(d)] : [])),
    'Chưa có tài liệu nào.');
}

/**
 * The case's documents a page at a time: the table of those shown so far, "Hiển thị x/y tài liệu" and, while there are
 * more, "Xem thêm", which asks more(offset) for the next page ({documents, total}: a promise) and adds its documents.
 * A document already shown is not shown twice (one added meanwhile moves the list down by one).
 */
export function documentsList(base, first, total, more, action) {
  const shown = first.slice();
  let count = total;
  const box = el('div', { className: 'bcd-documents' });
  function render(error) {
    clear(box);
    box.appendChild(documentsTable(base, shown, action));
    if (!shown.length) return;
    box.appendChild(el('p', { className: 'bcd-muted bcd-documents-count' }, `Hiển thị ${shown.length}/${count} tài liệu`));
    if (error) box.appendChild(errorBox(error));
    if (shown.length >= count) return;
    const button = el('button', { type: 'button', className: 'btn btn-default btn-sm bcd-documents-more' }, 'Xem thêm');
    button.onclick = () => {
      button.disabled = true;
      more(shown.length).then((page) => {
        const known = new Set(shown.map((d) => d.id));
        page.documents.forEach((d) => { if (!known.has(d.id)) shown.push(d); });
        // An empty page: documents were removed meanwhile; what is shown is all there is to add.
        count = page.documents.length ? Math.max(page.total, shown.length) : shown.length;
        render();
      }).catch((e) => render(e.message));
    };
    box.appendChild(button);
  }
  render();
  return box;
}

/**
 * options: base, number (the case number), back (an element leading back to the register), instanceLink(processInstanceId)
 * → an element opening the running instance, or null where there is none (Tasklist).
 */
export function renderCasePage(node, options) {
  const root = el('div', { className: 'bcd-sv bcd-page' }, el('p', {}, options.back), el('p', { className: 'bcd-muted' }, 'Đang tải…'));
  node.appendChild(root);
  getJson(`${options.base}/case?number=${encodeURIComponent(options.number)}`).then((p) => {
    root.removeChild(root.lastChild);
    const d = p.dossier;
    const instance = p.running && options.instanceLink ? options.instanceLink(p.processInstanceId) : null;
    root.appendChild(el('h2', {}, `Hồ sơ vụ việc ${d.caseNumber}`));
    root.appendChild(el('p', {}, el('strong', {}, d.statusLabel),
      d.closedAt ? ` – kết thúc ngày ${d.closedAt}` : '', instance ? el('span', {}, ' · ', instance) : ''));
    root.appendChild(section('Hồ sơ đề nghị', fields([
      ['Người phải thi hành án', d.debtorName], ['Người được thi hành án', d.creditorName],
      ['Số tiền phải thi hành (đồng)', money(d.amountVnd)], ['Loại vụ việc', d.categoryLabel],
      ['Quyết định thi hành án', `${d.enforcementDecisionNo} ngày ${d.enforcementDecisionDate}`],
      ['Bản án, quyết định', d.judgmentNo], ['Đơn vị đề nghị', d.submittingAgency], ['Người lập hồ sơ', d.initiator],
      ['Tài sản đang tranh chấp', d.propertyDisputed ? 'Có' : 'Không'], ['Nguy cơ mất an ninh, trật tự', d.securityRisk ? 'Có' : 'Không'],
      ['Người phải thi hành án là người có công, thuộc diện chính sách', d.debtorPolicyBeneficiary ? 'Có' : 'Không'],
      ['Khó khăn, vướng mắc', d.obstacle], ['Đề xuất', d.proposal], ['Ngày nhận', d.createdAt], ['Cập nhật lần cuối', d.updatedAt],
      ['Kết quả', d.outcome], ['Số tiền đã thu (đồng)', money(d.amountRecoveredVnd)]])));
    if (d.category === 'tin-dung-ngan-hang') {
      root.appendChild(section('Thông tin tín dụng, ngân hàng', fields([
        ['Người được thi hành án là tổ chức tín dụng', d.creditorIsCreditInstitution ? 'Có' : 'Không'],
        ['Tên tổ chức tín dụng', d.creditInstitutionName], ['Tài sản bảo đảm', d.collateralDescription],
        ['Đăng ký biện pháp bảo đảm', d.collateralRegistration], ['Giá trị tài sản bảo đảm (đồng)', money(d.collateralValueVnd)],
        ['Nợ gốc (đồng)', money(d.principalVnd)], ['Nợ lãi (đồng)', money(d.interestVnd)]])));
    }
    root.appendChild(section('Tài liệu của vụ việc', documentsList(options.base, p.documents || [], p.documentsTotal || 0,
      (offset) => getJson(`${options.base}/case/documents?number=${encodeURIComponent(options.number)}&offset=${offset}`))));
    // A case put before the committee more than once shows its rounds, and each opinion and notice its round.
    const rounds = p.rounds || [];
    const byRound = rounds.length > 1;
    const roundOf = (n) => (byRound ? [`Lần ${n}`] : []);
    if (byRound) {
      root.appendChild(section('Các lần xin ý kiến Ban Chỉ đạo', table(['Lần', 'Lý do', 'Người đề nghị', 'Thời điểm'],
        rounds.map((r) => [`Lần ${r.round}`, r.reason, r.openedBy || '', r.openedAt]), '')));
    }
    if (p.earlyClosure) {
      const e = p.earlyClosure;
      root.appendChild(section('Kết thúc vụ việc trước hạn', fields([['Lý do', e.kindLabel],
        ['Văn bản', `${e.documentNo} ngày ${e.documentDate}`], ['Ghi chú', e.note],
        ['Số nhiệm vụ chưa hoàn thành đã dừng', String(e.directivesEnded)], ['Người báo', e.reportedBy], ['Thời điểm', e.reportedAt]])));
    }
    const a = p.administrative;
    if (a) {
      const doc = (no, date) => (no ? `${no}${date ? ` ngày ${date}` : ''}` : null);
      root.appendChild(section('Thi hành án hành chính', el('p', {}, el('strong', {},
        a.outcomeLabel || a.statusLabel)), fields([
        ['Cơ quan phải thi hành án', a.obligedBody], ['Cơ quan cấp trên trực tiếp', a.superior],
        ['Ngày bản án, quyết định', a.judgmentDate], ['Ngày cơ quan nhận bản án', a.judgmentReceivedDate],
        ['Hạn gửi thông báo', a.noticeDue], ['Thông báo của cơ quan thi hành án', doc(a.noticeNo, a.noticeDate) || (a.noticeDue ? 'Chưa gửi' : null)],
        ['Hết thời hạn tự thi hành', a.selfExecutionDue],
        ['Kết quả tự thi hành', a.resultLabel ? `${a.resultLabel} (${doc(a.resultDocumentNo, a.resultDate)})` : null],
        ['Nội dung chưa thi hành', a.resultNote],
        ['Đề nghị Tòa án', doc(a.courtRequestNo, a.courtRequestDate)],
        ['Quyết định buộc thi hành án', doc(a.compellingDecisionNo, a.compellingDecisionDate)],
        ['Công khai việc không chấp hành', a.publicationChannel ? `${a.publicationChannel} ngày ${a.publicationDate}${a.publicationReference ? ` (${a.publicationReference})` : ''}` : null],
        ['Kiến nghị xử lý kỷ luật', a.disciplineRequestNo ? `${doc(a.disciplineRequestNo, a.disciplineRequestDate)} gửi ${a.disciplineAddressee || ''}: ${a.disciplineOfficials || ''}` : null],
        ['Số lần theo dõi, đôn đốc', a.followUpCount ? String(a.followUpCount) : null],
        ['Lần theo dõi gần nhất', a.lastFollowUpLabel ? `${a.lastFollowUpLabel} ngày ${a.lastFollowUpDate}: ${a.lastFollowUpNote || ''}` : null],
        ['Kết thúc theo dõi', a.outcomeLabel ? `${a.outcomeLabel} ngày ${a.outcomeDate}` : null]])));
    }
    root.appendChild(section('Ý kiến thành viên Ban Chỉ đạo', table(
      [...(byRound ? ['Lần'] : []), 'Đơn vị', 'Ý kiến', 'Nội dung', 'Số văn bản', 'Thời hạn', 'Thời điểm ghi nhận'],
      p.opinions.map((o) => [...roundOf(o.round), o.agency, o.positionLabel || '–', o.content, o.documentNo,
        el('span', { className: o.timing === 'ON_TIME' ? 'bcd-done' : 'bcd-overdue' }, o.timingLabel, o.dueAt ? ` (hạn ${o.dueAt})` : ''),
        o.recordedAt]), 'Chưa lấy ý kiến thành viên.')));
    root.appendChild(section('Cuộc họp và kết luận',
      table(['Cuộc họp', 'Ngày', 'Thành phần', 'Biên bản'], p.meetings.map((m) => [
        m.title ? el('span', {}, m.title, el('div', { className: 'bcd-muted' }, m.type)) : m.type,
        [m.date, m.time].filter(Boolean).join(' '), m.participants,
        [m.minutesNo, m.minutes].filter(Boolean).join(': ')]), 'Chưa có cuộc họp.'),
      ...p.meetings.filter((m) => m.meetingId).map((m) => meetingAgenda(d.caseNumber, m)),
      table([...(byRound ? ['Lần'] : []), 'Thông báo kết luận', 'Ngày', 'Nội dung', 'Cưỡng chế', 'Người ký'], p.conclusions.map((c) => [...roundOf(c.round), c.documentNo,
        c.documentDate, c.summary, c.coercionOrdered ? 'Có tổ chức cưỡng chế' : 'Không',
        el('span', {}, c.issuedBy, c.signedAs ? el('div', { className: 'bcd-muted' }, c.signedAs) : null)]), 'Chưa có kết luận.')));
    if ((p.informationRequests || []).length) {
      root.appendChild(section('Yêu cầu bổ sung thông tin của Trưởng ban', table(
        ['Yêu cầu', 'Thời hạn', 'Người yêu cầu', 'Thông tin bổ sung', 'Số văn bản', 'Người trả lời'],
        p.informationRequests.map((r) => [r.request, r.dueDate, `${r.requestedBy || ''} ${r.requestedAt}`,
          r.answer || el('span', { className: 'bcd-soon' }, 'Chưa trả lời'), r.documentNo,
          r.answeredAt ? `${r.answeredBy || ''} ${r.answeredAt}` : '']), '')));
    }
    root.appendChild(section('Nhiệm vụ theo kết luận', directivesTable(p.directives)));
    const coercion = section('Tiến độ cưỡng chế thi hành án');
    if (!p.enforcements.length) coercion.appendChild(el('p', { className: 'bcd-muted' }, 'Không tổ chức cưỡng chế.'));
    p.enforcements.forEach((e) => {
      coercion.appendChild(fields([['Bắt đầu', e.startedAt], ['Ý kiến Công an', e.policePosition], ['Lý do', e.policeReason],
        ['Quyết định của Trưởng ban', e.chairDecision], ['Lý do của Trưởng ban', e.chairReason],
        ['Quyết định cưỡng chế', [e.coercionDecisionNo, e.coercionDecisionDate].filter(Boolean).join(' ngày ')],
        ['Lần tổ chức cưỡng chế', e.roundNumber > 1 ? `Lần ${e.roundNumber}` : null], ['Kế hoạch cưỡng chế', e.planNo],
        ['Thời điểm cưỡng chế', e.plannedAt], ['Tài sản', e.propertyDescription], ['Biên bản cưỡng chế', e.recordNo],
        ['Ngày lập biên bản', e.recordDate], ['Kết quả cưỡng chế', e.result], ['Kết thúc', e.outcome], ['Ngày kết thúc', e.endedAt]]));
      coercion.appendChild(table(['Bước', 'Số văn bản', 'Ngày', 'Số tiền (đồng)', 'Nội dung', 'Người ghi nhận', 'Thời điểm'],
        e.steps.map((s) => [s.stepLabel, s.documentNo, s.date, money(s.amountVnd), s.detail, s.recordedBy, s.recordedAt]),
        'Chưa có bước nào được ghi nhận.'));
      if ((e.postponements || []).length) {
        coercion.appendChild(table(['Lần', 'Thời điểm cưỡng chế dự kiến', 'Lý do không tổ chức được', 'Nội dung', 'Quyết định hoãn', 'Ngày quyết định', 'Hướng xử lý', 'Người ghi nhận'],
          e.postponements.map((x) => [x.roundNumber, x.plannedAt, x.reason, x.detail, x.decisionNo, x.decisionDate, x.nextStep, `${x.recordedBy || ''} ${x.recordedAt}`]), ''));
      }
    });
    root.appendChild(coercion);
    root.appendChild(section('Theo dõi, đôn đốc', table(['Loại', 'Kết quả', 'Số tiền đã thu (đồng)', 'Nội dung', 'Số văn bản', 'Ngày văn bản', 'Áp dụng luật', 'Người ghi nhận', 'Thời điểm'],
      p.followUp.map((f) => [f.kind, f.outcome, money(f.amountRecoveredVnd), f.content, f.documentNo, f.documentDate, f.applicableLaw, f.recordedBy, f.recordedAt]),
      'Chưa có báo cáo theo dõi.')));
    root.appendChild(section('Nhắc việc đã gửi', table(['Thời điểm', 'Bước', 'Đơn vị', 'Loại', 'Trạng thái', 'Hạn của bước'],
      p.reminders.map((r) => [r.sentAt || r.recordedAt, r.taskName, r.agency, r.kindLabel, r.statusLabel, r.due]),
      'Chưa có thư nhắc việc nào.')));
    root.appendChild(section('Nhật ký thao tác', operationRows(p.operations, false)));
  }).catch((e) => { root.removeChild(root.lastChild); root.appendChild(errorBox(e.message)); });
}
