// The review page's script, as the page embeds it (the page's Content-Security-Policy allows this text by its hash
// and nothing else). It reads the data block, draws the table of reports, sorts and filters it, and shows a report's
// findings when its row is chosen. Report text only ever reaches the page as text (textContent), never as markup.
export const REVIEW_SCRIPT = String.raw`(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('review-data').textContent);
  const S = data.strings;
  const zh = data.lang === 'zh';
  const t = (a, b) => (zh ? a : b);
  const SEV = [t('错误', 'error'), t('警告', 'warning'), t('信息', 'info')];
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  };
  // Columns of the table of reports: header, value of a report row, whether it sorts as a number.
  const COLUMNS = [
    [t('文件', 'File'), (r) => S[r[0]], false],
    [t('机关', 'Body'), (r) => S[r[1]], false],
    [t('年度', 'Year'), (r) => r[2], true],
    [t('模板', 'Template'), (r) => S[r[3]], false],
    [t('格式', 'Format'), (r) => S[r[4]], false],
    [t('错误', 'Errors'), (r) => r[5], true],
    [t('警告', 'Warnings'), (r) => r[6], true],
    [t('最常见的问题', 'Most frequent'), (r) => (r[8] >= 0 ? data.rules[r[8]][0] : S[r[9]] ? t('无法读取', 'unreadable') : ''), false],
  ];
  const rows = data.reports.map((r, i) => ({ r, i }));
  let order = { column: 5, descending: true };
  const table = document.getElementById('reports');
  const body = table.querySelector('tbody');
  const filter = document.getElementById('filter');
  const severity = document.getElementById('severity');
  const count = document.getElementById('shown');
  const details = document.getElementById('details');

  const head = table.querySelector('thead tr');
  COLUMNS.forEach(([name], c) => {
    const th = el('th', name);
    th.tabIndex = 0;
    const sortBy = () => {
      order = { column: c, descending: order.column === c ? !order.descending : COLUMNS[c][2] };
      draw();
    };
    th.addEventListener('click', sortBy);
    th.addEventListener('keydown', (e) => e.key === 'Enter' && sortBy());
    head.appendChild(th);
  });

  function visible() {
    const words = filter.value.trim().toLowerCase();
    const least = severity.value;
    return rows.filter(({ r, i }) => {
      if (least === 'errors' && !(r[5] > 0 || S[r[9]])) return false;
      if (least === 'warnings' && !(r[5] + r[6] > 0 || S[r[9]])) return false;
      if (!words) return true;
      const text = [S[r[0]], S[r[1]], r[2], ...data.findings[i].map((f) => data.rules[f[0]][0])].join(' ').toLowerCase();
      return text.includes(words);
    });
  }

  function draw() {
    const [, value, numeric] = COLUMNS[order.column];
    const shown = visible().sort((a, b) => {
      const x = value(a.r), y = value(b.r);
      const d = numeric ? (x ?? -1) - (y ?? -1) : String(x).localeCompare(String(y), 'zh');
      return (order.descending ? -d : d) || a.i - b.i;
    });
    head.querySelectorAll('th').forEach((th, c) => th.setAttribute('aria-sort', c === order.column ? (order.descending ? 'descending' : 'ascending') : 'none'));
    const rowsOut = document.createDocumentFragment();
    for (const { r, i } of shown) {
      const tr = el('tr', undefined, r[5] > 0 || S[r[9]] ? 'has-errors' : '');
      tr.tabIndex = 0;
      tr.dataset.report = String(i);
      COLUMNS.forEach(([, v]) => tr.appendChild(el('td', v(r))));
      rowsOut.appendChild(tr);
    }
    body.replaceChildren(rowsOut);
    count.textContent = t('显示 ' + shown.length + ' / ' + rows.length + ' 份', shown.length + ' of ' + rows.length + ' shown');
  }

  function show(i) {
    const r = data.reports[i];
    details.replaceChildren();
    details.appendChild(el('h2', S[r[0]] + (S[r[1]] ? ' — ' + S[r[1]] : '') + (r[2] ? ' (' + r[2] + ')' : '')));
    if (S[r[9]]) details.appendChild(el('p', S[r[9]], 'unreadable'));
    const found = data.findings[i];
    if (!found.length && !S[r[9]]) details.appendChild(el('p', t('没有发现问题。', 'Nothing found.')));
    if (!found.length) return;
    const list = el('table', undefined, 'findings');
    const hr = el('tr');
    for (const h of [t('位置', 'Place'), t('级别', 'Severity'), t('规则', 'Rule'), t('单元格', 'Cell'), t('应为', 'Expected'), t('实为', 'Actual'), t('说明', 'Message')]) hr.appendChild(el('th', h));
    list.appendChild(el('thead')).appendChild(hr);
    const tb = list.appendChild(el('tbody'));
    for (const f of found) {
      const tr = el('tr', undefined, 'sev-' + f[1]);
      for (const v of [S[f[2]], SEV[f[1]], data.rules[f[0]][0], S[f[4]], f[5], f[6], S[f[3]]]) tr.appendChild(el('td', v));
      tb.appendChild(tr);
    }
    details.appendChild(list);
  }

  const choose = (e) => {
    const tr = e.target.closest('tr[data-report]');
    if (!tr) return;
    body.querySelectorAll('tr.chosen').forEach((x) => x.classList.remove('chosen'));
    tr.classList.add('chosen');
    show(Number(tr.dataset.report));
  };
  body.addEventListener('click', choose);
  body.addEventListener('keydown', (e) => e.key === 'Enter' && choose(e));
  filter.addEventListener('input', draw);
  severity.addEventListener('change', draw);
  draw();
  document.body.dataset.ready = 'true';
})();`;
