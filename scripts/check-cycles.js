// node scripts/check-cycles.js [dir]: fails when modules under dir (default src/) import each
// other in a cycle. Type-only and dynamic imports count too: a cycle of types still ties the
// layers together (a lower module must never need a higher one, see the README's layout).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'src');

function sources(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** The relative imports of a file, resolved to the .ts files they name. */
function imports(file) {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1]);
  return specifiers.map((specifier) => join(dirname(file), specifier).replace(/\.js$/, '.ts'));
}

const graph = new Map(sources(root).map((file) => [file, imports(file)]));

// Depth-first search; a module met again while still on the path closes a cycle.
const cycles = [];
const state = new Map(); // file → 'open' while on the path, 'done' after
function visit(file, path) {
  state.set(file, 'open');
  path.push(file);
  for (const next of graph.get(file) ?? []) {
    if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
    else if (!state.has(next) && graph.has(next)) visit(next, path);
  }
  path.pop();
  state.set(file, 'done');
}
for (const file of graph.keys()) if (!state.has(file)) visit(file, []);

if (cycles.length) {
  const name = (file) => relative(process.cwd(), file);
  console.error(`Import cycles in ${name(root)}/:\n${cycles.map((cycle) => `  ${cycle.map(name).join(' → ')}`).join('\n')}`);
  process.exit(1);
}
console.log(`No import cycles among ${graph.size} modules in ${relative(process.cwd(), root) || '.'}/.`);
