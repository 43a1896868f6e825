// Browser accessibility suite for osaamo, driven by the Go tests in
// internal/browsertest. It opens the pages it is given in Debian's Chromium
// (through playwright-core, never a downloaded browser), checks them with
// axe-core and its own checks, and writes every problem it finds as one
// JSON object on stdout:
//
//   {"pages": N, "deep": D, "filePages": M, "seconds": S,
//    "problems": [{"page", "check", "rule", "element", "message"}, ...]}
//
// Usage: node run.mjs JOB.json, where the job is
//
//   {"chromium": "/usr/bin/chromium",
//    "base": "http://127.0.0.1:PORT/intra/osaamo/", "pages": ["index.html", ...],
//    "deep": ["index.html", ...],
//    "fileBase": "file:///tmp/x/", "filePages": ["index.html", ...],
//    "search": {"from": "index.html", "query": "raportoinnista",
//               "results": "#search-results a[href]", "status": "#search-status"},
//    "workers": 2}
//
// Served pages (base + page) get the checks that content can break: axe
// (WCAG 2.1 A and AA, light scheme, 1280 px), unique ids, requests, CSP,
// reduced motion, reflow at 320 px and text spacing. The deep ones (all
// pages when deep is missing) also get the keyboard walk, the skip link,
// the scripted controls by keyboard and dark-scheme contrast. Pages opened
// from disk (fileBase + page) get the checks that matter there: requests,
// links that resolve to files, the scripted controls. The search check
// starts on a page, reaches the search box with Tab, types, presses Enter
// and expects results, served and from disk.
//
// Progress and timings go to stderr. The script exits 0 when it could run
// the checks, whatever it found, and 2 when it could not (no job, no browser).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { LAUNCH_ARGS } from './lib.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The WCAG 2.1 A and AA rules of axe-core, and the best-practice rules that
// catch what the product promises beyond them: one h1, no heading jumps,
// landmarks, a working skip link, no positive tabindex.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const EXTRA_RULES = ['heading-order', 'page-has-heading-one', 'empty-heading', 'landmark-one-main',
  'landmark-unique', 'region', 'skip-link', 'tabindex'];
const CONTRAST_RULES = ['color-contrast', 'link-in-text-block'];

