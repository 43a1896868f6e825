// Pagefind's UI on the search page, started from a file so the page needs
// no inline script.
window.addEventListener("DOMContentLoaded", function () {
  new PagefindUI({ element: "#search", showSubResults: true });
});
