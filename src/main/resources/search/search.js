// The search page of an exported site (export --search), answered in the visitor's browser.
// It reads the query from the address (?q=...&page=N) as the server does, fetches the index the
// export wrote (only once a query is typed), and shows the results as the server's search page
// shows them. Its words come from the page (the site's language), never from this file.
//
// Typed words become the index's terms by the server's analysis (Lucene: SearchAnalyzer): Unicode
// word breaks, full-width and half-width forms folded, lower case, Latin accents folded,
// a possessive 's dropped, English words Porter-stemmed. A run of Chinese, Japanese or Korean
// characters is one term in the index; a typed CJK word is found inside it, which is what the
// server's pairs of characters in a row find. Nothing here is evaluated as code, and results are
// built as DOM nodes from text, never as HTML.
'use strict';

// The analysis and matching, apart from the page: one global name, so that the browser test can
// compare the analysis with Lucene's and bench/static-search-parity.mjs the answers with the server's.
const SiteSearch = (() => {
  const CJK = /(?=[\p{L}\p{M}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;
  // a word as Unicode's word breaks (UAX #29, which Lucene's StandardTokenizer follows) read Latin text:
  // letters, digits and underscores, with a period, colon or apostrophe between two letters
  // ("file:line", "venues.yaml", "o'neil") and a period, comma or apostrophe between two digits ("3.14")
  const WORD = /[\p{L}\p{M}\p{Nd}_]+(?:(?:(?<=\p{L}\p{M}*)[:·.'’‘](?=\p{L})|(?<=\p{Nd})[.,;'’‘](?=\p{Nd}))[\p{L}\p{M}\p{Nd}_]+)*/gu;
  const LETTERS = new Map([['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'], ['ø', 'o'], ['ł', 'l'], ['đ', 'd'], ['ð', 'd'],
    ['þ', 'th'], ['ı', 'i'], ['ŋ', 'n'], ['ħ', 'h'], ['ŧ', 't'], ['ĸ', 'q'], ['‘', "'"], ['’', "'"], ['‛', "'"],
    ['ʼ', "'"], ['′', "'"], ['ﬀ', 'ff'], ['ﬁ', 'fi'], ['ﬂ', 'fl'], ['ﬃ', 'ffi'], ['ﬄ', 'ffl'], ['ﬅ', 'st'],
    ['ﬆ', 'st'], ['ĳ', 'ij']]);

  /** What Lucene's CJKWidthFilter does: full-width ASCII made plain, half-width katakana made full. */
  function widths(text) {
    return text.replace(/[\uFF01-\uFF5E]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
      .replace(/[\uFF61-\uFF9F]+/g, run => run.normalize('NFKC'));
  }

  /**
   * Word-like pieces of text with their offsets. (Not Intl.Segmenter: browsers' word breaks differ
   * from Unicode's at periods and colons, and some browsers have none.)
   */
  function segments(text) {
    return Array.from(text.matchAll(WORD), m => ({ text: m[0], start: m.index }));
  }

  /**
   * The tokens of text in order, each {term, cjk, start, end}: a word as the index has it, or a
   * run of CJK characters without a break (normalized, not stemmed).
   */
  function tokens(text) {
    const out = [];
    for (const seg of segments(text)) {
      let i = 0;
      const chars = Array.from(seg.text);
      let offset = seg.start;
      while (i < chars.length) {
        const cjk = CJK.test(chars[i]);
        let piece = '';
        while (i < chars.length && CJK.test(chars[i]) === cjk) piece += chars[i++];
        const start = offset;
        offset += piece.length;
        const last = out[out.length - 1];
        if (cjk && last && last.cjk && last.end === start) {
          last.raw += piece;
          last.end = offset;
          last.term = widths(last.raw);
        } else if (cjk) {
          out.push({ term: widths(piece), raw: piece, cjk: true, start, end: offset });
        } else {
          const term = word(piece);
          if (term) out.push({ term, raw: piece, cjk: false, start, end: offset });
        }
      }
    }
    return out;
  }

  /** A word as the index has it: widths, case, Latin accents and letters folded, possessive off, stemmed. */
  function word(text) {
    let s = widths(text).toLowerCase().normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC');
    s = Array.from(s, c => LETTERS.get(c) ?? c).join('');
    s = s.replace(/^'+|'+$/g, '');
    if (s.endsWith("'s")) s = s.slice(0, -2);
    return stem(s);
  }

  /** Martin Porter's stemmer (1980), as Lucene's PorterStemmer runs it: words of three letters or more. */
  function stem(w) {
    if (w.length < 3) return w;
    const b = w.split('');
    let k = b.length - 1;
    let j = 0;
    const cons = i => {
      switch (b[i]) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return false;
        case 'y': return i === 0 ? true : !cons(i - 1);
        default: return true;
      }
    };
    // the number of vowel-consonant sequences in b[0..j]
    const measure = () => {
      let n = 0;
      let i = 0;
      while (i <= j && cons(i)) i++;
      while (true) {
        while (i <= j && !cons(i)) i++;
        if (i > j) return n;
        while (i <= j && cons(i)) i++;
        n++;
        if (i > j) return n;
      }
    };
    const vowelInStem = () => {
      for (let i = 0; i <= j; i++) if (!cons(i)) return true;
      return false;
    };
    const doubleC = i => i >= 1 && b[i] === b[i - 1] && cons(i);
    const cvc = i => i >= 2 && cons(i) && !cons(i - 1) && cons(i - 2) && !'wxy'.includes(b[i]);
    const ends = s => {
      const o = k - s.length + 1;
      if (o < 0) return false;
      for (let i = 0; i < s.length; i++) if (b[o + i] !== s[i]) return false;
      j = k - s.length;
      return true;
    };
    const setTo = s => {
      for (let i = 0; i < s.length; i++) b[j + 1 + i] = s[i];
      k = j + s.length;
    };
    const replace = s => { if (measure() > 0) setTo(s); };
    const rules = (table) => {
      for (const [suffix, by] of table) if (ends(suffix)) { replace(by); return; }
    };

    // plurals, -ed, -ing
    if (b[k] === 's') {
      if (ends('sses')) k -= 2;
      else if (ends('ies')) setTo('i');
      else if (b[k - 1] !== 's') k--;
    }
    if (ends('eed')) {
      if (measure() > 0) k--;
    } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
      k = j;
      if (ends('at')) setTo('ate');
      else if (ends('bl')) setTo('ble');
      else if (ends('iz')) setTo('ize');
      else if (doubleC(k)) {
        const c = b[k];
        k--;
        if (c === 'l' || c === 's' || c === 'z') k++;
      } else if (measure() === 1 && cvc(k)) setTo('e');
    }
    // y to i
    if (ends('y') && vowelInStem()) b[k] = 'i';
    // double suffixes
    if (k !== 0) {
      switch (b[k - 1]) {
        case 'a': rules([['ational', 'ate'], ['tional', 'tion']]); break;
        case 'c': rules([['enci', 'ence'], ['anci', 'ance']]); break;
        case 'e': rules([['izer', 'ize']]); break;
        case 'l': rules([['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous']]); break;
        case 'o': rules([['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate']]); break;
        case 's': rules([['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous']]); break;
        case 't': rules([['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble']]); break;
        case 'g': rules([['logi', 'log']]); break;
      }
    }
    // -ic-, -full, -ness
    switch (b[k]) {
      case 'e': rules([['icate', 'ic'], ['ative', ''], ['alize', 'al']]); break;
      case 'i': rules([['iciti', 'ic']]); break;
      case 'l': rules([['ical', 'ic'], ['ful', '']]); break;
      case 's': rules([['ness', '']]); break;
    }
    // -ant, -ence and the like, in a longer stem
    if (k !== 0) {
      let found = false;
      switch (b[k - 1]) {
        case 'a': found = ends('al'); break;
        case 'c': found = ends('ance') || ends('ence'); break;
        case 'e': found = ends('er'); break;
        case 'i': found = ends('ic'); break;
        case 'l': found = ends('able') || ends('ible'); break;
        case 'n': found = ends('ant') || ends('ement') || ends('ment') || ends('ent'); break;
        case 'o': found = (ends('ion') && j >= 0 && (b[j] === 's' || b[j] === 't')) || ends('ou'); break;
        case 's': found = ends('ism'); break;
        case 't': found = ends('ate') || ends('iti'); break;
        case 'u': found = ends('ous'); break;
        case 'v': found = ends('ive'); break;
        case 'z': found = ends('ize'); break;
      }
      if (found && measure() > 1) k = j;
    }
    // a final -e, a double l
    j = k;
    if (b[k] === 'e') {
      const m = measure();
      if (m > 1 || (m === 1 && !cvc(k - 1))) k--;
    }
    if (b[k] === 'l' && doubleC(k) && measure() > 1) k--;
    return b.slice(0, k + 1).join('');
  }

  /** The query as SiteQuery reads it: clauses {field, text, phrase, excluded}, or the problem. */
  function parse(typed, page, limits) {
    let text = typed.replace(/[ \t\n\v\f\r]+/g, ' ').trim();
    if (text.length > limits.maxLength) {
      const code = text.charCodeAt(limits.maxLength - 1);
      text = text.substring(0, code >= 0xd800 && code <= 0xdbff ? limits.maxLength - 1 : limits.maxLength).trim();
    }
    const clauses = [];
    let problem = null;
    let i = 0;
    while (i < text.length && !problem) {
      if (text[i] === ' ') { i++; continue; }
      const excluded = text[i] === '-' && i + 1 < text.length && text[i + 1] !== ' ';
      if (excluded) i++;
      let field = 'any';
      const prefix = /^(title|author|tag|year|kind):(?=[^ ])/i.exec(text.substring(i));
      if (prefix) {
        field = prefix[1].toLowerCase();
        i += prefix[0].length;
      }
      const phrase = text[i] === '"';
      let value;
      if (phrase) {
        const close = text.indexOf('"', i + 1);
        value = text.substring(i + 1, close < 0 ? text.length : close).trim();
        i = close < 0 ? text.length : close + 1;
      } else {
        const space = text.indexOf(' ', i);
        const end = space < 0 ? text.length : space;
        value = text.substring(i, end);
        i = end;
      }
      if (!value) continue;
      if (clauses.length === limits.maxClauses) problem = { key: 'too-many-terms', value: '' };
      else if (field === 'year' && !/^\d{4}$/.test(value)) problem = { key: 'bad-year', value };
      else if (field === 'kind' && !limits.kinds.includes(value.toLowerCase())) problem = { key: 'bad-kind', value };
      else clauses.push({ field, text: field === 'kind' ? value.toLowerCase() : value, phrase, excluded });
    }
    if (!problem && clauses.length > 0 && clauses.every(c => c.excluded)) problem = { key: 'only-excluded', value: '' };
    return { text, page: Math.max(1, Math.min(limits.maxPage, page)), clauses, problem };
  }

  /**
   * The index as search() wants it: terms by number, the CJK runs apart, each field's length (a
   * CJK run counts its characters, as the server's index counts one position per character).
   */
  function load(data) {
    const number = new Map(data.terms.map((t, n) => [t, n]));
    const cjkTerms = [];
    const size = data.terms.map((t, n) => {
      if (!CJK.test(t)) return 1;
      cjkTerms.push(n);
      return Array.from(t).length;
    });
    const fields = data.fields.length;
    const average = new Array(fields).fill(0);
    const having = new Array(fields).fill(0); // documents with the field, as Lucene's statistics count them
    const docs = data.docs.map(d => {
      const doc = { kind: data.kinds[d[0]], href: d[1], title: d[2], when: d[3], date: d[4], year: d[5],
        excerpt: d[6], fields: [], lengths: [] };
      for (let f = 0; f < fields; f++) {
        const terms = d[7 + f] ?? [];
        let length = 0;
        for (const n of terms) length += size[n];
        doc.fields.push(terms);
        doc.lengths.push(length);
        average[f] += length;
        if (length > 0) having[f]++;
      }
      return doc;
    });
    for (let f = 0; f < fields; f++) average[f] = having[f] ? Math.max(1, average[f] / having[f]) : 1;
    return { terms: data.terms, number, cjkTerms, fieldNames: data.fields, weights: data.weights, docs, average,
      having };
  }

  const FIELD_OF = { title: 'title', author: 'authors', tag: 'tags' };

  /**
   * A field's length as Lucene keeps it: exact below 24, then in one byte of four significant bits
   * (SmallFloat.intToByte4), so that fields of nearly the same length tie, and go newest first.
   */
  function storedLength(length) {
    if (length < 24) return length;
    const i = length - 24;
    const bits = 32 - Math.clz32(i);
    if (bits < 4) return length;
    const shift = bits - 4;
    return 24 + ((((i >>> shift) & 7) | 8) << shift);
  }

  /**
   * A text clause's terms in a row, each as the term numbers it matches and how often it occurs in
   * each (a CJK word may stand in a run more than once).
   */
  function compile(index, clause, limits) {
    const items = tokens(clause.text).slice(0, limits.maxTerms);
    if (items.length === 0) return { empty: true };
    const sets = items.map(item => {
      if (!item.cjk) return index.number.has(item.term) ? new Map([[index.number.get(item.term), 1]]) : new Map();
      const within = new Map();
      for (const n of index.cjkTerms) {
        const count = index.terms[n].split(item.term).length - 1;
        if (count > 0) within.set(n, count);
      }
      return within;
    });
    const fields = clause.field === 'any' ? index.fieldNames.map((_, f) => f)
      : [index.fieldNames.indexOf(FIELD_OF[clause.field])];
    return { sets, fields, items };
  }

  /** How often the compiled clause's terms stand in a row in one field's terms. */
  function frequency(field, sets) {
    let n = 0;
    if (sets.length === 1) {
      for (const term of field) n += sets[0].get(term) ?? 0;
      return n;
    }
    for (let p = 0; p + sets.length <= field.length; p++) {
      let all = true;
      for (let i = 0; i < sets.length && all; i++) all = sets[i].has(field[p + i]);
      if (all) n++;
    }
    return n;
  }

  /**
   * The documents matching every wanted clause and no excluded one, best first (BM25 over the
   * fields, weighted as the server weighs them; newest first among equals), and what to mark.
   */
  function search(index, query, limits) {
    const text = [];
    const marks = { words: new Set(), cjk: [] };
    for (const clause of query.clauses) {
      if (clause.field === 'year' || clause.field === 'kind') continue;
      const compiled = compile(index, clause, limits);
      if (compiled.empty) continue;
      text.push({ clause, compiled });
      if (!clause.excluded) {
        for (const item of compiled.items) {
          if (item.cjk) marks.cjk.push(item.term); else marks.words.add(item.term);
        }
      }
    }
    const wanted = text.some(t => !t.clause.excluded)
      || query.clauses.some(c => !c.excluded && (c.field === 'year' || c.field === 'kind'));
    if (!wanted) return { hits: [], marks };
    const found = [];
    // per clause and field, as Lucene's BM25 weighs each field's match by the field's statistics
    const documentFrequency = text.map(({ compiled }) => compiled.fields.map(() => 0));
    for (const doc of index.docs) {
      let ok = true;
      for (const c of query.clauses) {
        if (c.field === 'year' || c.field === 'kind') {
          const is = c.field === 'year' ? String(doc.year) === c.text : doc.kind === c.text;
          if (is === c.excluded) ok = false;
        }
      }
      const tfs = text.map(({ compiled }) => compiled.fields.map(f => frequency(doc.fields[f], compiled.sets)));
      tfs.forEach((tf, t) => tf.forEach((n, i) => { if (n > 0) documentFrequency[t][i]++; }));
      for (let t = 0; t < text.length && ok; t++) {
        const matches = tfs[t].some(n => n > 0);
        if (matches === text[t].clause.excluded) ok = false;
      }
      if (ok) found.push({ doc, tfs });
    }
    const hits = found.map(({ doc, tfs }) => {
      let score = 0;
      text.forEach(({ clause, compiled }, t) => {
        if (clause.excluded) return;
        compiled.fields.forEach((f, i) => {
          const tf = tfs[t][i];
          if (tf === 0) return;
          const df = documentFrequency[t][i];
          const idf = Math.log(1 + (index.having[f] - df + 0.5) / (df + 0.5));
          const norm = 1.2 * (0.25 + 0.75 * storedLength(doc.lengths[f]) / index.average[f]);
          score += idf * index.weights[f] * tf * 2.2 / (tf + norm);
        });
      });
      return { doc, score };
    });
    hits.sort((a, b) => b.score - a.score || b.doc.date - a.doc.date);
    return { hits, marks };
  }

  /** Where in text the marked words and CJK words are, as [start, end] pairs in order. */
  function ranges(text, marks) {
    const out = [];
    for (const token of tokens(text)) {
      if (!token.cjk) {
        if (marks.words.has(token.term)) out.push([token.start, token.end]);
        continue;
      }
      for (const word of marks.cjk) {
        if (token.term.length !== token.raw.length) { // widths folded: mark the whole run
          if (token.term.includes(word)) out.push([token.start, token.end]);
          continue;
        }
        for (let at = token.term.indexOf(word); at >= 0; at = token.term.indexOf(word, at + 1)) {
          out.push([token.start + at, token.start + at + word.length]);
        }
      }
    }
    out.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const r of out) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r);
    }
    return merged;
  }

  return { tokens, stem, parse, load, search, ranges };
})();