// WCAG 1.4.12 text spacing, as in the W3C's test bookmarklet.
const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li, dd, dt, blockquote, figcaption, td, th { margin-bottom: 2em !important; }
`;

// Runs in every page before its own scripts: records CSP violations and
// every focus change, with what the focused element looked like.
const INIT_SCRIPT = `(() => {
  window.__osaamo = { csp: [], focus: [] };
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__osaamo.csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI,
      sample: e.sample, line: e.lineNumber });
  }, true);
})();`;

function log(...args) { process.stderr.write(args.join(' ') + '\n'); }

async function main() {
  const jobFile = process.argv[2];
  if (!jobFile) { log('usage: node run.mjs JOB.json'); process.exit(2); }
  const job = JSON.parse(fs.readFileSync(jobFile, 'utf8'));
  const started = Date.now();
  const browser = await chromium.launch({
    executablePath: job.chromium || '/usr/bin/chromium',
    headless: true,
    args: LAUNCH_ARGS,
  });
  const problems = [];
  const pages = job.pages || [];
  const deep = new Set(job.deep || pages);
  const filePages = job.filePages || [];
  const tasks = [
    ...pages.map((p) => ({ kind: 'served', page: p, deep: deep.has(p) })),
    ...filePages.map((p) => ({ kind: 'file', page: p })),
  ];
  if (job.search && pages.length) tasks.push({ kind: 'search', base: job.base, page: job.search.from });
  if (job.search && filePages.length) tasks.push({ kind: 'search', base: job.fileBase, page: job.search.from, file: true });
  const time = {};
  try {
    let next = 0;
    let done = 0;
    const worker = async () => {
      const served = pages.length ? await servedTab(browser, job.base) : null;
      const file = filePages.length ? await fileTab(browser) : null;
      try {
        while (next < tasks.length) {
          const task = tasks[next++];
          let found;
          if (task.kind === 'served') found = await checkServed(served, job.base, task.page, task.deep, time);
          else if (task.kind === 'file') found = await checkFile(file, job.fileBase, task.page, time);
          else {
            const lap = timer(time);
            found = await checkSearch(task.file ? file : served, task.base, task.page, task.file, job.search);
            lap(task.file ? 'search from disk' : 'search');
          }
          problems.push(...found);
          done++;
          if (done % 50 === 0 || done === tasks.length) {
            log(`${done}/${tasks.length} pages checked, ${problems.length} problems, ${((Date.now() - started) / 1000).toFixed(0)} s`);
          }
        }
      } finally {
        if (served) await served.context.close();
        if (file) await file.context.close();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, job.workers || 2) }, worker));
  } finally {
    await browser.close();
  }
  const seconds = (Date.now() - started) / 1000;
  log('time per check, summed over pages and workers: ' +
    Object.entries(time).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', '));
  // A page visited twice (by its own check and by the search) reports the
  // same problem twice.
  const unique = [...new Map(problems.map((p) => [JSON.stringify(p), p])).values()];
  process.stdout.write(JSON.stringify({ pages: pages.length, deep: [...deep].filter((p) => pages.includes(p)).length, filePages: filePages.length, problems: unique, seconds }) + '\n');
}

// A tab is one browser page, reused for page after page: a fresh context
// per page would cost more than the checks. Its listeners report to
// whatever page is being checked now.
async function servedTab(browser, base) {
  const origin = new URL(base).origin;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  const tab = { context, page, report: () => {}, consoleCSP: [] };
  watchRequests(tab, (u) => u.startsWith(origin + '/') || u.startsWith('data:'));
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) tab.consoleCSP.push(msg.text());
  });
  page.on('pageerror', (err) => tab.report('js-error', 'exception', '', String(err.message || err)));
  return tab;
}

async function fileTab(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const tab = { context, page, report: () => {} };
  watchRequests(tab, (u) => u.startsWith('file:') || u.startsWith('data:'));
  page.on('pageerror', (err) => tab.report('js-error', 'exception', '', String(err.message || err)));
  return tab;
}

// timer adds the time of each named step to totals.
function timer(totals) {
  let t = Date.now();
  return (name) => {
    const now = Date.now();
    totals[name] = (totals[name] || 0) + now - t;
    t = now;
  };
}

// checkServed runs the checks on one page served over HTTP with the CSP
// header: all of them when deep, else those that content (rather than the
// theme's layouts) can break: axe in light mode, requests, CSP, motion,
// reflow and text spacing.
async function checkServed(tab, base, rel, deep, totals) {
  const url = new URL(rel, base).href;
  const out = [];
  const report = (check, rule, element, message) => out.push({ page: rel, check, rule, element, message });
  const lap = timer(totals);
  const { page } = tab;
  tab.report = report;
  tab.consoleCSP = [];
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const resp = await page.goto(url, { waitUntil: 'load' });
    if (!resp || !resp.ok()) {
      report('http-status', String(resp ? resp.status() : 'no response'), '', `the page itself did not load: ${url}`);
      return out;
    }
    lap('load');

    await checkMotion(page, report);
    await checkIDs(page, report);
    await injectAxe(page);
    lap('inject');
    await checkAxe(page, report, 'axe', null);
    lap('axe');
    if (deep) {
      await checkKeyboard(page, report);
      lap('keyboard');
      await checkWidgets(page, report);
      await blur(page);
      lap('widgets');
      // Styles are recomputed when axe reads them: no need to wait a frame.
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await checkAxe(page, report, 'dark-contrast', CONTRAST_RULES);
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      lap('dark');
    }

    // Everything the site itself does has run by now: the CSP verdict is
    // taken before the suite adds its own styles below.
    const csp = await page.evaluate(() => window.__osaamo.csp);
    for (const v of csp) {
      report('csp', v.directive, v.blocked || '', `blocked by the Content-Security-Policy${v.sample ? ': ' + v.sample : ''}${v.line ? ' (line ' + v.line + ')' : ''}`);
    }
    if (csp.length === 0) {
      for (const text of tab.consoleCSP) report('csp', 'console', '', text);
    }

    await page.setViewportSize({ width: 320, height: 640 });
    await settle(page);
    await checkReflow(page, report, 'reflow');
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, TEXT_SPACING_CSS);
    await checkReflow(page, report, 'text-spacing');
    await checkClipping(page, report);
    lap('reflow');
  } catch (err) {
    report('runner', 'error', '', `the checks could not finish: ${err.message}`);
  } finally {
    tab.report = () => {};
  }
  return out;
}

// watchRequests reports requests to other hosts, failed requests and error statuses.
function watchRequests(tab, allowed) {
  const foreign = new Set();
  const failed = new Set(); // answered with an error status, reported as such
  tab.page.on('request', (req) => {
    const u = req.url();
    if (!allowed(u)) {
      foreign.add(u);
      tab.report('other-host', req.resourceType(), u, 'request to another host: nothing may leave the site');
    }
  });
  tab.page.on('requestfailed', (req) => {
    const u = req.url();
    if (foreign.has(u) || failed.has(u)) return;
    tab.report('request-failed', req.resourceType(), u, `request failed: ${req.failure()?.errorText || 'unknown error'}`);
  });
  tab.page.on('response', (resp) => {
    if (resp.status() >= 400) {
      failed.add(resp.url());
      tab.report('http-status', String(resp.status()), resp.url(), `${resp.request().resourceType()} answered ${resp.status()}`);
    }
  });
}

// settle waits for two frames so style and layout changes have applied.
async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function blur(page) {
  await page.evaluate(() => { if (document.activeElement) document.activeElement.blur(); });
}

async function injectAxe(page) {
  // page.evaluate runs through the DevTools protocol, which the page's CSP
  // does not govern, so axe needs no bypassCSP and the CSP stays in force.
  await page.evaluate(axeSource);
}

async function checkAxe(page, report, check, rules) {
  const violations = await page.evaluate(async ({ tags, extra, rules }) => {
    const ids = rules || [
      ...window.axe.getRules(tags)
        .filter((r) => !r.tags.includes('experimental') && !r.tags.includes('deprecated'))
        .map((r) => r.ruleId),
      ...extra,
    ];
    const result = await window.axe.run(document, {
      runOnly: { type: 'rule', values: [...new Set(ids)] },
      resultTypes: ['violations'],
      iframes: false,
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary || '' })),
    }));
  }, { tags: WCAG_TAGS, extra: EXTRA_RULES, rules });
  for (const v of violations) {
    for (const n of v.nodes) {
      const detail = n.summary.split('\n').map((s) => s.trim()).filter((s) => s && !/^Fix (any|all) of the following:$/.test(s)).join('; ');
      report(check, v.id, n.target, `${v.help}${detail ? ' — ' + detail : ''}`);
    }
  }
}

// checkIDs: every id is unique (WCAG 2.1 4.1.1); a repeated id breaks
// in-page links and aria-labelledby.
async function checkIDs(page, report) {
  const dups = await page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
    return [...seen].filter(([, n]) => n > 1);
  });
  for (const [id, n] of dups) report('duplicate-id', 'id', '#' + id, `the id "${id}" is used ${n} times`);
}

// checkMotion: with prefers-reduced-motion: reduce, nothing may move.
async function checkMotion(page, report) {
  const running = await page.evaluate(() => document.getAnimations()
    .filter((a) => a.playState === 'running' || a.playState === 'pending')
    .map((a) => {
      const el = a.effect && a.effect.target;
      return { name: a.animationName || a.transitionProperty || a.constructor.name, el: el ? describe(el) : '' };
      function describe(el) {
        return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
      }
    }));
  for (const a of running) {
    report('reduced-motion', a.name, a.el, 'animation or transition runs although the user asked for reduced motion');
  }
}

// PAGE_HELPERS is evaluated in the page: tabbable elements in DOM order and
// a short description of an element for reports.
const PAGE_HELPERS = `(() => {
  const describe = (el) => {
    if (!el || el === document.body) return 'body';
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    else if (el.classList && el.classList.length) s += '.' + [...el.classList].join('.');
    const href = el.getAttribute && el.getAttribute('href');
    if (href) s += '[href="' + href + '"]';
    const name = el.getAttribute && el.getAttribute('name');
    if (name) s += '[name="' + name + '"][value="' + el.value + '"]';
    const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    if (text && el.tagName !== 'INPUT') s += ' "' + text + '"';
    return s;
  };
  const focusableSelector = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"], audio[controls], video[controls]';
  const hasFocusable = (el) => el.querySelector(focusableSelector) !== null;
  const scroller = (el) => {
    const cs = getComputedStyle(el);
    const x = (cs.overflowX === 'auto' || cs.overflowX === 'scroll') && el.scrollWidth > el.clientWidth;
    const y = (cs.overflowY === 'auto' || cs.overflowY === 'scroll') && el.scrollHeight > el.clientHeight;
    return (x || y) && !hasFocusable(el) && el !== document.documentElement && el !== document.body;
  };
  const tabbable = () => {
    const seen = new Set(document.querySelectorAll(focusableSelector));
    // Chromium makes a scrolling box with nothing focusable in it a tab stop
    // itself, so that keyboard users can scroll it (a wide table, code).
    for (const el of document.body.querySelectorAll('*')) if (scroller(el)) seen.add(el);
    const all = [...document.body.querySelectorAll('*')].filter((el) => seen.has(el));
    return all.filter((el) => {
      if (el.disabled) return false;
      if (el.matches('input[type=hidden]')) return false;
      const ti = el.getAttribute('tabindex');
      if (ti !== null && ti.trim() !== '' && parseInt(ti, 10) < 0) return false;
      if (el.tagName === 'SUMMARY' && !(el.parentElement && el.parentElement.tagName === 'DETAILS' && el.parentElement.querySelector(':scope > summary') === el)) return false;
      if (el.closest('[inert]')) return false;
      if (!el.checkVisibility({ checkVisibilityCSS: true })) return false;
      // Content of a closed <details> other than its summary is not rendered.
      for (let d = el.parentElement && el.parentElement.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) {
        if (!d.open && !(el.tagName === 'SUMMARY' && el.parentElement === d)) return false;
      }
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0 && el.getClientRects().length === 0) return false;
      return true;
    });
  };
  // signature: what a focused element looks like, itself and inside.
  const signature = (el) => {
    const props = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'border-top-color', 'border-bottom-color',
      'border-bottom-width', 'background-color', 'color', 'text-decoration-line', 'text-decoration-thickness', 'stroke', 'stroke-width', 'fill'];
    const els = [el, ...el.querySelectorAll('*')].slice(0, 20);
    return els.map((e) => { const cs = getComputedStyle(e); return props.map((p) => cs.getPropertyValue(p)).join('|'); }).join('/');
  };
  const indicator = (el) => {
    const cs = getComputedStyle(el);
    const transparent = (c) => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);
    if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor)) return 'outline';
    if (cs.boxShadow && cs.boxShadow !== 'none') return 'box-shadow';
    return '';
  };
  return { describe, tabbable, signature, indicator };
})()`;

// checkKeyboard walks the page with Tab from the top. The focus must visit
// every tabbable element in DOM order, each visibly and on screen; the first
// stop must be a skip link that moves focus to its target.
async function checkKeyboard(page, report) {
  // A string is evaluated by DevTools as it is: no eval() in the page, which
  // its CSP would refuse.
  await page.evaluate(`window.__osaamoHelpers = ${PAGE_HELPERS};`);
  const expected = await page.evaluate(() => {
    const h = window.__osaamoHelpers;
    const list = h.tabbable();
    window.__osaamoExpected = list;
    window.__osaamo.focus = [];
    document.addEventListener('focusin', (e) => {
      const el = e.target;
      const r = el.getBoundingClientRect();
      const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 &&
        r.top < window.innerHeight && r.left < window.innerWidth;
      window.__osaamo.focus.push({
        el,
        index: list.indexOf(el),
        desc: h.describe(el),
        focusVisible: el.matches(':focus-visible'),
        indicator: h.indicator(el),
        signature: h.signature(el),
        onScreen,
      });
    }, true);
    return list.map(h.describe);
  });
  if (expected.length === 0) {
    report('keyboard', 'no-tab-stops', '', 'nothing on the page can be reached with Tab');
    return;
  }
  // One press more than there are stops: the last one leaves the document.
  await pressTabs(page, expected.length + 1);
  const result = await page.evaluate(() => {
    const h = window.__osaamoHelpers;
    const focus = window.__osaamo.focus;
    const blurred = document.activeElement;
    if (blurred) blurred.blur();
    // An element without its own outline or shadow must look different when
    // focused than it does now, unfocused (the wheel's segments, say).
    return focus.map((f) => ({
      index: f.index, desc: f.desc, focusVisible: f.focusVisible, onScreen: f.onScreen, indicator: f.indicator,
      changed: f.indicator !== '' || f.signature !== h.signature(f.el),
    }));
  });

  // Tab order: the stops, up to the first one seen again, are the expected
  // list in order.
  const order = [];
  const seen = new Set();
  for (const f of result) {
    const key = f.index >= 0 ? 'i' + f.index : f.desc;
    if (seen.has(key)) break;
    seen.add(key);
    order.push(f);
  }
  for (let i = 0; i < order.length; i++) {
    if (order[i].index !== i) {
      const want = i < expected.length ? expected[i] : '(the end of the page)';
      report('tab-order', 'order', order[i].desc, `Tab stop ${i + 1} is ${order[i].desc}, but in DOM order it should be ${want}`);
      break;
    }
  }
  const reached = new Set(order.map((f) => f.index));
  const missed = expected.filter((_, i) => !reached.has(i));
  if (missed.length > 0) {
    report('tab-order', 'unreachable', missed[0], `${missed.length} of ${expected.length} tabbable elements were never reached with Tab, the first: ${missed[0]}`);
  }
  for (const f of order) {
    if (!f.focusVisible || !f.changed) {
      report('focus-visible', 'no-indicator', f.desc, 'focused with the keyboard but shows no visible focus indicator (no outline, shadow or change of style)');
    } else if (!f.onScreen) {
      report('focus-visible', 'off-screen', f.desc, 'focused with the keyboard but is outside the viewport');
    }
  }

  // Skip link: the first stop links to an element on the page, Enter moves
  // focus there, and the next Tab continues from inside it.
  const first = order[0];
  const skip = await page.evaluate(async () => {
    const el = window.__osaamoExpected[0];
    const href = el.getAttribute('href') || '';
    if (!href.startsWith('#') || href.length < 2) return { ok: false, why: `the first Tab stop is not a link to a place on the page (href "${href}")` };
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) return { ok: false, why: `the first Tab stop links to ${href}, which is not on the page` };
    el.focus();
    return { ok: true, id: target.id, isMain: target.tagName === 'MAIN' || target.getAttribute('role') === 'main' };
  });
  if (!first || first.index !== 0) {
    report('skip-link', 'first-stop', first ? first.desc : '', 'the first Tab stop is not the first focusable element');
    return;
  }
  if (!skip.ok) {
    report('skip-link', 'target', expected[0], skip.why);
    return;
  }
  if (!skip.isMain) {
    report('skip-link', 'target', expected[0], `the skip link goes to #${skip.id}, which is not the main landmark`);
  }
  await page.keyboard.press('Enter');
  await settle(page);
  const after = await page.evaluate((id) => {
    const h = window.__osaamoHelpers;
    const target = document.getElementById(id);
    return { focused: document.activeElement === target, active: h.describe(document.activeElement) };
  }, skip.id);
  if (!after.focused) {
    report('skip-link', 'focus', expected[0], `activating the skip link left focus on ${after.active}, not on #${skip.id}`);
    return;
  }
  await page.keyboard.press('Tab');
  const next = await page.evaluate((id) => {
    const h = window.__osaamoHelpers;
    const target = document.getElementById(id);
    const inside = window.__osaamoExpected.find((el) => target.contains(el) && el !== target);
    const want = inside || window.__osaamoExpected.find((el) => target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { ok: !want || document.activeElement === want, active: h.describe(document.activeElement), want: want ? h.describe(want) : '' };
  }, skip.id);
  if (!next.ok) {
    report('skip-link', 'next-stop', expected[0], `after the skip link, Tab went to ${next.active} instead of ${next.want}`);
  }
}

