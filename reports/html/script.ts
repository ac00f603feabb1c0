/**
 * The report's only script (inlined, allowed by its hash): severity/status filters and a search box over the
 * server-rendered findings rows (hiding rows, never building HTML), and opening every `<details>` before printing.
 * The findings table arrives hidden (so the browser does not lay out a growing table while parsing a large
 * report) and is shown once the filters are applied; without scripts, NOSCRIPT_STYLE shows it.
 */
export const SCRIPT = `
(function () {
  var table = document.getElementById('findings');
  if (!table) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll('.fbody > .frow'));
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  function apply() {
    var on = { sev: {}, status: {} };
    boxes.forEach(function (box) { if (box.checked) on[box.getAttribute('data-filter')][box.value] = true; });
    var query = search.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row, i) {
      var visible = on.sev[row.getAttribute('data-sev')] === true && on.status[row.getAttribute('data-status')] === true && (query === '' || texts[i].indexOf(query) !== -1);
      if (row.hidden === visible) row.hidden = !visible;
      if (visible) count++;
    });
    shown.textContent = String(count);
  }
  boxes.forEach(function (box) { box.addEventListener('change', apply); });
  var timer = 0;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(apply, rows.length > 2000 ? 150 : 0);
  });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  apply();
  var wrap = document.getElementById('findings-wrap');
  if (wrap) wrap.hidden = false;
})();
`.trim();

/** Shows the findings table when scripts are off (inside `<noscript>` in the head; allowed by its hash). */
export const NOSCRIPT_STYLE = '#findings-wrap[hidden]{display:block}';
