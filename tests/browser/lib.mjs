// Shared by the browser scripts.

// LAUNCH_ARGS start headless Chromium for the tests: loopback only,
// whatever a page asks for. No host name resolves, and every other address
// goes to a proxy on a loopback port where nothing listens (Chromium never
// proxies loopback itself), so a script sees and can report each such
// request.
export const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  '--proxy-server=http://127.0.0.1:9'];

// submitSearch submits q on the open search page and resolves with the
// milliseconds, measured in the page, from submitting to the status line
// being written (results rendered).
export function submitSearch(page, q) {
  return page.evaluate(async (q) => {
    const form = document.getElementById('search-form');
    const status = document.getElementById('search-status');
    document.getElementById('q').value = q;
    status.textContent = '';
    const done = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        if (status.textContent) { obs.disconnect(); resolve(); }
      });
      obs.observe(status, { childList: true, characterData: true, subtree: true });
    });
    const t0 = performance.now();
    form.requestSubmit();
    await done;
    return performance.now() - t0;
  }, q);
}