// pressTabs presses Tab n times. The key events are sent to the browser
// all at once, which it handles in order, rather than waiting for each:
// the walk of a page with a hundred links takes a fraction of the time.
async function pressTabs(page, n) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
    const sent = [];
    for (let i = 0; i < n; i++) {
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }));
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }));
    }
    await Promise.all(sent);
  } finally {
    await cdp.detach();
  }
}

// checkWidgets uses the page's scripted controls with the keyboard alone:
// listing filters and learning-path progress. Each checkbox was already
// reached by Tab in checkKeyboard; here Space toggles it and the page must
// answer in its status text.
async function checkWidgets(page, report) {
  const widgets = await page.evaluate(() => {
    const out = [];
    const form = document.querySelector('form.filters');
    if (form) {
      // The first box that shows some items but not all, so that checking
      // it must change what the status says; any box when none does.
      const boxes = [...form.querySelectorAll('input[type=checkbox]')];
      const list = document.getElementById(form.getAttribute('data-list'));
      const items = list ? [...list.children] : [];
      const matches = (b) => items.filter((it) => (it.getAttribute('data-' + b.name) || '').split(' ').includes(b.value)).length;
      let i = boxes.findIndex((b) => { const n = matches(b); return n > 0 && n < items.length; });
      const changes = i >= 0;
      if (i < 0) i = 0;
      out.push({ kind: 'filter', visible: boxes.length > 0 && boxes[i].checkVisibility(), status: '.filter-status',
        box: 'form.filters input[type=checkbox]', nth: i, changes });
    }
    const step = document.querySelector('[data-path] input[data-step]');
    if (step) {
      out.push({ kind: 'path-progress', visible: step.checkVisibility(), status: '.path-progress',
        box: '[data-path] input[data-step]', nth: 0, changes: true });
    }
    return out;
  });
  for (const w of widgets) {
    if (!w.visible) {
      report('widget', w.kind, w.box, 'the control is not shown: its script did not run');
      continue;
    }
    const read = () => page.evaluate(({ box, status, nth }) => {
      const b = document.querySelectorAll(box)[nth];
      const s = document.querySelector(status);
      const form = document.querySelector('form.filters');
      const list = form && document.getElementById(form.getAttribute('data-list'));
      const cards = list ? [...list.children].filter((it) => !it.hidden).length : 0;
      return { checked: b.checked, status: s ? s.textContent.trim() : null, cards };
    }, w);
    await page.locator(w.box).nth(w.nth).focus();
    const before = await read();
    await page.keyboard.press('Space');
    await settle(page);
    const after = await read();
    await page.keyboard.press('Space');
    await settle(page);
    const restored = await read();
    if (after.checked === before.checked) {
      report('widget', w.kind, w.box, 'Space on the focused checkbox did not toggle it');
    } else if (!after.status || (w.changes && after.status === before.status)) {
      report('widget', w.kind, w.box, `toggling the checkbox did not change the status text (still "${after.status ?? ''}")`);
    } else if (w.kind === 'filter' && (after.cards > before.cards || restored.cards !== before.cards)) {
      report('widget', w.kind, w.box, `filtering showed ${after.cards} of ${before.cards} items, and unchecking showed ${restored.cards}`);
    }
  }
  if (widgets.some((w) => w.kind === 'path-progress')) {
    // Leave no progress behind for the next page in this browser.
    await page.evaluate(() => { try { localStorage.clear(); } catch (e) { /* ignore */ } });
  }
}

