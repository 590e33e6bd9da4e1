/*
 * Vietnamese for the few texts Camunda 7.24 writes into its webapps' templates instead of taking
 * them from locales/<lang>.json ("Actions" above a table, "zoom in" on the diagram, the footer's
 * IANA time zone "Asia/Saigon"…), and, in Cockpit, no button for an action the signed-in user may
 * not take.
 *
 * Loaded by every webapp (Welcome, Tasklist, Cockpit, Admin) as a custom script
 * (scripts/config.js: customScripts: ['../../lib/bcd-vietnamese']). The strings below are matched
 * exactly (after trimming), so a Camunda upgrade that changes one leaves it English, and
 * NoEnglishBrowserIT fails on it; see docs/webapps.md.
 *
 * The texts inside Camunda Forms and the date pickers come from lib/deps.js and are not handled
 * here.
 */

const TEXTS = {
  // the header and login page name the Welcome app by Camunda's fixed label
  Welcome: 'Trang chủ',
  'Camunda Welcome': 'Camunda – Trang chủ',
  // Cockpit's side panel prints a missing value (tenant, super process instance) as "null"
  null: 'không có',
  // tables (cam-widget-variables-table, incidents, authorizations)
  Actions: 'Thao tác',
  State: 'Trạng thái',
  // diagram controls (title attributes)
  'zoom in': 'Phóng to',
  'zoom out': 'Thu nhỏ',
  'reset zoom': 'Về kích thước ban đầu',
  'Loading diagram': 'Đang tải sơ đồ',
  // file variables, deployments
  Download: 'Tải xuống',
  Upload: 'Tải lên',
  // Admin: permissions of an authorization
  'Select all': 'Chọn tất cả',
  'Unselect all': 'Bỏ chọn tất cả',
  // Tasklist: generic form and filter dialog
  'Add groups': 'Thêm nhóm',
  'Add variable': 'Thêm biến',
  'Business key': 'Khóa nghiệp vụ',
  Claim: 'Nhận việc',
  Close: 'Đóng',
  'Delete filter': 'Xóa bộ lọc',
  'Edit filter': 'Sửa bộ lọc',
  'Set due date': 'Đặt hạn xử lý',
  'Set follow up': 'Đặt ngày theo dõi',
  'Load Variables': 'Tải các biến',
  Name: 'Tên',
  Type: 'Kiểu',
  Value: 'Giá trị',
  Key: 'Khóa',
  Label: 'Nhãn',
  Color: 'Màu',
  Description: 'Mô tả',
  Priority: 'Độ ưu tiên',
  Remove: 'Bỏ',
  Delete: 'Xóa',
  Save: 'Lưu',
  Date: 'Ngày',
  'Message is null.': 'Không có nội dung.',
  // variable types, as Cockpit and Tasklist show them
  Boolean: 'Đúng/sai',
  String: 'Chuỗi',
  Integer: 'Số nguyên',
  Long: 'Số nguyên',
  Short: 'Số nguyên',
  Double: 'Số thực',
  Object: 'Đối tượng',
  File: 'Tệp',
  Json: 'JSON',
  Xml: 'XML',
  Null: 'Rỗng',
  // the decision table viewer (dmn-js) describes the hit policy in a title
  'Collects the values of all matching rules': 'Gom giá trị của mọi quy tắc khớp',
  'Collects the values of all matching rules and counts the number of them':
    'Đếm số quy tắc khớp',
  'Collects the values of all matching rules and sums up to a single value':
    'Cộng giá trị của mọi quy tắc khớp',
  'Collects the values of all matching rules and uses the highest value':
    'Lấy giá trị lớn nhất trong các quy tắc khớp',
  'Collects the values of all matching rules and uses the lowest value':
    'Lấy giá trị nhỏ nhất trong các quy tắc khớp',
  'Collects the values of all matching rules in decreasing output priority order':
    'Gom giá trị của mọi quy tắc khớp theo thứ tự ưu tiên đầu ra giảm dần',
  'Collects the values of all matching rules in rule order':
    'Gom giá trị của mọi quy tắc khớp theo thứ tự quy tắc',
  'No overlap is possible and all rules are disjoint. Only a single rule can be matched':
    'Các quy tắc không chồng lấn; chỉ một quy tắc được khớp',
  'Rules may overlap. The first matching rule will be chosen':
    'Các quy tắc có thể chồng lấn; chọn quy tắc khớp đầu tiên',
  'Rules may overlap. The one with the highest priority will be chosen':
    'Các quy tắc có thể chồng lấn; chọn quy tắc có độ ưu tiên cao nhất',
  'Rules may overlap. Their output have to match':
    'Các quy tắc có thể chồng lấn; kết quả của chúng phải giống nhau'
};

