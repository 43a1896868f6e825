/*
 * stem.js: the Finnish text analysis of osaamo's search, for the browser.
 *
 * The search index is built in Go by internal/stem; this script analyses the
 * query the same way, so that the keys it looks up are the keys the index
 * stores. Every function mirrors one in internal/stem, and a Go test
 * (TestParityWithJS) runs both over the site's content and a list of awkward
 * words: change the two together.
 *
 * A classic script with no dependencies (it must also run from file://). It
 * defines one global, window.OsaamoStem = { tokenize, eachToken, stem,
 * normalize, analyze, keyOf, stopwords }, and exports the same object
 * under Node.
 *
 * Offsets (start, end) are UTF-16 code unit indices into the analysed
 * string, as String.prototype.slice uses them; Go reports byte offsets.
 *
 * Letters and digits are Unicode categories L and Nd. Engines without
 * Unicode property escapes in regular expressions fall back to cased letters
 * and ASCII digits. Either way, characters added to Unicode after the
 * version Go was built with (15.0 for Go 1.26) may be classified or
 * lower-cased differently; Finnish text never contains them.
 */
(function (root) {
  'use strict';

  // ---------------------------------------------------------------- tokens

  var unicodeClasses = (function () {
    try {
      return {
        word: new RegExp('^[\\p{L}\\p{Nd}]$', 'u'),
        mark: new RegExp('^\\p{M}$', 'u'),
        digit: new RegExp('^\\p{Nd}$', 'u'),
        anyDigit: new RegExp('\\p{Nd}', 'u')
      };
    } catch (e) {
      return null;
    }
  })();

  function isDigitChar(ch) {
    return unicodeClasses ? unicodeClasses.digit.test(ch) : /^[0-9]$/.test(ch);
  }

  function isWordChar(ch) {
    // Fast path: ASCII is most of every text, and classifying it needs no
    // regular expression (same answer as \p{L}\p{Nd} for ASCII).
    var c = ch.charCodeAt(0);
    if (c < 0x80) {
      return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    }
    if (unicodeClasses) {
      return unicodeClasses.word.test(ch);
    }
    return isDigitChar(ch) || ch.toLowerCase() !== ch.toUpperCase();
  }

  function isMarkChar(ch) {
    if (ch.charCodeAt(0) < 0x300) {
      return false; // no combining mark below U+0300
    }
    return unicodeClasses ? unicodeClasses.mark.test(ch) : /^[\u0300-\u036f]$/.test(ch);
  }

  function hasDigit(s) {
    return unicodeClasses ? unicodeClasses.anyDigit.test(s) : /[0-9]/.test(s);
  }

  // table turns pairs into an object without a prototype, so that no
  // word ("constructor") is found in it by accident.
  function table(pairs) {
    var t = Object.create(null);
    pairs.forEach(function (p) {
      t[p[0]] = p[1];
    });
    return t;
  }

  // Decomposed letters fold joins: base letter + combining mark.
  var compose = table([
    ['a\u0308', '\u00e4'], // ä
    ['o\u0308', '\u00f6'], // ö
    ['u\u0308', '\u00fc'], // ü
    ['a\u030a', '\u00e5'], // å
    ['e\u0301', '\u00e9'] //  é
  ]);

  // lower lower-cases one code point the way Go's unicode.ToLower does: a
  // simple one-to-one mapping (toLowerCase alone maps U+0130 to two).
  function lower(ch) {
    if (ch === '\u0130') {
      return 'i';
    }
    return ch.toLowerCase();
  }

  // fold lower-cases s code point by code point and composes the pairs in
  // compose, like fold in token.go.
  function fold(s) {
    var out = [];
    for (var i = 0; i < s.length;) {
      var cp = s.codePointAt(i);
      var ch = String.fromCodePoint(cp);
      i += ch.length;
      ch = lower(ch);
      var n = out.length;
      if (n > 0 && compose[out[n - 1] + ch] !== undefined) {
        out[n - 1] = compose[out[n - 1] + ch];
        continue;
      }
      out.push(ch);
    }
    return out.join('');
  }

  function runeLen(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
        }
      }
      n++;
    }
    return n;
  }

  // keepWord: two code points or more, or a single digit.
  function keepWord(w) {
    var n = runeLen(w);
    return n >= 2 || (n === 1 && isDigitChar(w));
  }

  // tokenize splits text into words: runs of letters and digits, with
  // combining marks kept inside a word. Each token is {word, start, end}
  // where word is the folded surface text.slice(start, end).
  function tokenize(text) {
    var tokens = [];
    eachToken(text, function (word, start, end) {
      tokens.push({ word: word, start: start, end: end });
    });
    return tokens;
  }

  // eachToken calls fn(word, start, end) for the tokens of text in order,
  // as tokenize returns them, and stops early when fn returns true.
  //
  // Like spans in token.go, it classifies ASCII and the lower-case letters
  // of Latin-1 (ß–ÿ but ÷: ä, ö, å …) by their code unit, and folds a word
  // only when it has another character: snippets read page texts on every
  // query.
  function eachToken(text, fn) {
    var start = -1;
    var plain = true; // the current word needs no folding
    var stop = false;
    function flush(end) {
      if (start < 0) {
        return;
      }
      var w = text.slice(start, end);
      if (!plain) {
        w = fold(w);
      }
      if (keepWord(w)) {
        stop = fn(w, start, end) === true;
      }
      start = -1;
    }
    function begin(i) {
      if (start < 0) {
        start = i;
        plain = true;
      }
    }
    for (var i = 0; i < text.length && !stop;) {
      var c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) {
        begin(i);
        i++;
        continue;
      }
      if (c < 0x80) {
        if (c >= 65 && c <= 90) {
          begin(i);
          plain = false;
        } else {
          flush(i);
        }
        i++;
        continue;
      }
      var ch = String.fromCodePoint(text.codePointAt(i));
      if (isWordChar(ch)) {
        begin(i);
        plain = false;
      } else if (start >= 0 && isMarkChar(ch)) {
        plain = false;
      } else {
        flush(i);
      }
      i += ch.length;
    }
    if (!stop) {
      flush(text.length);
    }
  }

  // ------------------------------------------------- Snowball Finnish stem
  //
  // A port of the Snowball Finnish stemmer as generated for Go in
  // github.com/blevesearch/snowballstem/finnish (v0.9.0). The word is held
  // as an array of code points, as the Go runtime steps over whole runes.

  // set makes a Snowball grouping: code point -> true.
  function set(s) {
    return table(Array.from(s).map(function (ch) {
      return [ch.codePointAt(0), true];
    }));
  }

  var V1 = set('aeiouyäö');
  var V2 = set('aeiouäö');
  var PARTICLE_END = set('aeiouyäönt');
  var AEI = set('aeiä');
  var REPLACEMENT = 0xfffd; // Go's RuneError is neither in nor out of a grouping

  function cps(s) {
    return Array.from(s).map(function (ch) {
      return ch.codePointAt(0);
    });
  }

  // among builds a Snowball among list: [string, result, routine].
  function among(list) {
    return list.map(function (e) {
      return { s: cps(e[0]), r: e[1], f: e[2] || null };
    });
  }

  var A0 = among([['pa', 1], ['sti', 2], ['kaan', 1], ['han', 1], ['kin', 1],
    ['hän', 1], ['kään', 1], ['ko', 1], ['pä', 1], ['kö', 1]]);
  var A1 = among([['lla', -1], ['na', -1], ['ssa', -1], ['ta', -1], ['lta', -1], ['sta', -1]]);
  var A2 = among([['llä', -1], ['nä', -1], ['ssä', -1], ['tä', -1], ['ltä', -1], ['stä', -1]]);
  var A3 = among([['lle', -1], ['ine', -1]]);
  var A4 = among([['nsa', 3], ['mme', 3], ['nne', 3], ['ni', 2], ['si', 1], ['an', 4],
    ['en', 6], ['än', 5], ['nsä', 3]]);
  var A5 = among([['aa', -1], ['ee', -1], ['ii', -1], ['oo', -1], ['uu', -1], ['ää', -1], ['öö', -1]]);
  var A6 = among([['a', 8], ['lla', -1], ['na', -1], ['ssa', -1], ['ta', -1], ['lta', -1],
    ['sta', -1], ['tta', 9], ['lle', -1], ['ine', -1], ['ksi', -1], ['n', 7], ['han', 1],
    ['den', -1, 'VI'], ['seen', -1, 'LONG'], ['hen', 2], ['tten', -1, 'VI'], ['hin', 3],
    ['siin', -1, 'VI'], ['hon', 4], ['hän', 5], ['hön', 6], ['ä', 8], ['llä', -1],
    ['nä', -1], ['ssä', -1], ['tä', -1], ['ltä', -1], ['stä', -1], ['ttä', 9]]);
  var A7 = among([['eja', -1], ['mma', 1], ['imma', -1], ['mpa', 1], ['impa', -1],
    ['mmi', 1], ['immi', -1], ['mpi', 1], ['impi', -1], ['ejä', -1], ['mmä', 1],
    ['immä', -1], ['mpä', 1], ['impä', -1]]);
  var A8 = among([['i', -1], ['j', -1]]);
  var A9 = among([['mma', 1], ['imma', -1]]);

  // Env is the Snowball machine state: the word as code points, the cursor,
  // the forward limit and the backward limit (lb), the slice [bra, ket),
  // the regions p1, p2 and the ending_removed flag.
  function Env(word) {
    this.s = cps(word);
    this.c = 0;
    this.l = this.s.length;
    this.lb = 0;
    this.bra = 0;
    this.ket = this.s.length;
    this.p1 = this.l;
    this.p2 = this.l;
    this.removed = false;
  }

  Env.prototype.inGrouping = function (g) {
    if (this.c >= this.l || !g[this.s[this.c]]) {
      return false;
    }
    this.c++;
    return true;
  };

  Env.prototype.outGrouping = function (g) {
    if (this.c >= this.l || g[this.s[this.c]] || this.s[this.c] === REPLACEMENT) {
      return false;
    }
    this.c++;
    return true;
  };

  Env.prototype.inGroupingB = function (g) {
    if (this.c <= this.lb || !g[this.s[this.c - 1]]) {
      return false;
    }
    this.c--;
    return true;
  };

  Env.prototype.outGroupingB = function (g) {
    if (this.c <= this.lb || g[this.s[this.c - 1]] || this.s[this.c - 1] === REPLACEMENT) {
      return false;
    }
    this.c--;
    return true;
  };

  Env.prototype.eqB = function (str) {
    var t = typeof str === 'string' ? cps(str) : str;
    if (this.c - this.lb < t.length) {
      return false;
    }
    for (var i = 0; i < t.length; i++) {
      if (this.s[this.c - t.length + i] !== t[i]) {
        return false;
      }
    }
    this.c -= t.length;
    return true;
  };

  // findAmongB finds the longest entry of list that ends at the cursor
  // (within lb) and whose routine, if any, succeeds; it leaves the cursor
  // before the entry and returns the entry's result, or 0. Go's binary
  // search over the sorted list, following each entry's substring link,
  // tries exactly these entries in this order.
  Env.prototype.findAmongB = function (list) {
    var c = this.c;
    var self = this;
    var found = list.filter(function (e) {
      self.c = c;
      return self.eqB(e.s);
    }).sort(function (a, b) {
      return b.s.length - a.s.length;
    });
    this.c = c;
    for (var i = 0; i < found.length; i++) {
      var e = found[i];
      this.c = c - e.s.length;
      if (!e.f) {
        return e.r;
      }
      var ok = routines[e.f](this);
      this.c = c - e.s.length;
      if (ok) {
        return e.r;
      }
    }
    return 0;
  };

  // replace puts str in place of [bra, ket) and moves limit and cursor like
  // Go's Env.ReplaceS.
  Env.prototype.replace = function (bra, ket, str) {
    var t = cps(str);
    var adjust = t.length - (ket - bra);
    var right = ket < bra ? bra : ket;
    this.s = this.s.slice(0, bra).concat(t, this.s.slice(right));
    this.l += adjust;
    if (this.c >= ket) {
      this.c += adjust;
    } else if (this.c > bra) {
      this.c = bra;
    }
  };

  Env.prototype.sliceFrom = function (str) {
    this.replace(this.bra, this.ket, str);
  };

  Env.prototype.sliceDel = function () {
    this.sliceFrom('');
  };

  Env.prototype.toString = function () {
    return this.s.map(function (cp) {
      return String.fromCodePoint(cp);
    }).join('');
  };

  // setLimit starts a "setlimit tomark p" block: false if the cursor is
  // before p, else the old backward limit, with lb moved to p.
  Env.prototype.setLimit = function (p) {
    if (this.c < p) {
      return null;
    }
    var old = this.lb;
    this.lb = p;
    return old;
  };

  var routines = {
    // LONG: a long vowel ends at the cursor.
    LONG: function (z) {
      return z.findAmongB(A5) !== 0;
    },
    // VI: an i after a vowel (v2).
    VI: function (z) {
      return z.eqB('i') && z.inGroupingB(V2);
    }
  };

  // mark_regions: p1 is after the first non-vowel that follows a vowel, p2
  // the same again from p1.
  function markRegions(z) {
    z.p1 = z.l;
    z.p2 = z.l;
    for (var round = 0; round < 2; round++) {
      // goto v1
      for (;;) {
        var v = z.c;
        if (z.inGrouping(V1)) {
          z.c = v;
          break;
        }
        z.c = v;
        if (z.c >= z.l) {
          return;
        }
        z.c++;
      }
      // gopast non-v1
      while (!z.outGrouping(V1)) {
        if (z.c >= z.l) {
          return;
        }
        z.c++;
      }
      if (round === 0) {
        z.p1 = z.c;
      } else {
        z.p2 = z.c;
      }
    }
  }

  // particle_etc: clitics (-kin, -kaan, -han, -pa, ...) and -sti in R2.
  function particleEtc(z) {
    var old = z.setLimit(z.p1);
    if (old === null) {
      return;
    }
    z.ket = z.c;
    var a = z.findAmongB(A0);
    z.lb = old;
    if (a === 0) {
      return;
    }
    z.bra = z.c;
    if (a === 1 && !z.inGroupingB(PARTICLE_END)) {
      return;
    }
    if (a === 2 && !(z.p2 <= z.c)) {
      return;
    }
    z.sliceDel();
  }

  // possessive: possessive suffixes.
  function possessive(z) {
    var old = z.setLimit(z.p1);
    if (old === null) {
      return;
    }
    z.ket = z.c;
    var a = z.findAmongB(A4);
    z.lb = old;
    if (a === 0) {
      return;
    }
    z.bra = z.c;
    switch (a) {
      case 1: { // -si, but not after k
        var v = z.l - z.c;
        if (z.eqB('k')) {
          return;
        }
        z.c = z.l - v;
        z.sliceDel();
        break;
      }
      case 2: // -ni; -kseni becomes -ksi
        z.sliceDel();
        z.ket = z.c;
        if (!z.eqB('kse')) {
          return;
        }
        z.bra = z.c;
        z.sliceFrom('ksi');
        break;
      case 3:
        z.sliceDel();
        break;
      case 4:
        if (z.findAmongB(A1) === 0) {
          return;
        }
        z.sliceDel();
        break;
      case 5:
        if (z.findAmongB(A2) === 0) {
          return;
        }
        z.sliceDel();
        break;
      case 6:
        if (z.findAmongB(A3) === 0) {
          return;
        }
        z.sliceDel();
        break;
    }
  }

  // case_ending: the case endings.
  function caseEnding(z) {
    var old = z.setLimit(z.p1);
    if (old === null) {
      return;
    }
    z.ket = z.c;
    var a = z.findAmongB(A6);
    z.lb = old;
    if (a === 0) {
      return;
    }
    z.bra = z.c;
    switch (a) {
      case 1: if (!z.eqB('a')) { return; } break;
      case 2: if (!z.eqB('e')) { return; } break;
      case 3: if (!z.eqB('i')) { return; } break;
      case 4: if (!z.eqB('o')) { return; } break;
      case 5: if (!z.eqB('ä')) { return; } break;
      case 6: if (!z.eqB('ö')) { return; } break;
      case 7: { // -n: try ((LONG or 'ie') next ])
        var v3 = z.l - z.c;
        var v4 = z.l - z.c;
        var v5 = z.l - z.c;
        var ok = routines.LONG(z);
        if (!ok) {
          z.c = z.l - v5;
          ok = z.eqB('ie');
        }
        if (!ok) {
          z.c = z.l - v3;
          break;
        }
        z.c = z.l - v4;
        if (z.c <= z.lb) {
          z.c = z.l - v3;
          break;
        }
        z.c--;
        z.bra = z.c;
        break;
      }
      case 8: // -a, -ä after a vowel and a non-vowel
        if (!z.inGroupingB(V1) || !z.outGroupingB(V1)) {
          return;
        }
        break;
      case 9: // -tta, -ttä after e
        if (!z.eqB('e')) {
          return;
        }
        break;
    }
    z.sliceDel();
    z.removed = true;
  }

  // other_endings: comparatives and superlatives in R2, and -eja.
  function otherEndings(z) {
    var old = z.setLimit(z.p2);
    if (old === null) {
      return;
    }
    z.ket = z.c;
    var a = z.findAmongB(A7);
    z.lb = old;
    if (a === 0) {
      return;
    }
    z.bra = z.c;
    if (a === 1) {
      var v = z.l - z.c;
      if (z.eqB('po')) {
        return;
      }
      z.c = z.l - v;
    }
    z.sliceDel();
  }

  // i_plural: the plural -i- or -j- once a case ending is gone.
  function iPlural(z) {
    var old = z.setLimit(z.p1);
    if (old === null) {
      return;
    }
    z.ket = z.c;
    var a = z.findAmongB(A8);
    z.lb = old;
    if (a === 0) {
      return;
    }
    z.bra = z.c;
    z.sliceDel();
  }

  // t_plural: the plural -t, then -mma/-imma in R2.
  function tPlural(z) {
    var old = z.setLimit(z.p1);
    if (old === null) {
      return;
    }
    z.ket = z.c;
    if (!z.eqB('t')) {
      z.lb = old;
      return;
    }
    z.bra = z.c;
    var v3 = z.l - z.c;
    if (!z.inGroupingB(V1)) {
      z.lb = old;
      return;
    }
    z.c = z.l - v3;
    z.sliceDel();
    z.lb = old;

    var old2 = z.setLimit(z.p2);
    if (old2 === null) {
      return;
    }
    z.ket = z.c;
    var a = z.findAmongB(A9);
    z.lb = old2;
    if (a === 0) {
      return;
    }
    z.bra = z.c;
    if (a === 1) {
      var v6 = z.l - z.c;
      if (z.eqB('po')) {
        return;
      }
      z.c = z.l - v6;
    }
    z.sliceDel();
  }

  // tidy: shorten a final long vowel, drop a/e/i/ä after a non-vowel, -j
  // after o/u, -oj, and undouble the last consonant.
  function tidy(z) {
    var old = z.setLimit(z.p1);
    if (old === null) {
      return;
    }
    var v3 = z.l - z.c;
    var v4 = z.l - z.c;
    if (routines.LONG(z)) {
      z.c = z.l - v4;
      z.ket = z.c;
      if (z.c > z.lb) {
        z.c--;
        z.bra = z.c;
        z.sliceDel();
      }
    }
    z.c = z.l - v3;

    var v5 = z.l - z.c;
    z.ket = z.c;
    if (z.inGroupingB(AEI)) {
      z.bra = z.c;
      if (z.outGroupingB(V1)) {
        z.sliceDel();
      }
    }
    z.c = z.l - v5;

    var v6 = z.l - z.c;
    z.ket = z.c;
    if (z.eqB('j')) {
      z.bra = z.c;
      var v7 = z.l - z.c;
      var ou = z.eqB('o');
      if (!ou) {
        z.c = z.l - v7;
        ou = z.eqB('u');
      }
      if (ou) {
        z.sliceDel();
      }
    }
    z.c = z.l - v6;

    var v8 = z.l - z.c;
    z.ket = z.c;
    if (z.eqB('o')) {
      z.bra = z.c;
      if (z.eqB('j')) {
        z.sliceDel();
      }
    }
    z.c = z.l - v8;
    z.lb = old;

    // goto non-v1, then [next] -> x, x, delete: undouble a consonant.
    for (;;) {
      var v9 = z.l - z.c;
      if (z.outGroupingB(V1)) {
        z.c = z.l - v9;
        break;
      }
      z.c = z.l - v9;
      if (z.c <= z.lb) {
        return;
      }
      z.c--;
    }
    z.ket = z.c;
    if (z.c <= z.lb) {
      return;
    }
    z.c--;
    z.bra = z.c;
    var x = z.s.slice(z.bra, z.ket);
    if (x.length === 0 || !z.eqB(x)) {
      return;
    }
    z.sliceDel();
  }

  // snowball stems a folded word.
  function snowball(word) {
    var z = new Env(word);
    markRegions(z);
    z.c = 0;
    z.removed = false;
    z.lb = z.c;
    z.c = z.l;
    var steps = [particleEtc, possessive, caseEnding, otherEndings];
    steps.forEach(function (step) {
      var v = z.l - z.c;
      step(z);
      z.c = z.l - v;
    });
    var v6 = z.l - z.c;
    if (z.removed) {
      iPlural(z);
    } else {
      tPlural(z);
    }
    z.c = z.l - v6;
    var v9 = z.l - z.c;
    tidy(z);
    z.c = z.l - v9;
    return z.toString();
  }

  // stem returns the Snowball Finnish stem of word, lower-cased first.
  function stem(word) {
    return snowball(fold(word));
  }

  // ------------------------------------------------------------ normalize
  //
  // The rules are listed and explained at Normalize in normalize.go.

  var MIN_KEY = 3;
  var VOWELS = 'aeiouyäö';
  var CONSONANTS = 'bcdfghjklmnpqrstvwxzšž';

  var irregular = table([
    ['lasta', 'lapsi'], ['lasten', 'lapsi'],
    ['töiden', 'työ'], ['töihin', 'työ'], ['töillä', 'työ'], ['töille', 'työ'],
    ['töissä', 'työ'], ['töistä', 'työ'], ['töitä', 'työ'],
    ['tuen', 'tuki'], ['tueksi', 'tuki'], ['tuesta', 'tuki'], ['tuet', 'tuki'],
    ['lain', 'laki'],
    ['vuoden', 'vuosi'], ['vuodessa', 'vuosi'], ['vuodesta', 'vuosi'],
    ['vuodet', 'vuosi'], ['vuonna', 'vuosi'], ['vuoteen', 'vuosi'],
    ['vuotta', 'vuosi']
  ]);

  var caseEndings = ['ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lle', 'ksi',
    'han', 'hän', 'hen', 'hin', 'hon', 'hön', 'hun', 'hyn',
    'na', 'nä', 'ta', 'tä', 'n', 't'];

  var genitiveEndings = ['ni', 'si', 'nne', 'pa', 'pä'];

  var usEndings = [
    ['uks', 2], ['yks', 2], ['oks', 2], ['öks', 2],
    ['us', 1], ['ys', 1], ['os', 1], ['ös', 1],
    ['uud', 1], ['uut', 1], ['yyd', 1], ['yyt', 1],
    ['eud', 1], ['eut', 1], ['eyd', 1], ['eyt', 1],
    ['nut', 2], ['nyt', 2], ['nu', 1], ['ny', 1]
  ];

  var gradationPairs = [['ng', 'nk'], ['nt', 'n'], ['lt', 'l'], ['rt', 'r'],
    ['mp', 'm'], ['rp', 'rv'], ['lp', 'lv']];

  function isVowel(ch) {
    return ch !== '' && VOWELS.indexOf(ch) >= 0;
  }

  function isConsonant(ch) {
    return ch !== '' && CONSONANTS.indexOf(ch) >= 0;
  }

  // cut removes the last n letters of s (all in the Basic Multilingual
  // Plane, as a rule has just matched them), unless that leaves fewer than
  // MIN_KEY.
  function cut(s, n) {
    return runeLen(s) - n < MIN_KEY ? s : s.slice(0, s.length - n);
  }

  // endsIn: s ends in a character of chars followed by suffix.
  function endsIn(s, chars, suffix) {
    if (s.length <= suffix.length || !s.endsWith(suffix)) {
      return false;
    }
    var ch = s.charAt(s.length - suffix.length - 1);
    return chars.indexOf(ch) >= 0;
  }

  // Rule 2: a one-syllable word with two vowels loses its case ending.
  function shortWord(w) {
    var i = 0;
    while (i < w.length && isConsonant(w.charAt(i))) {
      i++;
    }
    if (i + 2 >= w.length || !isVowel(w.charAt(i)) || !isVowel(w.charAt(i + 1))) {
      return w;
    }
    var rest = w.slice(i + 2);
    return caseEndings.indexOf(rest) >= 0 ? w.slice(0, i + 2) : w;
  }

  // Rule 3: stem nominatives Snowball misreads as genitives.
  function asGenitive(w) {
    if (w.endsWith('inen')) {
      return w.slice(0, -3) + 'sen';
    }
    if (w.endsWith('ksi')) {
      return w;
    }
    for (var i = 0; i < genitiveEndings.length; i++) {
      if (w.endsWith(genitiveEndings[i])) {
        return w + 'n';
      }
    }
    return w;
  }

  // Rule 4: the -s- stem of -inen words.
  function inenForms(w, s) {
    if (w.endsWith('isten') && s.endsWith('ist')) {
      return cut(s, 3);
    }
    if (s.endsWith('is') && !s.endsWith('iis')) {
      return cut(s, 2);
    }
    return s;
  }

  // Rule 5: weak-grade nominatives in -as/-äs.
  function asForms(s) {
    if (endsIn(s, CONSONANTS, 'as') || endsIn(s, CONSONANTS, 'äs')) {
      return cut(s, 2);
    }
    return s;
  }

  // Rule 6: -us words, -uus words and -nut participles.
  function usForms(s) {
    for (var i = 0; i < usEndings.length; i++) {
      if (s.endsWith(usEndings[i][0])) {
        return cut(s, usEndings[i][1]);
      }
    }
    return s;
  }

  // Rule 7: tidy the end.
  function tidyEnd(s) {
    if (endsIn(s, 'eöy', 'j')) {
      s = cut(s, 1);
    }
    var n = s.length;
    if (n >= 2 && s.charAt(n - 1) === s.charAt(n - 2) && isVowel(s.charAt(n - 1))) {
      s = cut(s, 1);
    }
    if (['a', 'ä', 'o', 'ö', 'e', 'i'].some(function (v) {
      return endsIn(s, CONSONANTS, v);
    })) {
      s = cut(s, 1);
    }
    return s;
  }

  function undouble(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) {
      if (i === 0 || s.charAt(i) !== s.charAt(i - 1)) {
        out += s.charAt(i);
      }
    }
    return out;
  }

  // Rule 8: fold consonant gradation in the last consonant cluster.
  function gradation(s) {
    var end = s.length;
    while (end > 0 && isVowel(s.charAt(end - 1))) {
      end--;
    }
    var start = end;
    while (start > 0 && isConsonant(s.charAt(start - 1))) {
      start--;
    }
    if (start === end || start === 0 || !isVowel(s.charAt(start - 1))) {
      return s;
    }
    var cluster = undouble(s.slice(start, end).split('d').join('t'));
    gradationPairs.forEach(function (p) {
      cluster = cluster.split(p[0]).join(p[1]);
    });
    cluster = undouble(cluster);
    if (cluster === 'v') {
      cluster = 'p';
    }
    return s.slice(0, start) + cluster + s.slice(end);
  }

  function normalizeFolded(w) {
    if (w === '' || hasDigit(w)) {
      return w;
    }
    if (irregular[w] !== undefined) {
      w = irregular[w];
    }
    w = shortWord(w);
    w = asGenitive(w);
    var s = snowball(w);
    s = inenForms(w, s);
    s = asForms(s);
    s = usForms(s);
    s = tidyEnd(s);
    return gradation(s);
  }

  // normalize returns the search key of word (see Normalize in Go).
  function normalize(word) {
    return normalizeFolded(fold(word));
  }

  // ------------------------------------------------------------- analyze

  // stopwords: sorted like Go's sort.Strings (by UTF-8 bytes).
  var stopwords = [
    'ei', 'eikä', 'eivät', 'eli', 'emme', 'en', 'esim', 'et', 'ette', 'että',
    'he', 'heidän', 'hän', 'hänen',
    'ja', 'jo', 'johon', 'joiden', 'joita', 'joka', 'jolla', 'jonka', 'jos',
    'jossa', 'jotka', 'jotta',
    'kanssa', 'koska', 'kuin', 'kun', 'kuten',
    'me', 'meidän', 'mikä', 'minä', 'mitä', 'mm', 'mutta', 'myös',
    'ne', 'niiden', 'niin', 'niitä', 'nyt', 'näiden', 'nämä',
    'ole', 'olemme', 'olen', 'oli', 'olisi', 'olivat', 'olla', 'ollut', 'on',
    'ovat',
    'se', 'sekä', 'sen', 'siinä', 'siis', 'siitä', 'sillä', 'sinä', 'sitten',
    'sitä',
    'tai', 'te', 'tämä', 'tämän', 'tässä', 'tästä',
    'vaan', 'vai', 'vain', 'vielä', 'voi'
  ];
  var stopwordSet = table(stopwords.map(function (w) {
    return [w, true];
  }));

  // analyze returns the terms of text, {key, start, end}, in text order:
  // its tokens that are not stopwords, each with its normalize key.
  function analyze(text) {
    var terms = [];
    tokenize(text).forEach(function (t) {
      var key = keyOf(t.word);
      if (key !== null) {
        terms.push({ key: key, start: t.start, end: t.end });
      }
    });
    return terms;
  }

  // keyOf returns the normalize key of a folded word, or null for a
  // stopword. keyCache remembers the words already seen, stopwords
  // included: words recur, and stemming is the costly part of analysing a
  // text. Search results' texts meet a few thousand words a query; the
  // cache holds the vocabulary of a large site.
  var keyCache = new Map();
  stopwords.forEach(function (w) { keyCache.set(w, null); });

  function keyOf(word) {
    var key = keyCache.get(word);
    if (key === undefined) {
      if (keyCache.size > 200000) {
        keyCache.clear();
        stopwords.forEach(function (w) { keyCache.set(w, null); });
      }
      key = stopwordSet[word] ? null : normalizeFolded(word);
      keyCache.set(word, key);
    }
    return key;
  }

  var api = {
    tokenize: tokenize,
    eachToken: eachToken,
    stem: stem,
    normalize: normalize,
    analyze: analyze,
    keyOf: keyOf,
    stopwords: stopwords.slice()
  };
  if (Object.freeze) {
    Object.freeze(api.stopwords);
    Object.freeze(api);
  }
  root.OsaamoStem = api;
  if (typeof module !== 'undefined' && module.exports) {
    module.exports = api;
  }
})(typeof window !== 'undefined' ? window : this);
