// Runs search.js under Node over a built index folder and prints, for each
// query read from stdin (a JSON array), the ranked results as JSON.
// Usage: node search-parity.js THEME_JS_DIR INDEX_DIR < queries.json
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [jsDir, indexDir] = process.argv.slice(2);
global.OsaamoStem = require(path.join(jsDir, 'stem.js'));
const S = require(path.join(jsDir, 'search.js'));

const cache = new Map();
const sandbox = vm.createContext({ OsaamoSearch: { load: (n, d) => { sandbox.data = d; } } });
const get = (name) => {
  if (!cache.has(name)) {
    const file = path.join(indexDir, 'search', name + '.js');
    sandbox.data = null;
    if (fs.existsSync(file)) { vm.runInContext(fs.readFileSync(file, 'utf8'), sandbox); }
    cache.set(name, sandbox.data);
  }
  return Promise.resolve(cache.get(name));
};

const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
const engine = S.engine(get);
Promise.all(queries.map((q) => engine.query(q.text, { limit: q.limit, kind: q.kind || '' })))
  .then((all) => {
    process.stdout.write(JSON.stringify(all.map((rs) => rs.map((r) => ({ url: r.url, score: r.score, matched: r.matched })))));
  })
  .catch((e) => { console.error(e); process.exit(1); });
