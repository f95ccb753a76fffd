// Regenerates katex-reference.json from corpus.txt with KaTeX's MathML output.
// Not part of the build and not a runtime dependency; run it by hand when the corpus changes:
//   mkdir -p /tmp/mathref && cd /tmp/mathref && npm install katex
//   NODE_PATH=/tmp/mathref/node_modules node src/test/resources/math/generate.js
// The only rewrite: KaTeX's mathvariant="bold|double-struck|script|..." on a token becomes the
// Unicode mathematical alphanumeric character, which is what MathML Core draws (it honours only
// mathvariant="normal"); everything else is KaTeX's output verbatim.
const katex = require('katex');
const fs = require('fs');
const path = require('path');

const latin = {
  'bold': [0x1D400, 0x1D7CE], 'italic': [0x1D434, -1], 'bold-italic': [0x1D468, 0x1D7CE],
  'script': [0x1D49C, -1], 'fraktur': [0x1D504, -1], 'double-struck': [0x1D538, 0x1D7D8],
  'sans-serif': [0x1D5A0, 0x1D7E2], 'monospace': [0x1D670, 0x1D7F6],
};
const greek = { 'bold': [0x1D6A8, 0x1D6C2], 'bold-italic': [0x1D71C, 0x1D736] };
const holes = {
  'italic h': 0x210E, 'script B': 0x212C, 'script E': 0x2130, 'script F': 0x2131, 'script H': 0x210B,
  'script I': 0x2110, 'script L': 0x2112, 'script M': 0x2133, 'script R': 0x211B, 'script e': 0x212F,
  'script g': 0x210A, 'script o': 0x2134, 'fraktur C': 0x212D, 'fraktur H': 0x210C, 'fraktur I': 0x2111,
  'fraktur R': 0x211C, 'fraktur Z': 0x2128, 'double-struck C': 0x2102, 'double-struck H': 0x210D,
  'double-struck N': 0x2115, 'double-struck P': 0x2119, 'double-struck Q': 0x211A,
  'double-struck R': 0x211D, 'double-struck Z': 0x2124,
};

function styled(variant, ch) {
  const c = ch.codePointAt(0);
  if (holes[variant + ' ' + ch]) return String.fromCodePoint(holes[variant + ' ' + ch]);
  const [base, digits] = latin[variant];
  if (c >= 65 && c <= 90) return String.fromCodePoint(base + c - 65);
  if (c >= 97 && c <= 122) return String.fromCodePoint(base + 26 + c - 97);
  if (c >= 48 && c <= 57 && digits > 0) return String.fromCodePoint(digits + c - 48);
  const g = greek[variant];
  if (g && c >= 0x391 && c <= 0x3A9) return String.fromCodePoint(g[0] + c - 0x391);
  if (g && c >= 0x3B1 && c <= 0x3C9) return String.fromCodePoint(g[1] + c - 0x3B1);
  const variants = '∂ϵϑϰϕϱϖ'.indexOf(ch);
  if (g && variants >= 0) return String.fromCodePoint(g[1] + 25 + variants);
  return ch;
}

const corpus = fs.readFileSync(path.join(__dirname, 'corpus.txt'), 'utf8');
const out = [];
for (const line of corpus.split('\n')) {
  const m = /^([id]) (.*)$/.exec(line);
  if (!m) continue;
  let mathml = katex.renderToString(m[2], { output: 'mathml', displayMode: m[1] === 'd', throwOnError: true });
  mathml = mathml.replace(/^<span class="katex">/, '').replace(/<\/span>$/, '');
  mathml = mathml.replace(/<(mi|mn|mo|mtext) mathvariant="([a-z-]+)"([^>]*)>([^<]*)<\/\1>/g,
    (all, tag, variant, rest, text) => variant === 'normal' || !latin[variant] ? all
      : `<${tag}${rest}>${[...text].map(ch => styled(variant, ch)).join('')}</${tag}>`);
  out.push({ tex: m[2], display: m[1] === 'd', mathml });
}
fs.writeFileSync(path.join(__dirname, 'katex-reference.json'),
  JSON.stringify({ generator: 'katex ' + katex.version, formulas: out }, null, 1) + '\n');
console.log(out.length + ' formulas, katex ' + katex.version);
