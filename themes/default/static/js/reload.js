// Live reload for `osaamo serve`. Preview builds load this file from every
// page (base.html includes it only when .Preview); published builds do not.
// It listens to the server's event stream and
//   - reloads the page when its own file, or a stylesheet, script or image
//     it uses, changed, keeping the scroll position;
//   - shows a build's problems in a dialog over the page, which keeps
//     showing the last good build, and removes it when they are fixed;
//   - reconnects after a dropped stream or a restart of the server
//     (EventSource does), and reloads only when the server now serves
//     another build than the one the page shows.
// No inline styles or scripts: the overlay's look is in css/reload.css.
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !window.EventSource || !window.URL) {
    return;
  }
  // This file is assets/js/reload.js under the site root.
  var root = new URL('../../', script.src);
  var scrollKey = 'osaamo-scroll:' + location.pathname;

  var ui = {
    fi: {
      title: 'Sivuston rakentaminen epäonnistui',
      intro: 'Selaimessa näkyy viimeisin onnistunut versio. Korjaa alla olevat kohdat ja tallenna: tämä ilmoitus poistuu, kun virheet on korjattu.',
      error: 'virhe', warning: 'varoitus', hint: 'Vihje', close: 'Sulje'
    },
    sv: {
      title: 'Webbplatsen kunde inte byggas',
      intro: 'Webbläsaren visar den senaste lyckade versionen. Rätta till punkterna nedan och spara: meddelandet försvinner när felen är rättade.',
      error: 'fel', warning: 'varning', hint: 'Tips', close: 'Stäng'
    },
    en: {
      title: 'The site could not be built',
      intro: 'The browser shows the last good build. Fix the problems below and save: this message goes away once they are fixed.',
      error: 'error', warning: 'warning', hint: 'Hint', close: 'Close'
    }
  };
  var t = ui[(document.documentElement.lang || '').slice(0, 2)] || ui.en;

  // outputPath returns the output file a URL of this site is served from
  // ("teemat/x/index.html"), or '' for other URLs.
  function outputPath(href) {
    var u;
    try {
      u = new URL(href, location.href);
    } catch (e) {
      return '';
    }
    if (u.origin !== root.origin || u.pathname.indexOf(root.pathname) !== 0) {
      return '';
    }
    var p = decodeURIComponent(u.pathname.slice(root.pathname.length));
    if (p === '' || p.charAt(p.length - 1) === '/') {
      p += 'index.html';
    }
    return p;
  }

  // uses reports whether this page shows any of the changed output files.
  function uses(changed) {
    var mine = {};
    mine[outputPath(location.href)] = true;
    var els = document.querySelectorAll('link[rel~="stylesheet"][href], script[src], img[src]');
    for (var i = 0; i < els.length; i++) {
      mine[outputPath(els[i].href || els[i].src)] = true;
    }
    for (var j = 0; j < changed.length; j++) {
      if (mine[changed[j]]) {
        return true;
      }
    }
    return false;
  }

  function reload() {
    try {
      sessionStorage.setItem(scrollKey, JSON.stringify([window.scrollX, window.scrollY]));
    } catch (e) { /* storage may be off; reload anyway */ }
    location.reload();
  }

  function restoreScroll() {
    var xy;
    try {
      xy = JSON.parse(sessionStorage.getItem(scrollKey) || 'null');
      sessionStorage.removeItem(scrollKey);
    } catch (e) {
      return;
    }
    if (!xy) {
      return;
    }
    window.scrollTo(xy[0], xy[1]);
    // Browsers restore the position of a reloaded page themselves, but
    // not always once a changed page has laid out and its images are in.
    window.addEventListener('load', function () { window.scrollTo(xy[0], xy[1]); });
  }

  // The problems dialog.
  var dialog = null;
  var returnFocus = null;
  var dismissed = '';

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  function problemItem(p) {
    var li = el('li', 'osaamo-problem osaamo-problem-' + p.severity);
    var head = el('p', 'osaamo-problem-head');
    head.appendChild(el('span', 'osaamo-problem-severity', (p.severity === 'warning' ? t.warning : t.error) + ':'));
    head.appendChild(document.createTextNode(' '));
    if (p.pos) {
      head.appendChild(el('code', 'osaamo-problem-pos', p.pos));
      head.appendChild(document.createTextNode(' '));
    }
    head.appendChild(el('span', 'osaamo-problem-message', p.message));
    li.appendChild(head);
    if (p.source) {
      var pre = el('pre', 'osaamo-problem-source');
      pre.appendChild(el('code', '', p.source));
      if (p.col > 0) {
        // The caret only points; screen readers get the column from pos.
        var caret = el('span', 'osaamo-problem-caret', '\n' + new Array(p.col).join(' ') + '^');
        caret.setAttribute('aria-hidden', 'true');
        pre.appendChild(caret);
      }
      li.appendChild(pre);
    }
    if (p.hint) {
      li.appendChild(el('p', 'osaamo-problem-hint', t.hint + ': ' + p.hint));
    }
    return li;
  }

  function show(data) {
    if (data === dismissed) {
      return;
    }
    var problems = JSON.parse(data).problems || [];
    var focused = dialog ? returnFocus : document.activeElement;
    removeDialog(false);
    returnFocus = focused;
    dialog = el('dialog', 'osaamo-problems');
    dialog.setAttribute('aria-labelledby', 'osaamo-problems-title');
    dialog.setAttribute('aria-describedby', 'osaamo-problems-intro');
    var heading = el('h2', 'osaamo-problems-title', t.title);
    heading.id = 'osaamo-problems-title';
    heading.tabIndex = -1;
    dialog.appendChild(heading);
    var intro = el('p', 'osaamo-problems-intro', t.intro);
    intro.id = 'osaamo-problems-intro';
    dialog.appendChild(intro);
    var list = el('ol', 'osaamo-problems-list');
    for (var i = 0; i < problems.length; i++) {
      list.appendChild(problemItem(problems[i]));
    }
    dialog.appendChild(list);
    var close = el('button', 'osaamo-problems-close', t.close);
    close.type = 'button';
    close.addEventListener('click', function () { dismiss(data); });
    dialog.appendChild(close);
    // Escape closes a modal dialog with a cancel event.
    dialog.addEventListener('cancel', function (e) {
      e.preventDefault();
      dismiss(data);
    });
    document.body.appendChild(dialog);
    if (dialog.showModal) {
      dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    heading.focus();
  }

  function dismiss(data) {
    dismissed = data;
    removeDialog(true);
  }

  function removeDialog(restoreFocus) {
    if (!dialog) {
      return;
    }
    if (dialog.open && dialog.close) {
      dialog.close();
    }
    dialog.parentNode.removeChild(dialog);
    dialog = null;
    if (restoreFocus && returnFocus && returnFocus.focus && document.contains(returnFocus)) {
      returnFocus.focus();
    }
    returnFocus = null;
  }

  restoreScroll();

  var source = new EventSource(new URL('_osaamo/events', root).href);
  // build names the build this page shows: the server's hello on the
  // first connection, then each reload event's that left the page as it
  // was. A hello naming another build, on reconnecting, means changes were
  // published while the stream was down, or the server restarted.
  var build = null;
  source.addEventListener('hello', function (e) {
    var b = JSON.parse(e.data).build;
    if (build !== null && b !== build) {
      reload();
      return;
    }
    build = b;
    // data-live-reload="open" on <html> says the page is listening (for
    // people and tests that want to know).
    document.documentElement.setAttribute('data-live-reload', 'open');
  });
  source.addEventListener('error', function () {
    // A dropped stream: EventSource retries by itself.
    document.documentElement.removeAttribute('data-live-reload');
  });
  source.addEventListener('reload', function (e) {
    var data = JSON.parse(e.data);
    if (uses(data.changed || [])) {
      reload();
      return;
    }
    build = data.build;
  });
  source.addEventListener('problems', function (e) { show(e.data); });
  source.addEventListener('clear', function () {
    dismissed = '';
    removeDialog(true);
  });
}());
