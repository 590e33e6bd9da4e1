/*
 * The application's additions to Tasklist (loaded through customScripts in config.js):
 *
 *  1. After a case is started, a notification with its case number (the process instance's
 *     business key, BCĐ-yyyy-nnnn), read from the start request's own response.
 *  2. Escape in a filled start form asks before the form is thrown away (Escape first closes an
 *     open date picker or list, as before, without closing the dialog).
 *  3. In the demo run only: the demo clock in the header (GET /demo/dong-ho answers 404 elsewhere),
 *     with "+1 / +5 ngày làm việc" and "Về hôm nay" for the administrators and the secretariat.
 *  4. "Vụ việc của đơn vị" in the header: an officer follows the cases his agency submitted or takes
 *     part in, open and closed, and opens a case's page (the register and case page of the Cockpit
 *     plugin, case-views.js; what each user sees is decided on the server).
 *  5. A "Tài liệu" tab beside the task's form: the case's documents, with download links, upload
 *     (kind, number, date, a new version of an existing document) and removal, as the server allows.
 *
 * Every text a user reads is Vietnamese. Plain DOM code: Tasklist's AngularJS is reached only for its
 * notification service.
 */
const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
// The application's own paths (/demo/…) sit beside the webapps' root (/camunda).
const serverRoot = appRoot.replace(/\/camunda\/?$/, '');

function cookie(name) {
  const found = document.cookie.split('; ').find(c => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : '';
}

function notify(status, type) {
  const angular = window.angular;
  const injector = angular && angular.element(document.documentElement).injector();
  if (injector && injector.has('Notifications')) {
    const rootScope = injector.get('$rootScope');
    const add = () =>
      injector.get('Notifications')[type === 'danger' ? 'addError' : 'addMessage']({
        status: status,
        exclusive: false
      });
    rootScope.$$phase ? add() : rootScope.$apply(add);
  }
}

// ------------------------------------------------------------------------------------------------
// 1. The case number after a start.

const START_REQUEST = /\/process-definition\/[^/]+(\/tenant-id\/[^/]+)?\/(submit-form|start)$/;
const START_BY_KEY = /\/process-definition\/key\/[^/]+(\/tenant-id\/[^/]+)?\/(submit-form|start)$/;

const originalOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  const path = String(url).split('?')[0];
  if (String(method).toUpperCase() === 'POST' && (START_REQUEST.test(path) || START_BY_KEY.test(path))) {
    this.addEventListener('load', () => {
      if (this.status < 200 || this.status >= 300) {
        return;
      }
      let instance;
      try {
        instance = JSON.parse(this.responseText);
      } catch (e) {
        return;
      }
      if (instance && instance.businessKey) {
        // After Tasklist's own "Đã khởi tạo quy trình.", which replaces the notifications shown.
        setTimeout(
          () =>
            notify(
              'Vụ việc đã được tạo với số ' +
                instance.businessKey +
                '. Các việc tiếp theo của vụ việc mang số này.'
            ),
          1000
        );
      }
    });
  }
  return originalOpen.apply(this, arguments);
};

// ------------------------------------------------------------------------------------------------
// 2. Escape does not throw away a filled start form.

function openStartForm() {
  const forms = document.querySelectorAll('.modal .fjs-container');
  return forms.length ? forms[forms.length - 1].closest('.modal') : null;
}

function filled(modal) {
  return Array.from(modal.querySelectorAll('.fjs-container input, .fjs-container textarea')).some(
    input =>
      !input.closest('.flatpickr-calendar') &&
      (input.type === 'checkbox' || input.type === 'radio'
        ? input.checked
        : !input.readOnly && input.type !== 'hidden' && input.value.trim() !== '')
  );
}

function pickerOpen() {
  return (
    !!document.querySelector('.flatpickr-calendar.open') ||
    Array.from(document.querySelectorAll('.modal .fjs-dropdownlist')).some(l => l.offsetParent !== null)
  );
}

/**
 * Asks inside the dialog (Camunda's pages are sandboxed without allow-modals: window.confirm does
 * nothing there). "Đóng biểu mẫu" closes the dialog as its own close button does.
 */
