/*
 * Cockpit page "Báo cáo của Ban Chỉ đạo" (#/bcd-report): the committee's report of a period for the province or one
 * regional THADS office, as tables and charts, each number a link to the cases behind it (shown under the filters,
 * each case number linking to the case page). The numbers come from .../report (the same CommitteeReport as
 * /api/reports/committee), the cases from .../report/cases. Charts: Chart.js (webjar org.webjars.npm:chart.js),
 * served by the plugin at static/lib/chart.umd.js and loaded once, on first use. Text from the server only ever
 * goes through text nodes.
 */
import { clear, el, errorBox, getJson, money, section } from './case-views.js';

const BANK_CREDIT = 'tin-dung-ngan-hang';
const ADMINISTRATIVE = 'hanh-chinh';

function singledOut(x) {
  return x.category === BANK_CREDIT || x.category === ADMINISTRATIVE;
}

/** The categories of the outcomes, bank credit and administrative judgments first (table and chart alike). */
function categoriesInOrder(byCategory) {
  return byCategory.filter(singledOut).concat(byCategory.filter((x) => !singledOut(x)));
}

let chartLibrary = null;

/** Chart.js's UMD bundle, loaded once; Cockpit's RequireJS is hidden meanwhile so that it sets window.Chart. */
function loadChart(staticBase) {
  if (window.Chart) return Promise.resolve(window.Chart);
  if (!chartLibrary) {
    chartLibrary = new Promise((resolve, reject) => {
      const amd = window.define;
      window.define = undefined;
      const script = document.createElement('script');
      script.src = `${staticBase}/lib/chart.umd.js`;
      script.onload = () => { window.define = amd; resolve(window.Chart); };
      script.onerror = () => { window.define = amd; chartLibrary = null; reject(new Error('Không tải được thư viện biểu đồ.')); };
      document.head.appendChild(script);
    });
  }
  return chartLibrary;
}

