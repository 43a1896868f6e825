// Print check for osaamo's print views (issue 7), driven by the Go test in
// internal/browsertest (teach_test.go). For every page it is given it
// opens the page in Debian's Chromium with print media, reads the computed
// break-before of every part (".print-part"), and prints the page to PDF
// with page.pdf, counting the PDF's pages. It answers with JSON on stdout:
//
//   [{"page": "opintojakso/tulosta/index.html", "parts": 7, "breaking": 7, "pdfPages": 33}]
//
// Usage: node print.mjs JOB.json, where the job is
//
//   {"chromium": "/usr/bin/chromium", "base": "http://127.0.0.1:PORT/x/", "pages": ["opintojakso/tulosta/index.html"]}
//
// It exits 2 when it could not run (bad job, browser failed to start).

import fs from 'node:fs';
import { chromium } from 'playwright-core';

async function main() {
  const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const browser = await chromium.launch({
    executablePath: job.chromium || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  const out = [];
  try {
    const page = await (await browser.newContext()).newPage();
    for (const rel of job.pages) {
      await page.goto(new URL(rel, job.base).href, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const parts = await page.evaluate(() => [...document.querySelectorAll('.print-part')]
        .map((el) => getComputedStyle(el).breakBefore));
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pdfPages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      out.push({ page: rel, parts: parts.length, breaking: parts.filter((b) => b === 'page').length, pdfPages });
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((err) => { process.stderr.write(String(err && err.stack || err) + '\n'); process.exit(2); });
