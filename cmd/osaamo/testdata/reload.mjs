// Checks the live preview's js/reload.js in Chromium, driven by
// TestReloadInBrowser: reloads and scroll position, the problems dialog
// (focus, Escape, the Close button, axe-core, no CSP violations), a dropped
// stream that reconnects, and the reconnection after the server restarts. It starts `osaamo serve` itself
// so it can restart it, edits the project's files, and prints
// {"checks": [{"name", "ok", "detail"}]} as JSON on stdout.
//
// Usage: node reload.mjs JOB.json, where the job is
//   {"chromium": "/usr/bin/chromium", "modules": ".../tests/browser/node_modules",
//    "site": "/tmp/x", "port": 18313, "serve": ["osaamo", "serve", ...], "env": {"K": "V"}}
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const require = createRequire(path.join(job.modules, 'x.js'));
const { chromium } = require('playwright-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const checks = [];
const check = (name, ok, detail = '') => checks.push({ name, ok: !!ok, detail: String(detail) });
const base = `http://127.0.0.1:${job.port}/`;
const file = (rel) => path.join(job.site, rel);
const THEME = file('content/teemat/2021-03-vaikuttavuus.md');
const OTHER = file('content/tapaukset/kainuu.md');
const TIMEOUT = 30000;

let server = null;
function startServer() {
  server = spawn(job.serve[0], job.serve.slice(1), { env: { ...process.env, ...job.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stderr.on('data', (d) => process.stderr.write(d));
  return new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`osaamo serve exited with ${code}`)));
  });
}
function stopServer() {
  const s = server;
  return new Promise((resolve) => { s.once('exit', resolve); s.kill('SIGTERM'); });
}

