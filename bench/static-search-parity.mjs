// Compares the static search of an export (export --search) with the server's search of the same
// content: for each query below, the number of results and the first ten titles. Needs Node 18 or
// newer (fetch); docs/search.md ("Sizes") shows how to run it and what it found.
//
//   node bench/static-search-parity.mjs http://127.0.0.1:8080 EXPORT_DIR
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [server, exported] = process.argv.slice(2);
if (!server || !exported) {
  console.error('usage: node bench/static-search-parity.mjs SERVER_URL EXPORT_DIR');
  process.exit(2);
}
const script = readFileSync(fileURLToPath(new URL('../src/main/resources/search/search.js', import.meta.url)), 'utf8');
// the script's analysis and matching, without its part that drives the page
const SiteSearch = new Function(`${script.substring(0, script.indexOf('\n(() => {'))}; return SiteSearch;`)();
const index = SiteSearch.load(JSON.parse(readFileSync(`${exported}/search/index.json`, 'utf8')));
const limits = { maxLength: 200, maxClauses: 12, maxTerms: 24, pageSize: 10, maxPage: 50,
  kinds: ['paper', 'post', 'page', 'talk', 'course', 'project', 'news'] };

// words of bench/generate's titles and posts, in every form of query the syntax has
const queries = ['scaling', 'attention', 'curriculum', 'compression', 'cache', 'memory', 'serverless', 'forecasting',
  'heterogeneous', 'pruning', 'routing', 'latency', 'training', 'parameter', 'efficient', 'efficiency', 'models',
  'learned', 'curriculum learning', 'cache eviction', 'parameter servers', 'time series', 'language model',
  '"curriculum learning"', '"causal attention"', '"time series"', '"data sampling"', 'attention -causal',
  'scaling -training', 'memory -cache', 'author:li', 'author:zhang', 'title:memory', 'tag:notes', 'year:2022',
  'kind:talk', 'attention year:2023', 'memory kind:post', 'データ', '効率', '通信圧縮', '大規模', '效率', '数据', '模型',
  '研究室', '高速化', 'データ効率'];

const text = html => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  .replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();
let sameCount = 0;
let sameSet = 0;
let sameOrder = 0;
for (const q of queries) {
  const page = await (await fetch(`${server}/search?q=${encodeURIComponent(q)}`)).text();
  const count = /<p class="result" role="status">([\d,]+) result/.exec(page);
  const serverTotal = count ? Number(count[1].replace(/,/g, '')) : 0;
  const serverTop = Array.from(page.matchAll(/<h2><a href="[^"]*">([\s\S]*?)<\/a><\/h2>/g), m => text(m[1]));
  const found = SiteSearch.search(index, SiteSearch.parse(q, 1, limits), limits).hits;
  const staticTop = found.slice(0, 10).map(h => h.doc.title);
  const set = staticTop.length === serverTop.length && staticTop.every(t => serverTop.includes(t));
  sameCount += found.length === serverTotal;
  sameSet += set;
  sameOrder += staticTop.join('\n') === serverTop.join('\n');
  if (found.length !== serverTotal || !set) {
    const shared = staticTop.filter(t => serverTop.includes(t)).length;
    console.log(`${q}: ${serverTotal} results on the server, ${found.length} static; first ten share ${shared}`);
  }
}
console.log(`${queries.length} queries: the same number of results ${sameCount}, the same first ten ${sameSet}, `
  + `in the same order ${sameOrder}`);
