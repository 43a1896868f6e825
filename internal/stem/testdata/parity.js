// parity.js is the Node side of TestParityWithJS. It reads from stdin
//
//   {"words": ["...", ...], "texts": ["...", ...]}
//
// and writes to stdout
//
//   {"stopwords": [...],
//    "words": [[stem, normalize, [analyze keys...]], ...],
//    "texts": [[[key, start, end], ...], ...]}
//
// with start and end in UTF-16 code units, as stem.js reports them.
'use strict';

const stem = require('../../../themes/default/static/js/stem.js');

const chunks = [];
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const req = JSON.parse(chunks.join(''));
  const out = {
    stopwords: stem.stopwords,
    words: req.words.map((w) => [
      stem.stem(w),
      stem.normalize(w),
      stem.analyze(w).map((t) => t.key),
    ]),
    texts: req.texts.map((text) =>
      stem.analyze(text).map((t) => [t.key, t.start, t.end])),
  };
  process.stdout.write(JSON.stringify(out));
});