function askBeforeClosing(modal) {
  if (modal.querySelector('.bcd-confirm-close')) {
    return;
  }
  const box = document.createElement('div');
  box.className = 'alert alert-warning bcd-confirm-close';
  box.setAttribute('role', 'alertdialog');
  const text = document.createElement('span');
  text.textContent = 'Đóng biểu mẫu? Những gì đã nhập vào hồ sơ sẽ mất.';
  box.appendChild(text);
  const keep = document.createElement('button');
  keep.type = 'button';
  keep.className = 'btn btn-sm btn-primary bcd-keep-form';
  keep.textContent = 'Tiếp tục nhập';
  keep.addEventListener('click', () => box.remove());
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'btn btn-sm btn-default bcd-close-form';
  close.textContent = 'Đóng biểu mẫu';
  close.addEventListener('click', () => {
    box.remove();
    // The dialog's own "Đóng" (not "Quay lại", which comes first in the footer).
    const dismiss =
      modal.querySelector('.modal-footer [ng-click="$dismiss()"]') ||
      modal.querySelector('.modal-header button.close');
    if (dismiss) {
      dismiss.click();
    }
  });
  box.appendChild(keep);
  box.appendChild(close);
  const body = modal.querySelector('.modal-body') || modal.querySelector('.modal-content');
  body.insertBefore(box, body.firstChild);
  box.scrollIntoView({block: 'nearest'});
  keep.focus();
}

window.addEventListener(
  'keydown',
  event => {
    if (event.key !== 'Escape' && event.keyCode !== 27) {
      return;
    }
    const modal = openStartForm();
    if (!modal || !filled(modal)) {
      return;
    }
    // ui-bootstrap's dialog ignores a key whose default was prevented: the dialog stays; a date
    // picker or list that is open still closes itself on this Escape.
    event.preventDefault();
    const question = modal.querySelector('.bcd-confirm-close');
    if (question) {
      question.remove(); // Escape again: keep the form
      return;
    }
    if (!pickerOpen()) {
      askBeforeClosing(modal);
    }
  },
  true
);

// ------------------------------------------------------------------------------------------------
// 3. The demo clock (demo run only).

const CLOCK = serverRoot + '/demo/dong-ho';
let clockBox = null;

function clockRequest(method, path) {
  const headers = {Accept: 'application/json'};
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = cookie('XSRF-TOKEN');
  }
  return fetch(CLOCK + path, {method: method, headers: headers, credentials: 'same-origin'}).then(
    response =>
      response
        .json()
        .catch(() => ({}))
        .then(body => ({ok: response.ok, status: response.status, body: body}))
  );
}

function button(label, title, action) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'btn btn-xs btn-default';
  b.textContent = label;
  b.title = title;
  b.addEventListener('click', () => {
    b.disabled = true;
    action().finally(() => (b.disabled = false));
  });
  return b;
}

function move(path, done) {
  return clockRequest('POST', path).then(answer => {
    if (!answer.ok) {
      notify(
        'Không đổi được ngày giả lập. ' + (answer.body.message || 'Lỗi ' + answer.status + '.'),
        'danger'
      );
      return;
    }
    showClock(answer.body);
    notify('Đã đổi ngày giả lập. ' + done(answer.body));
    // Lists, due dates and overdue marks as of the new date.
    setTimeout(() => window.location.reload(), 1500);
  });
}

function showClock(state) {
  if (!state || (!state.mayMove && !state.moved)) {
    removeClock();
    return;
  }
  if (!clockBox) {
    clockBox = document.createElement('div');
    clockBox.className = 'bcd-demo-clock';
    document.body.appendChild(clockBox);
  }
  clockBox.textContent = '';
  const label = document.createElement('span');
  label.className = 'bcd-demo-clock-date' + (state.moved ? ' moved' : '');
  label.textContent = 'Ngày giả lập: ' + state.label;
  label.title = state.moved
    ? 'Chế độ chạy thử: đồng hồ của ứng dụng đã được đưa tới ngày này (hôm nay thật: ' +
      state.realDate.split('-').reverse().join('/') +
      ').'
    : 'Chế độ chạy thử: ngày của ứng dụng, có thể đưa tới trước để xem nhắc việc và quá hạn.';
  clockBox.appendChild(label);
  if (state.mayMove) {
    clockBox.appendChild(
      button('+1 ngày làm việc', 'Đưa đồng hồ tới ngày làm việc kế tiếp', () =>
        move('/tien?ngay=1', s => 'Nay là ' + s.label + '.')
      )
    );
    clockBox.appendChild(
      button('+5 ngày làm việc', 'Đưa đồng hồ tới sau 5 ngày làm việc', () =>
        move('/tien?ngay=5', s => 'Nay là ' + s.label + '.')
      )
    );
    clockBox.appendChild(
      button('Về hôm nay', 'Trả đồng hồ về ngày thật (chỉ khi chưa có gì được ghi theo ngày giả lập)', () =>
        move('/ve-hom-nay', s => 'Đã về hôm nay, ' + s.label + '.')
      )
    );
  }
}