(() => {
  const root = document.getElementById('search-in-browser');
  const message = document.getElementById('search-message');
  if (!root || !message) return;
  const data = root.dataset;
  const texts = document.getElementById('search-texts').content;
  const say = (key, values = {}) => {
    let s = texts.querySelector(`[data-key="${key}"]`).textContent;
    for (const [name, value] of Object.entries(values)) s = s.split(`{${name}}`).join(value);
    return s;
  };
  const limits = { maxLength: +data.maxLength, maxClauses: +data.maxClauses, maxTerms: +data.maxTerms,
    pageSize: +data.pageSize, maxPage: +data.maxPage, kinds: data.kinds.split(' ') };
  const params = new URLSearchParams(location.search);
  const pageParam = params.get('page') ?? '';
  const query = SiteSearch.parse(params.get('q') ?? '', /^\d{1,3}$/.test(pageParam) ? +pageParam : 1, limits);
  const input = document.getElementById('search-q');
  if (input) input.value = query.text;
  if (!query.text) return; // the page already says what to type
  const heading = document.querySelector('h1')?.textContent ?? '';
  if (heading && document.title.startsWith(heading)) { // "Search · Owner" becomes "Search: words · Owner", as served
    document.title = say('title-for', { q: query.text }) + document.title.substring(heading.length);
  }
  if (query.problem) {
    message.textContent = say(query.problem.key, { value: query.problem.value });
    return;
  }
  const number = new Intl.NumberFormat('en'); // as the page's labels write numbers (Locale.ROOT)
  const marked = (element, text, marks) => {
    let at = 0;
    for (const [start, end] of SiteSearch.ranges(text, marks)) {
      if (start > at) element.append(text.substring(at, start));
      const mark = document.createElement('mark');
      mark.textContent = text.substring(start, end);
      element.append(mark);
      at = end;
    }
    if (at < text.length) element.append(text.substring(at));
    return element;
  };
  const link = (href, text, rel) => {
    const a = document.createElement('a');
    a.href = href;
    a.rel = rel;
    a.textContent = text;
    return a;
  };
  const pageHref = n => `${data.search}?q=${encodeURIComponent(query.text)}${n > 1 ? `&page=${n}` : ''}`;

  message.textContent = say('loading');
  fetch(data.index, { credentials: 'same-origin' })
    .then(response => response.ok ? response.json() : Promise.reject(new Error(String(response.status))))
    .then(json => {
      const { hits, marks } = SiteSearch.search(SiteSearch.load(json), query, limits);
      const pages = Math.ceil(hits.length / limits.pageSize);
      const page = Math.min(query.page, Math.max(pages, 1));
      if (hits.length === 0) {
        message.textContent = say('none', { q: query.text });
        return;
      }
      message.className = 'result';
      message.textContent = pages > 1
        ? say('count-paged', { n: number.format(hits.length), q: query.text, page, pages })
        : say(hits.length === 1 ? 'count-one' : 'count', { n: number.format(hits.length), q: query.text });
      const list = document.createElement('ol');
      list.className = 'search-results';
      for (const { doc } of hits.slice((page - 1) * limits.pageSize, page * limits.pageSize)) {
        const item = document.createElement('li');
        const article = document.createElement('article');
        article.className = 'search-result';
        const heading = document.createElement('h2');
        const a = document.createElement('a');
        a.href = doc.href;
        heading.append(marked(a, doc.title, marks));
        const meta = document.createElement('p');
        meta.className = 'search-meta';
        const kind = document.createElement('span');
        kind.className = 'search-kind';
        kind.textContent = say(`kind-${doc.kind}`);
        meta.append(kind);
        if (doc.when) meta.append(` · ${doc.when}`);
        article.append(heading, meta);
        if (doc.excerpt) {
          const snippet = document.createElement('p');
          snippet.className = 'snippet';
          article.append(marked(snippet, doc.excerpt, marks));
        }
        item.append(article);
        list.append(item);
      }
      message.after(list);
      if (pages > 1) {
        const nav = document.createElement('nav');
        nav.className = 'pager';
        nav.setAttribute('aria-label', say('pages'));
        if (page > 1) nav.append(link(pageHref(page - 1), `← ${say('previous')}`, 'prev'));
        if (page < pages) nav.append(link(pageHref(page + 1), `${say('next')} →`, 'next'));
        list.after(nav);
      }
    })
    .catch(() => { message.textContent = say('load-failed'); });
})();
