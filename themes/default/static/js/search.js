/* osaamo search client.
 *
 * Ranks queries over the index that `osaamo build` writes to search/, with
 * the same algorithm as internal/search (Go): change the two together; a Go
 * test runs both over the same queries and compares the results.
 *
 * A classic script (no modules, no fetch): index files are scripts that
 * call OsaamoSearch.load(name, data), so search works from file:// and
 * under any subpath. A query loads meta.js, the shards its words hash to,
 * the vocabulary file of its last word and the texts of the results shown.
 * Needs stem.js (window.OsaamoStem) loaded first.
 */
(function (root) {
  'use strict';

  var PREFIX_FACTOR = 0.6;
  var MAX_EXPANSIONS = 3;
  var MIN_PREFIX = 3;
  var SNIPPET_RUNES = 180;

  var Stem = root.OsaamoStem || (typeof require === 'function' ? require('./stem.js') : null);

  var loaded = {};
  var waiting = {};

  // load is what every index file calls.
  function load(name, data) {
    loaded[name] = data;
    (waiting[name] || []).forEach(function (cb) { cb(data); });
    delete waiting[name];
  }

  // scriptLoader loads index files by adding <script> elements: base is
  // the relative URL of the site root ("../../").
  function scriptLoader(base) {
    return function (name) {
      if (Object.prototype.hasOwnProperty.call(loaded, name)) {
        return Promise.resolve(loaded[name]);
      }
      return new Promise(function (resolve) {
        var first = !waiting[name];
        (waiting[name] = waiting[name] || []).push(resolve);
        if (!first) { return; }
        var s = document.createElement('script');
        s.src = base + 'search/' + name + '.js';
        s.onerror = function () { load(name, null); };
        document.head.appendChild(s);
      });
    };
  }

  function utf8(s) {
    if (typeof TextEncoder !== 'undefined') { return new TextEncoder().encode(s); }
    return Buffer.from(s, 'utf8');
  }

  // shard mirrors search.Shard: FNV-1a (32 bit) of the UTF-8 bytes.
  function shard(key, shards) {
    var h = 2166136261;
    var bytes = utf8(key);
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 16777619) >>> 0;
    }
    return h % shards;
  }

  // prefix mirrors search.prefix: the first two characters (code points).
  function prefix(key) {
    return Array.from(key).slice(0, 2).join('');
  }

  function runeCount(s) { return Array.from(s).length; }

  // expand mirrors Index.expand.
  function expand(key, vocab) {
    var cands = (vocab || []).filter(function (k) { return k !== key && k.indexOf(key) === 0; });
    cands.sort(function (a, b) {
      var la = utf8(a).length, lb = utf8(b).length;
      if (la !== lb) { return la - lb; }
      return a < b ? -1 : a > b ? 1 : 0;
    });
    return cands.slice(0, MAX_EXPANSIONS);
  }

  // engine ranks queries with the files get(name) returns (a promise).
  function engine(get) {
    function terms(q) {
      var analysed = Stem.analyze(q);
      return Promise.all(analysed.map(function (a, i) {
        var t = { keys: [a.key], factors: [1] };
        if (i !== analysed.length - 1 || runeCount(a.key) < MIN_PREFIX) { return t; }
        return get('v/' + prefix(a.key)).then(function (vocab) {
          expand(a.key, vocab).forEach(function (k) { t.keys.push(k); t.factors.push(PREFIX_FACTOR); });
          return t;
        });
      }));
    }

    function postings(meta, key) {
      return get('s/' + shard(key, meta.shards)).then(function (s) {
        return (s && Object.prototype.hasOwnProperty.call(s, key)) ? s[key] : [];
      });
    }

    // query mirrors Index.Query. opts: {kind, facets: [..], limit}.
    // meta.js and the vocabulary file of the last word load together.
    function query(q, opts) {
      opts = opts || {};
      return Promise.all([get('meta'), terms(q)]).then(function (loaded) {
        var meta = loaded[0], ts = loaded[1];
        if (!meta || meta.v !== 1) { throw new Error('search index missing or of another version'); }
        if (ts.length === 0) { return []; }
        return Promise.all(ts.map(function (t) {
          return Promise.all(t.keys.map(function (k) { return postings(meta, k); }));
        })).then(function (lists) {
          return (opts.facets && opts.facets.length ? get('f') : Promise.resolve(null)).then(function (ff) {
            return rank(meta, ts, lists, ff, opts);
          });
        });
      });
    }

    // rank keeps its sums in typed arrays indexed by doc: a word of a big
    // site has thousands of postings.
    function rank(meta, ts, lists, ff, opts) {
      var n = meta.kinds.length;
      var score = new Float64Array(n), matched = new Int32Array(n), best = new Float64Array(n);
      var hit = []; // docs with a score
      ts.forEach(function (t, ti) {
        var touched = [];
        t.keys.forEach(function (k, ki) {
          var flat = lists[ti][ki], factor = t.factors[ki];
          for (var i = 0; i + 1 < flat.length; i += 2) {
            var d = flat[i], s = flat[i + 1] * factor;
            if (best[d] === 0) { touched.push(d); }
            if (s > best[d]) { best[d] = s; }
          }
        });
        touched.forEach(function (d) {
          if (matched[d] === 0) { hit.push(d); }
          score[d] += best[d];
          matched[d]++;
          best[d] = 0;
        });
      });
      var wantKind = opts.kind ? meta.kindNames.indexOf(opts.kind) : -1;
      var wantFacets = [];
      if (ff && opts.facets) {
        wantFacets = opts.facets.map(function (f) { return ff.names.indexOf(f); });
      }
      var most = 0, docs = [];
      hit.forEach(function (d) {
        if (opts.kind && meta.kinds.charCodeAt(d) - 97 !== wantKind) { return; }
        if (wantFacets.some(function (f) { return f < 0 || ff.docs[d].indexOf(f) < 0; })) { return; }
        if (matched[d] > most) { most = matched[d]; docs = []; }
        if (matched[d] === most) { docs.push(d); }
      });
      docs.sort(function (a, b) {
        if (score[a] !== score[b]) { return score[b] - score[a]; }
        return a - b;
      });
      var total = docs.length;
      if (opts.limit > 0) { docs = docs.slice(0, opts.limit); }
      var keys = [];
      ts.forEach(function (t) { keys = keys.concat(t.keys); });
      return Promise.all(docs.map(function (d) {
        return get('t/' + d).then(function (doc) {
          return { doc: d, title: doc.t, url: doc.u, kind: doc.k, score: Math.trunc(score[d]), matched: matched[d], snippet: snippet(doc.x, keys) };
        });
      })).then(function (results) {
        results.total = total;
        return results;
      });
    }

    return { query: query };
  }

  // snippet mirrors search.Snippet, but returns parts — [{text, mark}] —
  // so the page builds DOM nodes instead of parsing HTML. It reads the
  // text only up to the end of the snippet, and stems the words up to the
  // first match and those in the snippet: results have long texts, and
  // stemming each word of each is what made a query slow on a big site.
  function snippet(text, keys) {
    var want = new Set(keys);
    var first = -1, start = 0, end = -1;
    var marks = []; // matched words inside the snippet, [start, end]
    function bounds() {
      if (first > 0) {
        start = back(text, first, 60);
        var sp = text.slice(start, first).indexOf(' ');
        if (start > 0 && sp >= 0) { start += sp + 1; }
      }
      end = forward(text, start, SNIPPET_RUNES);
      if (end < text.length) {
        var lsp = text.slice(start, end).lastIndexOf(' ');
        if (lsp > 0) { end = start + lsp; }
      }
    }
    Stem.eachToken(text, function (word, s, e) {
      if (end >= 0 && e > end) { return true; } // past the snippet
      var key = Stem.keyOf(word);
      if (key === null || !want.has(key)) { return false; }
      if (first < 0) {
        first = s;
        bounds();
        if (e > end) { return true; }
      }
      if (s >= start) { marks.push([s, e]); }
      return false;
    });
    if (end < 0) { bounds(); } // no match: the start of the text
    var parts = [];
    if (start > 0) { parts.push({ text: '… ' }); }
    var pos = start;
    marks.forEach(function (m) {
      parts.push({ text: text.slice(pos, m[0]) });
      parts.push({ text: text.slice(m[0], m[1]), mark: true });
      pos = m[1];
    });
    parts.push({ text: text.slice(pos, end) });
    if (end < text.length) { parts.push({ text: ' …' }); }
    parts.forEach(function (p) { p.text = p.text.replace(/\s+/g, ' '); });
    return parts;
  }

  function isHigh(c) { return c >= 0xd800 && c <= 0xdbff; }
  function isLow(c) { return c >= 0xdc00 && c <= 0xdfff; }

  // back and forward step n code points through s from index i.
  function back(s, i, n) {
    for (; n > 0 && i > 0; n--) {
      i--;
      if (i > 0 && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1))) { i--; }
    }
    return i;
  }

  function forward(s, i, n) {
    for (; n > 0 && i < s.length; n--) {
      i += (isHigh(s.charCodeAt(i)) && i + 1 < s.length) ? 2 : 1;
    }
    return i;
  }

  // ------------------------------------------------------------ the page

  function setupPage(form) {
    var base = form.getAttribute('data-root') || '';
    var run = engine(scriptLoader(base)).query;
    var input = form.querySelector('input[name=q]');
    var kind = form.querySelector('select[name=kind]');
    var facet = form.querySelector('select[name=facet]');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var heading = document.getElementById('search-results-heading');
    var more = document.getElementById('search-more');
    // The page shows pageSize results, and pageSize more at each press of
    // the "more" button: fewer result files to load on a slow link.
    var pageSize = 10;
    var limit = pageSize;
    var labels = {};
    if (kind) {
      Array.prototype.forEach.call(kind.options, function (o) { labels[o.value] = o.textContent; });
    }
    var seq = 0;

    function render(q, results) {
      list.textContent = '';
      results.forEach(function (r) {
        var li = document.createElement('li');
        li.className = 'search-result';
        var h = document.createElement('h3');
        var a = document.createElement('a');
        a.href = base + r.url;
        a.textContent = r.title;
        h.appendChild(a);
        li.appendChild(h);
        var meta = document.createElement('p');
        meta.className = 'card-meta';
        meta.textContent = labels[r.kind] || r.kind;
        li.appendChild(meta);
        var p = document.createElement('p');
        r.snippet.forEach(function (part) {
          if (part.mark) {
            var m = document.createElement('mark');
            m.textContent = part.text;
            p.appendChild(m);
          } else {
            p.appendChild(document.createTextNode(part.text));
          }
        });
        li.appendChild(p);
        list.appendChild(li);
      });
      heading.hidden = results.length === 0;
      var total = results.total || results.length;
      if (more) { more.hidden = total <= results.length; }
      var tpl = total === 0 ? status.getAttribute('data-none') : status.getAttribute('data-count');
      var text = tpl.replace('{n}', String(total)).replace('{q}', q);
      if (total > results.length) { text += ' ' + status.getAttribute('data-shown').replace('{k}', String(results.length)); }
      status.textContent = text;
    }

    // search runs the form's query. A new query (updateURL) starts again
    // from the first pageSize results.
    function search(updateURL) {
      var q = input.value.trim();
      if (updateURL) { limit = pageSize; }
      var opts = { kind: kind ? kind.value : '', facets: facet && facet.value ? [facet.value] : [], limit: limit };
      var mine = ++seq;
      if (updateURL) {
        var params = new URLSearchParams();
        if (q) { params.set('q', q); }
        if (opts.kind) { params.set('kind', opts.kind); }
        if (opts.facets.length) { params.set('facet', opts.facets[0]); }
        var qs = params.toString();
        try {
          root.history.replaceState(null, '', root.location.pathname + (qs ? '?' + qs : ''));
        } catch (e) { /* file:// may refuse; the search still runs */ }
      }
      if (!q) {
        list.textContent = '';
        heading.hidden = true;
        if (more) { more.hidden = true; }
        status.textContent = '';
        return Promise.resolve();
      }
      return run(q, opts).then(function (results) {
        if (mine === seq) { render(q, results); }
      }, function () {
        status.textContent = status.getAttribute('data-error');
      });
    }

    var params = new URLSearchParams(root.location.search);
    input.value = params.get('q') || '';
    if (kind) { kind.value = params.get('kind') || ''; }
    if (facet) { facet.value = params.get('facet') || ''; }
    document.getElementById('search-nojs').hidden = true;
    form.hidden = false;
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { search(true); }, 150);
    });
    form.addEventListener('change', function (e) { if (e.target !== input) { search(true); } });
    form.addEventListener('submit', function (e) { e.preventDefault(); search(true); });
    if (more) {
      // More results: focus moves to the first new one, so keyboard and
      // screen reader users go on reading where the list grew.
      more.addEventListener('click', function () {
        var first = limit;
        limit += pageSize;
        search(false).then(function () {
          var link = list.querySelectorAll('.search-result h3 a')[first];
          if (link) { link.focus(); }
        });
      });
    }
    search(false);
  }

  var api = { load: load, engine: engine, shard: shard, snippet: snippet };
  root.OsaamoSearch = api;
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; }

  if (typeof document !== 'undefined') {
    var init = function () {
      var form = document.getElementById('search-form');
      if (form) { setupPage(form); }
    };
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
  }
})(typeof window !== 'undefined' ? window : globalThis);