function removeClock() {
  if (clockBox) {
    clockBox.remove();
    clockBox = null;
  }
}

let lastUser = null;
function refreshClock() {
  const userMenu = document.querySelector('[cam-widget-header] .glyphicon-user');
  const user = userMenu ? (userMenu.closest('a') || userMenu).textContent.trim() || 'x' : null;
  if (user === lastUser) {
    return;
  }
  lastUser = user;
  if (!user) {
    removeClock();
    return;
  }
  clockRequest('GET', '').then(answer => (answer.ok ? showClock(answer.body) : removeClock()));
}

new MutationObserver(refreshClock).observe(document.documentElement, {childList: true, subtree: true});
refreshClock();

// ------------------------------------------------------------------------------------------------
// 4. The cases of the officer's agency.

const SUPERVISION = appRoot + '/api/cockpit/plugin/bcd-supervision';
let caseViews = null;
let casesPanel = null;

function engineName() {
  const match = window.location.pathname.match(/\/app\/tasklist\/([^/]+)\//);
  return match ? match[1] : 'default';
}

function loadCaseViews() {
  if (!caseViews) {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = SUPERVISION + '/static/app/plugin.css';
    document.head.appendChild(css);
    caseViews = import(SUPERVISION + '/static/app/case-views.js');
  }
  return caseViews;
}

function closeCases() {
  if (casesPanel) {
    casesPanel.remove();
    casesPanel = null;
  }
}

/** Opens the panel over the task list: the list, or one case's page when a number is given. */
function openCases(caseNumber) {
  loadCaseViews()
    .then(views => {
      if (!casesPanel) {
        casesPanel = document.createElement('div');
        casesPanel.className = 'bcd-cases-panel';
        casesPanel.setAttribute('role', 'dialog');
        casesPanel.setAttribute('aria-label', 'Vụ việc của đơn vị');
        document.body.appendChild(casesPanel);
      }
      casesPanel.textContent = '';
      const close = views.el(
        'button',
        {type: 'button', className: 'btn btn-default btn-sm bcd-cases-close', title: 'Trở lại danh sách công việc'},
        'Đóng'
      );
      close.onclick = closeCases;
      casesPanel.appendChild(close);
      const base = SUPERVISION + '/' + engineName();
      const caseLink = number => {
        const link = views.el('a', {href: '', title: 'Mở hồ sơ vụ việc'}, number);
        link.onclick = event => {
          event.preventDefault();
          openCases(number);
        };
        return link;
      };
      if (caseNumber) {
        const back = views.el('a', {href: ''}, '‹ Vụ việc của đơn vị');
        back.onclick = event => {
          event.preventDefault();
          openCases(null);
        };
        views.renderCasePage(casesPanel, {base: base, number: caseNumber, back: back, instanceLink: null});
      } else {
        views.renderRegister(casesPanel, {
          base: base,
          title: 'Vụ việc của đơn vị',
          intro:
            'Các vụ việc đơn vị của anh/chị đề nghị hoặc tham gia giải quyết, đang giải quyết và đã kết thúc ' +
            '(Tổ Thư ký và Trưởng ban thấy mọi vụ việc). Gõ số vụ việc (BCĐ-2026-0001), tên người phải thi ' +
            'hành án hoặc số quyết định; có dấu hay không dấu đều được.',
          caseLink: caseLink
        });
      }
      casesPanel.scrollTop = 0;
    })
    .catch(() => notify('Không mở được danh sách vụ việc. Hãy tải lại trang.', 'danger'));
}

window.addEventListener('keydown', event => {
  if ((event.key === 'Escape' || event.keyCode === 27) && casesPanel && !document.querySelector('.modal')) {
    closeCases();
  }
});

function renderCasesAction(node) {
  const link = document.createElement('a');
  link.href = '';
  link.className = 'bcd-cases-action';
  link.title = 'Theo dõi các vụ việc của đơn vị, cả vụ việc đã kết thúc';
  const icon = document.createElement('span');
  icon.className = 'glyphicon glyphicon-folder-open';
  const label = document.createElement('span');
  label.className = 'hidden-xs';
  label.textContent = ' Vụ việc của đơn vị';
  link.appendChild(icon);
  link.appendChild(label);
  link.addEventListener('click', event => {
    event.preventDefault();
    openCases(null);
  });
  node.appendChild(link);
}

// ------------------------------------------------------------------------------------------------
// 5. The documents of the task's case.

function documentRequest(method, url, body) {
  const headers = {Accept: 'application/json', 'X-XSRF-TOKEN': cookie('XSRF-TOKEN')};
  if (body) {
    headers['Content-Type'] = 'application/octet-stream';
  }
  return fetch(url, {method: method, headers: headers, credentials: 'same-origin', body: body}).then(response =>
    response
      .json()
      .catch(() => ({}))
      .then(answer => {
        if (!response.ok) {
          throw new Error((answer && answer.message) || 'Lỗi máy chủ (HTTP ' + response.status + ').');
        }
        return answer;
      })
  );
}

function renderTaskDocuments(node, context) {
  const taskId = context && context.taskId;
  if (!taskId) {
    return;
  }
  loadCaseViews().then(views => {
    const base = SUPERVISION + '/' + engineName();
    const root = views.el('div', {className: 'bcd-sv bcd-task-documents'});
    node.textContent = '';
    node.appendChild(root);
    const message = views.el('div', {role: 'status'});

    const documentsUrl = base + '/task/' + encodeURIComponent(taskId) + '/documents';

    function load() {
      views
        .getJson(documentsUrl)
        .then(show)
        .catch(e => {
          root.textContent = '';
          root.appendChild(views.errorBox(e.message));
        });
    }

    function show(panel) {
      root.textContent = '';
      root.appendChild(views.el('h3', {}, 'Tài liệu của vụ việc ' + panel.caseNumber));
      if (panel.step) {
        root.appendChild(stepPaper(views, panel.step));
      }
      const removeButton = d => {
        if (panel.removable.indexOf(d.id) < 0) return '';
        const b = views.el('button', {type: 'button', className: 'btn btn-default btn-xs'}, 'Gỡ');
        b.onclick = () => {
          const reason = window.prompt('Lý do gỡ tài liệu "' + d.fileName + '":');
          if (reason === null) return;
          documentRequest('DELETE', base + '/case/documents/' + d.id + '?reason=' + encodeURIComponent(reason))
            .then(() => {
              notify('Đã gỡ tài liệu ' + d.fileName + '.', 'success');
              load();
            })
            .catch(e => notify(e.message, 'danger'));
        };
        return b;
      };
      // "Xem thêm": the next page, its documents removable as the server says, and offered to replace in the form.
      const more = offset =>
        views.getJson(documentsUrl + '?offset=' + offset).then(page => {
          panel.removable = panel.removable.concat(page.removable);
          const replaces = root.querySelector('select[name="bcd-document-replaces"]');
          page.documents.forEach(d => {
            if (replaces && !replaces.querySelector('option[value="' + d.id + '"]')) {
              replaces.appendChild(views.el('option', {value: String(d.id)}, 'Phiên bản mới của: ' + d.kindLabel + ' – ' + d.fileName));
            }
          });
          return page;
        });
      root.appendChild(views.documentsList(base, panel.documents, panel.total, more, removeButton));
      root.appendChild(message);
      if (panel.mayAdd) {
        root.appendChild(uploadForm(views, base, panel, message, load));
      }
    }

    load();
  });
}

/** What the task's step asks for (bcd.documents.step-papers) and whether it has been given on this task. */
function stepPaper(views, step) {
  return views.el('div', {className: 'alert ' + (step.givenFileName ? 'alert-success' : 'alert-info') + ' bcd-step-paper'},
    views.el('strong', {}, 'Bước này cần: ' + step.kindLabel),
    step.required ? ' (bắt buộc: chưa tải lên thì chưa hoàn thành được việc)' : '',
    views.el('div', {}, step.givenFileName ? 'Đã tải lên: ' + step.givenFileName : 'Chưa tải lên'));
}

/** Kind, number, date, the document it replaces (optional) and the file; sent as the request's body. */
function uploadForm(views, base, panel, message, reload) {
  const kind = views.el(
    'select',
    {className: 'form-control', 'aria-label': 'Loại tài liệu', name: 'bcd-document-kind'},
    views.el('option', {value: ''}, '– Chọn loại tài liệu –'),
    panel.kinds.map(k => views.el('option', {value: k.code}, k.label))
  );
  if (panel.step) {
    kind.value = panel.step.kind; // the paper the step asks for
  }
  const number = views.el('input', {type: 'text', className: 'form-control', maxlength: '100', name: 'bcd-document-number',
    'aria-label': 'Số văn bản', placeholder: 'Số văn bản, ví dụ 12/BC-THADS'});
  // Dates as everywhere in the application, dd/mm/yyyy (a native date input follows the browser's language).
  const date = views.el('input', {type: 'text', className: 'form-control', name: 'bcd-document-date', maxlength: '10',
    'aria-label': 'Ngày văn bản', placeholder: 'dd/mm/yyyy'});
  const replaces = views.el(
    'select',
    {className: 'form-control', 'aria-label': 'Thay thế tài liệu', name: 'bcd-document-replaces'},
    views.el('option', {value: ''}, 'Tài liệu mới'),
    panel.documents.map(d => views.el('option', {value: String(d.id)}, 'Phiên bản mới của: ' + d.kindLabel + ' – ' + d.fileName))
  );
  // The browser's own file button speaks the browser's language: it is hidden behind a Vietnamese one.
  const file = views.el('input', {type: 'file', name: 'bcd-document-file', id: 'bcd-document-file', 'aria-label': 'Tệp tài liệu',
    accept: '.pdf,.docx,.doc,.xlsx,.odt,.jpg,.jpeg,.png', className: 'bcd-file-input'});
  const chosenName = views.el('span', {className: 'bcd-muted'}, ' Chưa chọn tệp');
  file.onchange = () => {
    chosenName.textContent = ' ' + (file.files && file.files[0] ? file.files[0].name : 'Chưa chọn tệp');
  };
  const pick = views.el('label', {for: 'bcd-document-file', className: 'btn btn-default'}, 'Chọn tệp…');
  const send = views.el('button', {type: 'submit', className: 'btn btn-primary'}, 'Tải lên');
  const form = views.el('form', {className: 'bcd-document-upload'},
    views.el('h4', {}, 'Thêm tài liệu'),
    views.el('p', {className: 'bcd-muted'}, 'Nhận tệp PDF, DOCX, DOC, XLSX, ODT, JPEG, PNG, tối đa ' + panel.maxSize + ' mỗi tệp.'),
    views.el('label', {}, 'Loại: ', kind), views.el('label', {}, 'Số: ', number), views.el('label', {}, 'Ngày: ', date),
    views.el('label', {}, 'Thay thế: ', replaces), views.el('span', {}, 'Tệp: ', pick, file, chosenName), ' ', send);
  form.onsubmit = event => {
    event.preventDefault();
    message.textContent = '';
    const chosen = file.files && file.files[0];
    if (!chosen) {
      message.appendChild(views.errorBox('Hãy chọn tệp tài liệu.'));
      return;
    }
    const params = new URLSearchParams({number: panel.caseNumber, fileName: chosen.name});
    if (panel.taskId) params.set('taskId', panel.taskId);
    if (kind.value) params.set('kind', kind.value);
    if (number.value.trim()) params.set('documentNo', number.value.trim());
    if (date.value.trim()) params.set('date', date.value.trim());
    if (replaces.value) params.set('replaces', replaces.value);
    send.disabled = true;
    documentRequest('POST', base + '/case/documents?' + params, chosen)
      .then(added => {
        notify('Đã tải lên tài liệu ' + added.fileName + '.', 'success');
        reload();
      })
      .catch(e => message.appendChild(views.errorBox(e.message)))
      .finally(() => (send.disabled = false));
  };
  return form;
}

export default [
  {
    id: 'bcd-task-documents',
    pluginPoint: 'tasklist.task.detail',
    label: 'Tài liệu',
    priority: 900,
    render: renderTaskDocuments
  },
  {
    id: 'bcd-cases-action',
    pluginPoint: 'tasklist.navbar.action',
    priority: 150,
    render: renderCasesAction
  }
];
