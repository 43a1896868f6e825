// Search latency in Chromium, driven by internal/browsertest's
// BenchmarkSearchLatency.
// Usage: node latency.mjs JOB.json, where the job is
//   {"chromium": "/usr/bin/chromium", "root": "http://127.0.0.1:P/intra/osaamo/",
//    "queries": ["raportoinnista", ...], "warm": 3}
// For every query it opens haku/index.html in a new browser context (an
// empty cache: nothing of the index is loaded yet), types the query,
// submits the form and waits for the status line, which search.js writes
// after the results: that is "first", the time a visitor waits, index
// files included. It then submits the same query `warm` more times on the
// same page, with every file it needs already loaded: the median of those
// is "warm", the ranking and rendering alone. It records which index files
// (search/…) the first submit added to the page. Last, one page submits
// every query twice: the second time is "hot" (see below). Writes
//   {"queries": [{"q", "first", "warm", "hot", "files": ["search/meta.js", …], "results": n}]}
// on stdout, times in milliseconds.
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { LAUNCH_ARGS, submitSearch } from './lib.mjs';

const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const browser = await chromium.launch({
  executablePath: job.chromium || '/usr/bin/chromium',
  args: LAUNCH_ARGS,
});

// submit submits q and resolves with the milliseconds (measured in the
// page) until the status line is written, the index files loaded meanwhile
// and the number of results shown.
async function submit(page, q) {
  const indexFiles = () => page.evaluate(() => Array.from(document.querySelectorAll('script[src]'))
    .map((s) => s.getAttribute('src'))
    .map((src) => src.slice(src.lastIndexOf('search/')))
    .filter((src) => src.startsWith('search/')));
  const before = new Set(await indexFiles());
  // A new query changes the page's URL (search.js keeps it in the query
  // string); start from none, so a repeated query pays for that too.
  await page.evaluate(() => history.replaceState(null, '', location.pathname));
  const ms = await submitSearch(page, q);
  const files = Array.from(new Set(await indexFiles())).filter((f) => !before.has(f));
  const results = await page.evaluate(() => document.querySelectorAll('#search-results h3 a').length);
  return { ms, files, results };
}

const out = [];
for (const q of job.queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(job.root + 'haku/index.html');
  await page.waitForSelector('#search-form:not([hidden])');
  const first = await submit(page, q);
  const warm = [];
  for (let i = 0; i < (job.warm || 3); i++) {
    const w = await submit(page, q);
    if (w.files.length) { throw new Error(`${q}: a repeated query loaded ${w.files.join(' ')}`); }
    warm.push(w.ms);
  }
  warm.sort((a, b) => a - b);
  out.push({ q, first: first.ms, warm: warm[Math.floor(warm.length / 2)], files: first.files, results: first.results });
  await context.close();
}
// Then one page answers every query once, loading everything, and again:
// "hot" is the second answer, with the index loaded and the page's
// scripts compiled and optimised by the queries before it, as for a
// visitor who has searched a while.
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(job.root + 'haku/index.html');
await page.waitForSelector('#search-form:not([hidden])');
for (const q of job.queries) { await submit(page, q); }
for (const [i, q] of job.queries.entries()) {
  const h = await submit(page, q);
  if (h.files.length) { throw new Error(`${q}: a repeated query loaded ${h.files.join(' ')}`); }
  out[i].hot = h.ms;
}
await context.close();
await browser.close();
process.stdout.write(JSON.stringify({ queries: out }));