// checkReflow: at the current width the page must not scroll sideways.
async function checkReflow(page, report, check) {
  const r = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return null;
    // The outermost elements that stick out, not counting those inside a box
    // that scrolls or clips on its own (a wide table may scroll; WCAG 1.4.10
    // allows that for two-dimensional content).
    const clipped = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const cs = getComputedStyle(p);
        if (cs.overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= width + 0.5 || clipped(el)) continue;
      if (wide.some((w) => w.contains(el))) continue;
      wide.push(el);
    }
    const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : '');
    return { scrollWidth: root.scrollWidth, width, wide: wide.slice(0, 5).map((el) => ({ el: describe(el), right: Math.round(el.getBoundingClientRect().right) })) };
  });
  if (!r) return;
  const what = check === 'text-spacing' ? 'with WCAG 1.4.12 text spacing the page' : 'the page';
  if (r.wide.length === 0) {
    report(check, 'horizontal-scroll', 'html', `at ${r.width} px ${what} is ${r.scrollWidth} px wide`);
  }
  for (const w of r.wide) {
    report(check, 'horizontal-scroll', w.el, `at ${r.width} px ${what} scrolls sideways: this element reaches ${w.right} px`);
  }
}

// checkClipping: with text spacing, no box that hides its overflow may cut text off.
async function checkClipping(page, report) {
  const clipped = await page.evaluate(() => {
    const out = [];
    for (const el of document.body.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      const hides = (v) => v === 'hidden' || v === 'clip';
      if (!hides(cs.overflowX) && !hides(cs.overflowY) && cs.textOverflow !== 'ellipsis') continue;
      if (el.clientWidth <= 2 || el.clientHeight <= 2) continue; // visually hidden text, meant for screen readers
      if (!(el.textContent || '').trim()) continue;
      const x = el.scrollWidth > el.clientWidth + 1;
      const y = el.scrollHeight > el.clientHeight + 1;
      if ((hides(cs.overflowX) && x) || (hides(cs.overflowY) && y) || (cs.textOverflow === 'ellipsis' && x)) {
        out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : ''));
      }
    }
    return out;
  });
  for (const el of clipped) {
    report('text-spacing', 'clipped', el, 'with WCAG 1.4.12 text spacing, text in this element is cut off (it hides its overflow)');
  }
}