function day(iso) {
  if (!iso) return '';
  const [y, m, d] = String(iso).split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The page. options: base (the plugin's REST base of the engine), staticBase (its static assets), caseLink(number).
 */
export function renderReportPage(node, options) {
  const { base, staticBase, caseLink } = options;
  const state = { year: '', period: '', office: 'tinh' };
  const charts = [];
  const root = el('div', { className: 'bcd-sv bcd-page bcd-report' });
  const year = el('select', { className: 'form-control', 'aria-label': 'Năm báo cáo', name: 'year' });
  const period = el('select', { className: 'form-control', 'aria-label': 'Kỳ báo cáo', name: 'period' });
  const office = el('select', { className: 'form-control', 'aria-label': 'Đơn vị', name: 'office' });
  // The report as files (the same as /api/reports/committee/export); their links follow the choice (load()).
  const xlsx = el('a', { className: 'btn btn-default', 'data-format': 'xlsx', title: 'Một trang tính cho mỗi phần' },
    'Tải bảng tính (XLSX)');
  const docx = el('a', { className: 'btn btn-default', 'data-format': 'docx', title: 'Báo cáo theo thể thức văn bản hành chính' },
    'Tải báo cáo (DOCX)');
  const downloads = el('div', { className: 'bcd-report-downloads' }, xlsx, ' ', docx);
  const drill = el('div', { className: 'bcd-report-cases' });
  const body = el('div', { className: 'bcd-report-body' });
  root.appendChild(el('h2', {}, 'Báo cáo của Ban Chỉ đạo'));
  root.appendChild(el('p', { className: 'bcd-muted' },
    'Năm báo cáo từ 01/10 năm trước đến 30/09. Bấm vào một con số để xem các vụ việc được tính.'));
  root.appendChild(el('div', { className: 'bcd-filters' },
    el('label', {}, 'Năm báo cáo: ', year), el('label', {}, 'Kỳ: ', period), el('label', {}, 'Đơn vị: ', office),
    downloads));
  root.appendChild(drill);
  root.appendChild(body);
  node.appendChild(root);

  getJson(`${base}/report/choices`).then((choices) => {
    choices.years.forEach((y) => year.appendChild(el('option', { value: String(y) },
      `${y} (01/10/${y - 1} – 30/09/${y})`)));
    const groups = [['Năm', (c) => c === 'Y'], ['6 tháng', (c) => c[0] === 'H'], ['Quý', (c) => c[0] === 'Q'],
      ['Tháng', (c) => c[0] === 'M']];
    groups.forEach(([label, test]) => period.appendChild(el('optgroup', { label },
      choices.periods.filter((p) => test(p.value)).map((p) => el('option', { value: p.value }, p.label)))));
    choices.offices.forEach((o) => office.appendChild(el('option', { value: o.value }, o.label)));
    state.year = String(choices.year);
    state.period = choices.period;
    year.value = state.year;
    period.value = state.period;
    office.value = state.office;
    load();
  }).catch((e) => body.appendChild(errorBox(e.message)));

  year.onchange = () => { state.year = year.value; load(); };
  period.onchange = () => { state.period = period.value; load(); };
  office.onchange = () => { state.office = office.value; load(); };

  function query(extra) {
    const params = new URLSearchParams({ year: state.year, period: state.period, office: state.office });
    Object.entries(extra || {}).forEach(([k, v]) => { if (v) params.set(k, v); });
    return params.toString();
  }

  // Only the answer to the latest choice is shown: an earlier one may come back later.
  let latest = 0;

  function load() {
    const ticket = ++latest;
    xlsx.href = `${base}/report/export?${query({ format: 'xlsx' })}`;
    docx.href = `${base}/report/export?${query({ format: 'docx' })}`;
    clear(drill);
    clear(body);
    body.appendChild(el('p', { className: 'bcd-muted' }, 'Đang tải…'));
    getJson(`${base}/report?${query()}`).then((page) => { if (ticket === latest) show(page); })
      .catch((e) => { if (ticket === latest) { clear(body); body.appendChild(errorBox(e.message)); } });
  }

  /** A number that opens the list of the cases behind it. */
  function number(value, metric, agency, category, label) {
    const link = el('a', { className: 'bcd-report-number', role: 'button', tabindex: '0', 'data-metric': metric,
      'data-agency': agency || '', 'data-category': category || '', title: 'Xem các vụ việc được tính' }, String(value));
    const open = () => showCases(metric, agency, category, label);
    link.onclick = open;
    link.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
    return link;
  }

  function showCases(metric, agency, category, label) {
    clear(drill);
    drill.appendChild(el('p', { className: 'bcd-muted' }, 'Đang tải…'));
    getJson(`${base}/report/cases?${query({ metric, agency, category })}`).then((list) => {
      clear(drill);
      const title = [list.label, label].filter(Boolean).join(' – ');
      drill.appendChild(el('h3', {}, `Các vụ việc: ${title}`));
      drill.appendChild(el('p', {}, `${list.period}: ${list.count} vụ việc.`));
      if (list.cases.length) {
        drill.appendChild(el('ul', { className: 'bcd-report-case-list' },
          list.cases.map((n) => el('li', {}, caseLink(n)))));
      }
      const close = el('button', { className: 'btn btn-default btn-sm', type: 'button' }, 'Đóng danh sách');
      close.onclick = () => clear(drill);
      drill.appendChild(close);
      drill.scrollIntoView({ block: 'start' });
    }).catch((e) => { clear(drill); drill.appendChild(errorBox(e.message)); });
  }

  function figuresTable(figures) {
    return el('table', { className: 'bcd-report-figures' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Chỉ tiêu'), el('th', { className: 'num' }, 'Số lượng'),
        el('th', {}, 'Theo đơn vị'))),
      el('tbody', {}, Object.values(figures).map((f) => el('tr', {},
        el('td', {}, f.label),
        el('td', { className: 'num' }, number(f.total, f.metric, null, null, null)),
        el('td', {}, f.byAgency.filter((a) => a.agency).flatMap((a, i) => [i ? '; ' : '', `${a.agencyName}: `,
          number(a.count, f.metric, a.agency, null, a.agencyName)]))))));
  }

  function chartCanvas(id, label) {
    return el('div', { className: 'bcd-chart' }, el('canvas', { id, role: 'img', 'aria-label': label }));
  }

  function drawCharts(report) {
    charts.splice(0).forEach((c) => c.destroy());
    loadChart(staticBase).then((Chart) => {
      const common = { animation: false, responsive: true, maintainAspectRatio: false };
      const rates = report.committee.rates;
      const rateCanvas = document.getElementById('bcd-chart-rates');
      if (rateCanvas) {
        charts.push(new Chart(rateCanvas, {
          type: 'bar',
          data: {
            labels: rates.map((r) => r.agencyName),
            datasets: [
              { label: 'Đúng hạn (kể cả gia hạn), %', data: rates.map((r) => (r.rate === null ? null : Number(r.rate))), backgroundColor: '#2e7d32' },
              { label: 'Đúng hạn ban đầu, %', data: rates.map((r) => (r.rateOriginal === null ? null : Number(r.rateOriginal))), backgroundColor: '#155cb5' },
            ],
          },
          options: { ...common, scales: { y: { min: 0, max: 100 } } },
        }));
      }
      const outcomeCanvas = document.getElementById('bcd-chart-outcomes');
      if (outcomeCanvas) {
        const cats = categoriesInOrder(report.outcomes.byCategory);
        charts.push(new Chart(outcomeCanvas, {
          type: 'bar',
          data: {
            labels: cats.map((c) => c.label),
            datasets: [
              { label: 'Thi hành xong', data: cats.map((c) => c.completed), backgroundColor: '#2e7d32' },
              { label: 'Đình chỉ', data: cats.map((c) => c.terminated), backgroundColor: '#a15c00' },
              { label: 'Chuyển kỳ sau', data: cats.map((c) => c.carriedOver), backgroundColor: '#888' },
            ],
          },
          options: { ...common, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
        }));
      }
    }).catch((e) => body.appendChild(errorBox(e.message)));
  }

  function show(page) {
    const r = page.report;
    clear(body);
    body.appendChild(el('p', { className: 'bcd-report-heading' }, el('strong', {}, `${r.periodLabel} – ${r.scopeName}`),
      ` (từ ${day(r.from)} đến ${day(r.to)}; số liệu tính đến ngày ${day(r.asOf)})`));

    const c = r.committee;
    body.appendChild(section('Công tác của Ban Chỉ đạo', figuresTable(c.figures)));

    const rateRow = (x, label) => el('tr', { className: x.agency ? '' : 'bcd-report-total' },
      el('td', {}, label),
      el('td', { className: 'num' }, number(x.doneOnTime, 'directivesDoneOnTime', x.agency, null, label)),
      el('td', { className: 'num' }, number(x.doneOnTimeOriginal, 'directivesDoneOnTimeOriginal', x.agency, null, label)),
      el('td', { className: 'num' }, number(x.doneLate, 'directivesDoneLate', x.agency, null, label)),
      el('td', { className: 'num' }, number(x.overdue, 'directivesOverdue', x.agency, null, label)),
      el('td', { className: 'num' }, number(x.overdueOriginal, 'directivesOverdueOriginal', x.agency, null, label)),
      el('td', { className: 'num' }, x.rateLabel || '–'),
      el('td', { className: 'num' }, x.rateOriginalLabel || '–'));
    body.appendChild(section('Nhiệm vụ đúng hạn theo đơn vị chủ trì',
      c.rates.length ? el('table', { className: 'bcd-report-rates' },
        el('thead', {}, el('tr', {}, ['Đơn vị chủ trì', 'Đúng hạn (kể cả gia hạn)', 'Đúng hạn ban đầu', 'Hoàn thành trễ hạn',
          'Đang quá hạn', 'Quá hạn ban đầu', 'Tỷ lệ đúng hạn (kể cả gia hạn)', 'Tỷ lệ đúng hạn (không tính gia hạn)']
          .map((h, i) => el('th', { className: i ? 'num' : '' }, h)))),
        el('tbody', {}, c.rates.map((x) => rateRow(x, x.agencyName)), rateRow(c.allAgencies, 'Tất cả đơn vị')))
        : el('p', { className: 'bcd-muted' }, 'Không có nhiệm vụ đến hạn trong kỳ.'),
      c.rates.length ? chartCanvas('bcd-chart-rates', 'Biểu đồ tỷ lệ nhiệm vụ đúng hạn theo đơn vị') : null));

    body.appendChild(section('10 nhiệm vụ quá hạn lâu nhất',
      c.oldestOverdue.length ? el('table', {}, el('thead', {}, el('tr', {},
        ['Số vụ việc', 'Đơn vị chủ trì', 'Nhiệm vụ', 'Hạn', 'Hạn ban đầu', 'Số ngày quá hạn']
          .map((h, i) => el('th', { className: i === 5 ? 'num' : '' }, h)))),
      el('tbody', {}, c.oldestOverdue.map((d) => el('tr', {}, el('td', {}, caseLink(d.caseNumber)), el('td', {}, d.agencyName),
        el('td', {}, d.task), el('td', {}, day(d.deadline)), el('td', {}, day(d.originalDeadline)),
        el('td', { className: 'num' }, String(d.daysOverdue))))))
        : el('p', { className: 'bcd-muted' }, 'Không có nhiệm vụ quá hạn.')));

    const en = r.enforcement;
    body.appendChild(section('Cưỡng chế và xử lý tài sản', figuresTable(en.figures),
      el('h4', {}, 'Tài sản tranh chấp đang chờ Tòa án, cơ quan có thẩm quyền'),
      en.pendingDisputes.length ? el('table', {}, el('thead', {}, el('tr', {},
        ['Số vụ việc', 'Đơn vị', 'Ngày thụ lý', 'Số ngày chờ'].map((h, i) => el('th', { className: i === 3 ? 'num' : '' }, h)))),
      el('tbody', {}, en.pendingDisputes.map((d) => el('tr', {}, el('td', {}, caseLink(d.caseNumber)), el('td', {}, d.agencyName),
        el('td', {}, day(d.suitAccepted)), el('td', { className: 'num' }, String(d.ageDays))))))
        : el('p', { className: 'bcd-muted' }, 'Không có tài sản tranh chấp đang chờ.')));

    const o = r.outcomes;
    const cats = categoriesInOrder(o.byCategory);
    body.appendChild(section('Kết quả giải quyết vụ việc', figuresTable(o.figures),
      el('p', {}, `Số tiền phải thi hành của các vụ việc đã kết thúc: ${money(o.amountDue)} đồng; đã thu: ${money(o.amountRecovered)} đồng.`),
      el('h4', {}, 'Theo loại vụ việc (án tín dụng, ngân hàng và án hành chính tách riêng)'),
      el('table', { className: 'bcd-report-categories' }, el('thead', {}, el('tr', {},
        ['Loại vụ việc', 'Đã kết thúc', 'Thi hành xong', 'Đình chỉ', 'Chuyển kỳ sau', 'Phải thi hành (đồng)', 'Đã thu (đồng)']
          .map((h, i) => el('th', { className: i ? 'num' : '' }, h)))),
      el('tbody', {}, cats.map((x) => el('tr', { className: singledOut(x) ? 'bcd-report-singled' : '', 'data-category': x.category },
        el('td', {}, x.label),
        el('td', { className: 'num' }, number(x.closed, 'closed', null, x.category, x.label)),
        el('td', { className: 'num' }, number(x.completed, 'closedCompleted', null, x.category, x.label)),
        el('td', { className: 'num' }, number(x.terminated, 'closedTerminated', null, x.category, x.label)),
        el('td', { className: 'num' }, number(x.carriedOver, 'carriedOver', null, x.category, x.label)),
        el('td', { className: 'num' }, money(x.amountDue)),
        el('td', { className: 'num' }, money(x.amountRecovered)))))),
      chartCanvas('bcd-chart-outcomes', 'Biểu đồ kết quả theo loại vụ việc')));

    body.appendChild(statisticsSection(page.statistics, r));
    drawCharts(r);
  }

  function statisticsSection(s, r) {
    const title = `Số liệu thi hành án dân sự – ${r.scopeName}`;
    if (!s || !s.entered) {
      return section(title, el('p', { className: 'bcd-muted bcd-report-no-statistics' }, 'Chưa có số liệu'));
    }
    const side = (x) => el('div', { className: 'bcd-report-side' }, el('h4', {}, `${x.label} (${x.unit})`),
      el('table', {}, el('tbody', {}, x.lines.map((l) => el('tr', {}, el('td', {}, l.label),
        el('td', { className: 'num' }, money(l.value)))),
      el('tr', {}, el('td', {}, 'Tỷ lệ thi hành xong'), el('td', { className: 'num' }, x.rateLabel)),
      el('tr', {}, el('td', {}, 'Chỉ tiêu giao'), el('td', { className: 'num' }, x.targetLabel)),
      el('tr', {}, el('td', {}, 'So với chỉ tiêu'), el('td', { className: 'num' }, x.gapLabel)))));
    return section(title, el('p', { className: 'bcd-muted' }, `Lần cập nhật ${s.revision}.`),
      el('div', { className: 'bcd-report-sides' }, side(s.cases), side(s.money)));
  }
}
