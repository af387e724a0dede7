// scripts/check-cycles.js on small module trees written for the test: it must fail on a cycle,
// including one made of type-only imports, and pass on a tree without one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const dirs = [];
function tree(files) {
  const dir = mkdtempSync(join(tmpdir(), 'medquote-cycles-'));
  dirs.push(dir);
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), code);
  }
  return dir;
}
const check = (dir) => spawnSync(process.execPath, ['scripts/check-cycles.js', dir], { encoding: 'utf8' });
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('scripts/check-cycles.js', () => {
  it('passes a tree whose imports only go down', () => {
    const result = check(tree({ 'a.ts': "import { b } from './lib/b.js';", 'lib/b.ts': "import type { C } from './c.js';\nexport const b = 1;", 'lib/c.ts': 'export type C = 1;' }));
    assert.equal(result.status, 0, result.stderr);
  });

  it('fails on a cycle of type-only imports, naming its modules', () => {
    const result = check(tree({ 'form-state.ts': "import type { Step } from './draft.js';", 'draft.ts': "import { x } from './form-state.js';\nexport type Step = 1;" }));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /(form-state|draft)\.ts → \S*(draft|form-state)\.ts → \S*(form-state|draft)\.ts\n/);
  });

  it('fails on a longer cycle through a dynamic import and a re-export', () => {
    const result = check(tree({ 'a.ts': "export * from './b.js';", 'b.ts': "const c = () => import('./c.js');", 'c.ts': "import './a.js';" }));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /\/a\.ts → \S*\/b\.ts → \S*\/c\.ts → \S*\/a\.ts\n/);
  });
});