const orig = fs.readFileSync(THEME, 'utf8');
// Long enough to scroll.
const long = orig + '\n' + Array.from({ length: 60 }, (_, i) => `Täytekappale ${i}.\n`).join('\n');
fs.writeFileSync(THEME, long);
await startServer();
const browser = await chromium.launch({ executablePath: job.chromium, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 400 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  // reload.js marks the page once it listens to the server.
  const listening = () => page.waitForSelector('html[data-live-reload="open"]', { state: 'attached', timeout: TIMEOUT });
  await page.goto(base + 'teemat/2021-03-vaikuttavuus/');
  await listening();
  await page.evaluate(() => window.scrollTo(0, 300));

  // 1. Saving the page reloads it and keeps the scroll position.
  let loaded = page.waitForEvent('load', { timeout: TIMEOUT });
  fs.writeFileSync(THEME, long + '\nSelaintestin uusi kappale.\n');
  await loaded;
  check('saving the page reloads it', await page.evaluate(() => document.body.textContent.includes('Selaintestin uusi kappale')));
  await page.waitForFunction(() => window.scrollY === 300, null, { timeout: TIMEOUT }).catch(() => {});
  check('the reload keeps the scroll position', await page.evaluate(() => window.scrollY) === 300, await page.evaluate(() => window.scrollY));

  // 2. Saving another page does not reload this one: the page records
  // the reload event for the other page and is still the same document.
  await listening();
  await page.evaluate(() => new Promise((ready) => {
    window.__marker = true;
    const es = new EventSource('/_osaamo/events');
    window.__other = new Promise((resolve) => es.addEventListener('reload', (e) => {
      if (JSON.parse(e.data).changed.includes('tapaukset/kainuu/index.html')) resolve();
    }));
    es.onopen = ready;
  }));
  const otherSrc = fs.readFileSync(OTHER, 'utf8');
  fs.writeFileSync(OTHER, otherSrc + '\nToisen sivun muutos.\n');
  await page.evaluate(() => window.__other);
  check('saving another page leaves this one', await page.evaluate(() => window.__marker === true));

  // 3. A failing save shows the problems in a modal dialog; focus moves
  // to its heading.
  await listening();
  await page.focus('#site-search-q');
  fs.writeFileSync(THEME, long.replace('title:', 'titel:'));
  await page.waitForSelector('dialog.osaamo-problems[open]', { timeout: TIMEOUT });
  const dialog = await page.evaluate(() => {
    const d = document.querySelector('dialog.osaamo-problems');
    return { focus: document.activeElement.id, text: d.textContent, modal: d.matches(':modal'),
      name: document.getElementById(d.getAttribute('aria-labelledby')).textContent };
  });
  check('the dialog is modal and named by its heading', dialog.modal && dialog.name !== '', JSON.stringify(dialog.name));
  check('focus moves to the dialog heading', dialog.focus === 'osaamo-problems-title', dialog.focus);
  check('the dialog shows file:line:col, the source line and the hint',
    dialog.text.includes('content/teemat/2021-03-vaikuttavuus.md:2:1') && dialog.text.includes('titel: Vaikuttavuus') && dialog.text.includes('did you mean'),
    dialog.text.slice(0, 300));
  await page.evaluate(axeSource);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await page.evaluate(async () => (await axe.run(document.querySelector('dialog.osaamo-problems'),
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })).violations.map((v) => v.id));
    check(`axe finds nothing in the dialog (${scheme})`, violations.length === 0, violations.join(', '));
  }

  // 4. Escape dismisses it and gives focus back.
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.osaamo-problems', { state: 'detached', timeout: TIMEOUT }).catch(() => {});
  check('Escape closes the dialog', await page.evaluate(() => !document.querySelector('dialog.osaamo-problems')));
  check('focus returns where it was', await page.evaluate(() => document.activeElement.id === 'site-search-q'));

  // 5. The next failing save shows it again; the Close button closes it.
  fs.writeFileSync(THEME, long.replace('title:', 'otsikko:'));
  await page.waitForSelector('dialog.osaamo-problems[open]', { timeout: TIMEOUT });
  await page.click('.osaamo-problems-close');
  await page.waitForSelector('dialog.osaamo-problems', { state: 'detached', timeout: TIMEOUT }).catch(() => {});
  check('the Close button closes the dialog', await page.evaluate(() => !document.querySelector('dialog.osaamo-problems')));

  // 6. Fixing the problem removes the dialog by itself.
  fs.writeFileSync(THEME, long.replace('title:', 'titel:'));
  await page.waitForSelector('dialog.osaamo-problems[open]', { timeout: TIMEOUT });
  fs.writeFileSync(THEME, long + '\nSelaintestin uusi kappale.\n');
  const gone = await page.waitForSelector('dialog.osaamo-problems', { state: 'detached', timeout: TIMEOUT }).then(() => true, () => false);
  check('fixing the problem removes the dialog', gone);

  // 7. A stream that drops and comes back to the same build leaves the
  // page as it is; one that comes back to a newer build reloads it. The
  // page goes through a proxy that can cut its connections, as a flaky
  // network does, while the server keeps running.
  let blocked = false;
  const pipes = new Set();
  const proxy = net.createServer((client) => {
    if (blocked) { client.destroy(); return; }
    const upstream = net.connect(job.port, '127.0.0.1');
    const pair = [client, upstream];
    pipes.add(pair);
    const end = () => { client.destroy(); upstream.destroy(); pipes.delete(pair); };
    for (const sock of pair) { sock.on('error', end); sock.on('close', end); }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const cut = () => { blocked = true; for (const [a, b] of pipes) { a.destroy(); b.destroy(); } pipes.clear(); };
  const flaky = await browser.newPage({ viewport: { width: 800, height: 400 } });
  flaky.on('pageerror', (e) => errors.push(e.message));
  const flakyListening = () => flaky.waitForSelector('html[data-live-reload="open"]', { state: 'attached', timeout: TIMEOUT });
  const dropped = () => flaky.waitForSelector('html:not([data-live-reload])', { state: 'attached', timeout: TIMEOUT });
  await flaky.goto(`http://127.0.0.1:${proxy.address().port}/teemat/2021-03-vaikuttavuus/`);
  await flakyListening();
  await flaky.evaluate(() => { window.__kept = true; });
  cut();
  check('a cut connection drops the event stream', await dropped().then(() => true, () => false));
  blocked = false;
  await flakyListening();
  check('reconnecting to the same build does not reload the page', await flaky.evaluate(() => window.__kept === true));
  cut();
  await dropped();
  fs.writeFileSync(THEME, long + '\nMuutos yhteyden ollessa poikki.\n');
  // The page cannot reach the server; the test can: wait for the change.
  for (const until = Date.now() + TIMEOUT; ;) {
    const html = await (await fetch(base + 'teemat/2021-03-vaikuttavuus/')).text();
    if (html.includes('Muutos yhteyden ollessa poikki')) break;
    if (Date.now() > until) throw new Error('the server never served the change');
    await new Promise((r) => setTimeout(r, 100));
  }
  loaded = flaky.waitForEvent('load', { timeout: TIMEOUT }).then(() => true, () => false);
  blocked = false;
  check('reconnecting to a newer build reloads the page', await loaded);
  check('the page reloaded on reconnecting shows the change',
    await flaky.evaluate(() => document.body.textContent.includes('Muutos yhteyden ollessa poikki')));
  await flaky.close();
  proxy.close();

  // 8. After a restart the page reconnects and reloads.
  await stopServer();
  fs.writeFileSync(THEME, long + '\nMuutos palvelimen ollessa poissa.\n');
  loaded = page.waitForEvent('load', { timeout: TIMEOUT }).then(() => true, () => false);
  await startServer();
  check('after a server restart the page reconnects and reloads', await loaded);
  check('the reloaded page shows what changed meanwhile',
    await page.evaluate(() => document.body.textContent.includes('Muutos palvelimen ollessa poissa')));

  const csp = await page.evaluate(() => window.__csp);
  check('no Content-Security-Policy violations', csp.length === 0, csp.join('; '));
  check('no script errors', errors.length === 0, errors.join('; '));
} catch (e) {
  check('the script ran to the end', false, e.stack);
} finally {
  await browser.close();
  if (server && server.exitCode === null) await stopServer();
  fs.writeFileSync(THEME, orig);
}
process.stdout.write(JSON.stringify({ checks }) + '\n');
