// Package browsertest proves the built site accessible in a real browser
// (issue 6). Its tests build the shipped site with the real pipeline, serve
// it on loopback under a subpath with the strict Content-Security-Policy,
// write it to disk for file://, and run tests/browser/run.mjs: Debian's
// Chromium driven by playwright-core, with axe-core, over every page. A
// broken fixture site in testdata shows that every check can fail.
//
// The package has no code of its own outside tests. It does not judge
// sources (that is osaamo check) and never downloads a browser: without
// Chromium, Node or tests/browser/node_modules its tests skip, except when
// CI=true, where they fail.
package browsertest