/** Texts that start with a fixed English part followed by data ("Decision name: <name>"). */
const PREFIXES = {
  'Decision name: ': 'Tên quyết định: '
};

// Texts that are only Vietnamese-looking when they are alone in their element: the variable types
// above are also ordinary words, translated only where Camunda prints a type (a table cell of
// class "type" or a type select).
const TYPE_ONLY = new Set(['Boolean', 'String', 'Integer', 'Long', 'Short', 'Double', 'Object',
  'File', 'Json', 'Xml', 'Null', 'Date']);

const ATTRIBUTES = ['title', 'placeholder', 'aria-label'];

/** The footer names the browser's time zone ("Asia/Saigon"): say it the way staff say it. */
function timeZoneName(zone) {
  if (/^Asia\/(Saigon|Ho_Chi_Minh|Bangkok|Jakarta|Phnom_Penh|Vientiane)$/.test(zone)) {
    return 'giờ Việt Nam (GMT+7)';
  }
  const minutes = -new Date().getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  return 'GMT' + sign + h + (m ? ':' + String(m).padStart(2, '0') : '');
}

function inTypeContext(element) {
  return !!(element && element.closest('td.col-type, td.type, select, option'));
}

function translated(text, element) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (element && element.closest('.fjs-container')) {
    return null; // a Camunda Form: its own texts, written by us in Vietnamese
  }
  if (element && element.closest('#footer-timezone') && /^[A-Za-z_]+\/[A-Za-z_+\-/]+$/.test(trimmed)) {
    return text.replace(trimmed, timeZoneName(trimmed));
  }
  for (const [en, viPrefix] of Object.entries(PREFIXES)) {
    if (trimmed.startsWith(en)) {
      return text.replace(en, viPrefix);
    }
  }
  const vi = Object.prototype.hasOwnProperty.call(TEXTS, trimmed) ? TEXTS[trimmed] : undefined;
  if (vi === undefined || (TYPE_ONLY.has(trimmed) && !inTypeContext(element))) {
    return null;
  }
  return text.replace(trimmed, vi);
}

function translateText(node) {
  const vi = translated(node.nodeValue, node.parentElement);
  if (vi !== null && vi !== node.nodeValue) {
    node.nodeValue = vi;
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value && !value.includes('{{')) {
      const vi = translated(value, element);
      if (vi !== null && vi !== value) {
        element.setAttribute(name, vi);
      }
    }
  }
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  translateAttributes(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      translateText(n);
    } else {
      translateAttributes(n);
    }
  }
}

function watch() {
  translateTree(document.body);
  new MutationObserver(mutations => {
    for (const m of mutations) {
      if (m.type === 'characterData') {
        translateText(m.target);
      } else if (m.type === 'attributes') {
        translateAttributes(m.target);
      } else {
        m.addedNodes.forEach(translateTree);
      }
    }
  }).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES
  });
}

// ------------------------------------------------------------------------------------------------
// Cockpit: a reader is not offered what the engine would refuse him.

const ENGINE_API = () => {
  const base = document.querySelector('base');
  return (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
};

/**
 * Whether the signed-in user may change running cases (process instances), asked of the engine
 * itself: GET authorization/check. Cockpit CE shows its actions (cancel, suspend, add/edit/delete
 * variables, retry) to everybody and only the engine refuses them.
 */
async function mayChangeInstances() {
  const url =
    ENGINE_API() +
    'engine/default/authorization/check?permissionName=UPDATE&resourceName=ProcessInstance&resourceType=8';
  try {
    const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (!response.ok) {
      return false;
    }
    return (await response.json()).authorized === true;
  } catch (e) {
    return false;
  }
}

async function markReaders() {
  const app = document.querySelector('base') && document.querySelector('base').getAttribute('app-name');
  if (app !== 'cockpit') {
    return;
  }
  const apply = async () => {
    const signedIn = !!document.querySelector('.navbar .glyphicon-user, .cam-nav .glyphicon-user');
    if (!signedIn) {
      return;
    }
    const mayChange = await mayChangeInstances();
    document.documentElement.classList.toggle('bcd-may-change', mayChange);
  };
  // The answer depends on the user: ask again after each sign-in (the page is a single-page app).
  let asked = null;
  new MutationObserver(() => {
    const user = document.querySelector('.navbar .glyphicon-user, .cam-nav .glyphicon-user');
    const name = user ? (user.parentElement.textContent || '').trim() : null;
    if (name !== asked) {
      asked = name;
      apply();
    }
  }).observe(document.body, {subtree: true, childList: true});
}

if (document.body) {
  watch();
  markReaders();
} else {
  document.addEventListener('DOMContentLoaded', () => {
    watch();
    markReaders();
  });
}

export default {};