// checkFile opens a page from disk: nothing but files may load, every link
// and asset must be an existing file (a folder would show a file listing),
// every fragment must exist, and the listing filters must work.
async function checkFile(tab, fileBase, rel, totals) {
  const url = new URL(rel, fileBase).href;
  const out = [];
  const report = (check, rule, element, message) => out.push({ page: 'file:' + rel, check, rule, element, message });
  const lap = timer(totals);
  const { page } = tab;
  tab.report = report;
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const links = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('a[href], area[href], link[href], script[src], img[src], source[src], video[src], audio[src], iframe[src]')) {
        const attr = el.getAttribute('href') ?? el.getAttribute('src');
        out.push({ attr, abs: new URL(attr, document.baseURI).href, tag: el.tagName.toLowerCase() });
      }
      // SVG links keep their href in an attribute that is not a string property.
      for (const el of document.querySelectorAll('svg a')) {
        const attr = el.getAttribute('href') || el.getAttribute('xlink:href');
        if (attr) out.push({ attr, abs: new URL(attr, document.baseURI).href, tag: 'svg a' });
      }
      return out;
    });
    const pagePath = fileURLToPath(url);
    for (const l of links) {
      const u = new URL(l.abs);
      if (u.protocol !== 'file:') {
        if (l.tag !== 'a' && l.tag !== 'svg a' && l.tag !== 'area' && u.protocol !== 'data:') {
          report('file-link', 'foreign-asset', l.attr, `${l.tag} loads from another host`);
        }
        continue;
      }
      const target = fileURLToPath(u.href.split('#')[0].split('?')[0]);
      let st = null;
      try { st = fs.statSync(target); } catch { /* missing */ }
      if (!st) {
        report('file-link', 'missing', l.attr, `${l.tag} points to ${path.relative(path.dirname(pagePath), target) || target}, which does not exist on disk`);
        continue;
      }
      if (st.isDirectory()) {
        report('file-link', 'folder', l.attr, `${l.tag} points to a folder: opened from disk the browser shows a file listing, not its index.html`);
        continue;
      }
      const frag = u.hash ? decodeURIComponent(u.hash.slice(1)) : '';
      if (frag && target.endsWith('.html') && !hasID(target, frag)) {
        report('file-link', 'anchor', l.attr, `#${frag} is not an id in ${path.basename(target)}`);
      }
    }
    // The filters and path progress work from disk too.
    await checkWidgets(page, report);
    lap('file');
  } catch (err) {
    report('runner', 'error', '', `the checks could not finish: ${err.message}`);
  } finally {
    tab.report = () => {};
  }
  return out;
}

