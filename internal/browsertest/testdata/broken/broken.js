// A script error: the suite reports uncaught exceptions.
window.addEventListener('DOMContentLoaded', function () { null.f(); });
