// npm run size (after the build): every CDN file minified and gzipped (level 9), against the
// budgets in scripts/cdn-entries.json. Prints the table, writes it into the README between the
// size markers, and fails when an entry is over budget.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const entries = JSON.parse(readFileSync('scripts/cdn-entries.json', 'utf8'));
const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const bytes = (n) => n.toLocaleString('en-US');

const rows = Object.entries(entries).map(([name, { budget }]) => {
  const path = `dist/cdn/${name}.js`;
  const size = gzip(path);
  return { file: path.slice(5), minified: readFileSync(path).length, gzip: size, budget, ok: size <= budget };
});
for (const chunk of readdirSync('dist/cdn/chunks').sort()) {
  const path = `dist/cdn/chunks/${chunk}`;
  rows.push({ file: path.slice(5), minified: readFileSync(path).length, gzip: gzip(path), budget: null, ok: true });
}

const table = [
  '| file | minified | gzip -9 | budget |',
  '|---|---:|---:|---:|',
  ...rows.map((r) => `| \`${r.file}\` | ${bytes(r.minified)} | ${bytes(r.gzip)} | ${r.budget ? bytes(r.budget) : 'loaded on demand'}${r.ok ? '' : ' **over**'} |`),
].join('\n');
console.log(table);

const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/(<!-- size:start -->)[\s\S]*?(<!-- size:end -->)/, `$1\n${table}\n$2`);
if (updated !== readme) writeFileSync('README.md', updated);

const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`\nOver budget: ${over.map((r) => `${r.file} (${bytes(r.gzip)} > ${bytes(r.budget)})`).join(', ')}`);
  process.exit(1);
}