// checkSearch starts on a page, reaches the site's search box with Tab
// alone, types the query, presses Enter and expects result links and a
// status message, then reaches the first result with Tab.
async function checkSearch(tab, base, from, file, search) {
  const rel = (file ? 'file:' : '') + from;
  const out = [];
  const report = (rule, element, message) => out.push({ page: rel, check: 'search', rule, element, message });
  const { page } = tab;
  // What goes wrong on the way (a missing index file, a script error) is
  // reported for the page the browser is on.
  const here = () => {
    const u = page.url().split(/[?#]/)[0];
    return u.startsWith(base) ? (file ? 'file:' : '') + u.slice(base.length) : u;
  };
  tab.report = (check, rule, element, message) => out.push({ page: here(), check, rule, element, message });
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(new URL(from, base).href, { waitUntil: 'load' });
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement && document.activeElement.matches('input[type=search]'));
    }
    if (!found) {
      report('reach', 'input[type=search]', 'no search box could be reached with Tab');
      return out;
    }
    await page.keyboard.type(search.query);
    await page.keyboard.press('Enter');
    // Enter may submit the form to the search page or search in place: poll
    // until results show, across a navigation.
    const state = () => page.evaluate(({ results, status }) => ({
      url: location.href, n: document.querySelectorAll(results).length,
      status: ((document.querySelector(status) || {}).textContent || '').trim(),
      ready: document.readyState === 'complete',
    }), search);
    let got = { url: '', n: 0, status: '' };
    for (const deadline = Date.now() + 10000; Date.now() < deadline;) {
      try {
        got = await state();
        if (got.ready && got.n > 0 && got.status !== '') break;
      } catch { /* the page is navigating */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!(got.n > 0 && got.status !== '')) {
      report('results', search.results, `searching for "${search.query}" gave ${got.n} results and the status "${got.status}" at ${got.url}`);
      return out;
    }
    // From the search box, Tab must lead on to the results.
    const firstResult = await page.evaluate((results) => document.querySelector(results).getAttribute('href'), search.results);
    let ok = false;
    for (let i = 0; i < 40 && !ok; i++) {
      await page.keyboard.press('Tab');
      ok = await page.evaluate((results) => document.activeElement === document.querySelector(results), search.results);
    }
    if (!ok) report('reach-result', firstResult, 'the first result could not be reached with Tab');
  } catch (err) {
    report('error', '', `the search check could not finish: ${err.message}`);
  } finally {
    tab.report = () => {};
  }
  return out;
}

const idCache = new Map();
function hasID(file, id) {
  if (!idCache.has(file)) {
    const ids = new Set();
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\sid="([^"]*)"/g)) ids.add(m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
    idCache.set(file, ids);
  }
  return idCache.get(file).has(id);
}

main().catch((err) => {
  log(`run.mjs: ${err.stack || err}`);
  process.exit(2);
});
