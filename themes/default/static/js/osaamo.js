/* osaamo: progressive enhancement for listings and learning paths.
   Everything here is optional: every page reads and works without it.
   Classic script (no modules) so it also runs from file://. */
(function () {
  'use strict';

  function format(template, n, m) {
    return template.replace('{n}', String(n)).replace('{m}', String(m));
  }

  /* Listing filters: checkboxes per facet; OR within a facet, AND across
     facets. The selection lives in the URL query so it can be shared. */
  function setupFilters(form) {
    var list = document.getElementById(form.getAttribute('data-list'));
    if (!list) { return; }
    var status = form.parentNode.querySelector('.filter-status');
    var items = Array.prototype.slice.call(list.children);
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox]'));
    var params = new URLSearchParams(window.location.search);
    boxes.forEach(function (box) {
      if (params.getAll(box.name).indexOf(box.value) >= 0) { box.checked = true; }
    });

    function selected() {
      var sel = {};
      boxes.forEach(function (box) {
        if (box.checked) { (sel[box.name] = sel[box.name] || []).push(box.value); }
      });
      return sel;
    }

    function apply(updateURL) {
      var sel = selected();
      var shown = 0;
      items.forEach(function (item) {
        var ok = Object.keys(sel).every(function (facet) {
          var values = (item.getAttribute('data-' + facet) || '').split(' ');
          return sel[facet].some(function (v) { return values.indexOf(v) >= 0; });
        });
        item.hidden = !ok;
        if (ok) { shown++; }
      });
      if (status) { status.textContent = format(form.getAttribute('data-status'), shown, items.length); }
      if (updateURL) {
        var q = new URLSearchParams();
        Object.keys(sel).sort().forEach(function (facet) {
          sel[facet].forEach(function (v) { q.append(facet, v); });
        });
        var query = q.toString();
        try {
          window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
        } catch (e) { /* file:// may refuse; the filter still works */ }
      }
    }

    form.hidden = false;
    form.addEventListener('change', function () { apply(true); });
    form.addEventListener('reset', function () { setTimeout(function () { apply(true); }, 0); });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    apply(false);
  }

  /* Learning paths: each step can be marked done; progress is kept in
     localStorage, in this browser only, and never sent anywhere. */
  function setupPath(path) {
    var key = 'osaamo:polku:' + path.getAttribute('data-path');
    var done = {};
    try { done = JSON.parse(window.localStorage.getItem(key) || '{}') || {}; } catch (e) { done = {}; }
    var boxes = Array.prototype.slice.call(path.querySelectorAll('input[data-step]'));
    var bar = path.querySelector('progress');
    var status = path.querySelector('.path-progress');

    function update() {
      var n = boxes.filter(function (b) { return b.checked; }).length;
      if (bar) { bar.max = boxes.length; bar.value = n; }
      if (status) { status.textContent = format(status.getAttribute('data-template'), n, boxes.length); }
    }

    boxes.forEach(function (box) {
      box.checked = !!done[box.getAttribute('data-step')];
      box.closest('label').hidden = false;
      box.addEventListener('change', function () {
        if (box.checked) { done[box.getAttribute('data-step')] = true; } else { delete done[box.getAttribute('data-step')]; }
        try { window.localStorage.setItem(key, JSON.stringify(done)); } catch (e) { /* storage off: progress lasts this visit */ }
        update();
      });
    });
    Array.prototype.slice.call(path.querySelectorAll('[data-js-only]')).forEach(function (el) { el.hidden = false; });
    update();
  }

  function init() {
    Array.prototype.slice.call(document.querySelectorAll('form.filters')).forEach(setupFilters);
    Array.prototype.slice.call(document.querySelectorAll('[data-path]')).forEach(setupPath);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
