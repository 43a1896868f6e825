// Shared by the browser scripts that drive the search page.

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
