// Search parity and latency in Chromium, driven by internal/browsertest.
// Usage: node search.mjs JOB.json, where the job is
//   {"chromium": "/usr/bin/chromium", "roots": ["http://127.0.0.1:P/intra/osaamo/", "file:///tmp/x/"],
//    "queries": ["raportoinnista", ...], "top": 5, "more": "sosiaalityö"}
// For every root it opens haku/index.html, then for every query types it,
// submits the form and waits for the status line; it records the URLs of
// the first `top` results (relative to the root) and the milliseconds from
// submit to rendered results. Writes {"runs": [{"root", "results": [[url…]…],
// "ms": [..], "more": {…}}]} on stdout. With "more", it also searches that
// query and presses the "show more results" button once.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { LAUNCH_ARGS, submitSearch } from './lib.mjs';

const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const browser = await chromium.launch({
  executablePath: job.chromium || '/usr/bin/chromium',
  args: LAUNCH_ARGS,
});
const runs = [];
for (const root of job.roots) {
  const page = await browser.newPage();
  await page.goto(root + 'haku/index.html');
  await page.waitForSelector('#search-form:not([hidden])');
  const results = [];
  const ms = [];
  for (const q of job.queries) {
    const elapsed = await submitSearch(page, q);
    const urls = await page.evaluate(({ top, root }) => Array.from(document.querySelectorAll('#search-results h3 a'))
      .slice(0, top)
      .map((a) => a.href.startsWith(root) ? a.href.slice(root.length) : a.href), { top: job.top || 5, root });
    const r = { urls, elapsed };
    results.push(r.urls);
    ms.push(r.elapsed);
  }
  // "Show more": the list grows by ten, focus moves to the first new
  // result, and the button goes away once every result is shown.
  let more = null;
  if (job.more) {
    await submitSearch(page, job.more);
    const before = await page.$$eval('#search-results > li', (lis) => lis.length);
    const offered = await page.isVisible('#search-more');
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before, { timeout: 30000 });
    more = await page.evaluate(({ root, before, offered }) => {
      const links = Array.from(document.querySelectorAll('#search-results h3 a'));
      return {
        before, offered,
        urls: links.map((a) => a.href.startsWith(root) ? a.href.slice(root.length) : a.href),
        focused: links.indexOf(document.activeElement),
        buttonHidden: document.getElementById('search-more').hidden,
      };
    }, { root, before, offered });
  }
  runs.push({ root, results, ms, more });
  await page.close();
}
await browser.close();
process.stdout.write(JSON.stringify({ runs }));
