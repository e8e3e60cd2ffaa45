// Masks secrets in a child's output before it reaches ours (test:live hides the token and every
// widget setting value this way, whatever Respect prints). Line-buffered, so a secret split across
// two chunks is still caught. CommonJS so both the .mjs scripts and the jest tests can load it.
const { StringDecoder } = require('node:string_decoder');
const { Transform } = require('node:stream');

const MASK = '********';

/**
 * Every string in a JSON value, however deep (`users_lp` settings are id → {login, password}).
 * Setting values are strings; masking numbers too would blank every digit like them in the output.
 */
function leafStrings(value) {
  if (typeof value === 'string') return value ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leafStrings);
  return [];
}

/** A stream that replaces each of `secrets` with `********`, the longest first (one may contain another). */
function createMasker(secrets) {
  // The output is masked a line at a time, so a secret of several lines is masked line by line.
  const parts = secrets.flatMap((s) => (s ? s.split('\n') : [])).filter(Boolean);
  const sorted = [...new Set(parts)].sort((a, b) => b.length - a.length);
  const mask = (text) => sorted.reduce((t, s) => t.split(s).join(MASK), text);
  const decoder = new StringDecoder('utf8'); // a chunk may end inside a multi-byte character
  let pending = '';
  return new Transform({
    transform(chunk, _encoding, done) {
      const lines = (pending + decoder.write(chunk)).split('\n');
      pending = lines.pop();
      done(null, lines.length ? `${lines.map(mask).join('\n')}\n` : '');
    },
    flush(done) {
      const rest = pending + decoder.end();
      done(null, rest ? mask(rest) : '');
    },
  });
}

module.exports = { MASK, leafStrings, createMasker };
