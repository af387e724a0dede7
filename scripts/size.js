// npm run size (after the build): what a browser downloads for each CDN entry (the file and every
// chunk it imports statically), minified and gzipped at level 9, against the budgets in
// scripts/cdn-entries.json. Prints the table, writes it into docs/performance.md and a short one
// into the README (between the size markers), and fails when an entry is over budget. Chunks
// loaded on demand are listed apart.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { replaceBetweenMarkers } from './docs/markers.js';

const entries = JSON.parse(readFileSync('scripts/cdn-entries.json', 'utf8'));
const bytes = (n) => n.toLocaleString('en-US');
const measure = (path) => {
  const code = readFileSync(path);
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
};

/** The file and its static imports, recursively (dynamic import() is on demand, so left out). */
function closure(path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  for (const [, a, b] of code.matchAll(/\bfrom\s*["'](\.[^"']+)["']|\bimport\s*["'](\.[^"']+)["']/g)) {
    closure(join(dirname(path), a ?? b), seen);
  }
  return seen;
}

/** The files every other split entry loads: the chunks already on a page that has any element. */
const shared = (name) =>
  new Set(Object.entries(entries).filter(([other, entry]) => other !== name && !entry.alone && !entry.format && other !== 'loader').flatMap(([other]) => [...closure(`dist/cdn/${other}.js`)]));
const row = (name, files, budget) => {
  const sizes = files.map(measure);
  const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
  return { name, files: files.length, minified: sum('minified'), gzip: sum('gzip'), budget };
};
// An entry marked `beside` (the quote button) is budgeted by what it adds to a page whose common
// chunks are already there; the whole of what it loads is listed too, without a budget.
const rows = Object.entries(entries).flatMap(([name, { budget, beside }]) => {
  const files = [...closure(`dist/cdn/${name}.js`)];
  if (!beside) return [row(`${name}.js`, files, budget)];
  const common = shared(name);
  return [row(`${name}.js`, files, null), row(`${name}.js beside the shared chunks`, files.filter((file) => !common.has(file)), budget)];
});
// What no entry loads up front: languages, price-sheet readers, the photo tools.
const upFront = new Set(Object.keys(entries).flatMap((name) => [...closure(`dist/cdn/${name}.js`)]));
const onDemand = readdirSync('dist/cdn/chunks')
  .filter((file) => !upFront.has(`dist/cdn/chunks/${file}`))
  .sort()
  .map((file) => ({ name: `chunks/${file}`, files: 1, ...measure(`dist/cdn/chunks/${file}`), budget: null }));

const table = [
  '| CDN entry | files | minified | gzip -9 | budget |',
  '|---|---:|---:|---:|---:|',
  ...[...rows, ...onDemand].map(
    (r) => `| \`${r.name.replace(' beside', '` beside')}${r.name.includes(' beside') ? '' : '`'} | ${r.files} | ${bytes(r.minified)} | ${bytes(r.gzip)} | ${r.budget ? bytes(r.budget) : r.name.startsWith('chunks/') ? 'on demand' : '–'}${r.budget && r.gzip > r.budget ? ' **over**' : ''} |`,
  ),
].join('\n');
console.log(table);

// The README's line: what each file a page adds a script tag for (or the loader loads) costs up front.
const brief = `Gzipped, downloaded up front: ${rows
  .filter((r) => r.budget)
  .map((r) => `\`${r.name.replace(' beside the shared chunks', '')}\` ${(r.gzip / 1000).toFixed(1)} kB${r.name.includes(' beside') ? ' beside the shared chunks' : ''}`)
  .join(', ')}.`;
for (const [path, content] of [['docs/performance.md', table], ['README.md', brief]]) {
  const page = readFileSync(path, 'utf8');
  const updated = replaceBetweenMarkers(page, 'size', content, path);
  if (updated !== page) writeFileSync(path, updated);
}

const over = rows.filter((r) => r.budget && r.gzip > r.budget);
if (over.length) {
  console.error(`\nOver budget: ${over.map((r) => `${r.name} (${bytes(r.gzip)} > ${bytes(r.budget)})`).join(', ')}`);
  process.exit(1);
}

