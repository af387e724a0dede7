// The docs check (`node scripts/docs.js --check`, run by npm test) on a throwaway copy of the
// docs: it fails, naming the file and the command, when a generated page is stale, and when an
// example stops being true. Needs the build (dist/, custom-elements.json), as npm test has it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';

const repo = new URL('../../', import.meta.url).pathname;
let copy;

/** The files the check reads, copied; the build and the packages, linked. */
function freshCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'medquote-docs-'));
  for (const path of ['README.md', 'package.json', 'custom-elements.json', 'docs', 'scripts', 'stories']) cpSync(join(repo, path), join(dir, path), { recursive: true });
  for (const path of ['dist', 'node_modules']) symlinkSync(join(repo, path), join(dir, path));
  return dir;
}
const run = (...args) => spawnSync(process.execPath, ['scripts/docs.js', ...args], { cwd: copy, encoding: 'utf8' });
const edit = (path, change) => writeFileSync(join(copy, path), change(readFileSync(join(copy, path), 'utf8')));

describe('docs check', () => {
  beforeEach(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
    copy = freshCopy();
  });
  after(() => rmSync(copy, { recursive: true, force: true }));

  it('passes on the docs as checked in', () => {
    const result = run('--check');
    assert.equal(result.status, 0, result.stderr);
  });

  it('names the stale page and the command when the manifest changed', () => {
    edit('custom-elements.json', (text) => text.replaceAll('The `id` of a row to mark as featured.', 'The `id` of the row to feature.'));
    const result = run('--check');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /docs\/elements\/mq-cost-table\.md is stale/);
    assert.match(result.stderr, /Run `npm run docs`/);
    assert.doesNotMatch(result.stderr, /mq-quote-form\.md/);
  });

  it('names a hand-edited generated page, and npm run docs puts it right', () => {
    edit('docs/elements/mq-quote-form.md', (text) => text.replace('## Reference', '## Reference\n\nA note someone added by hand.'));
    assert.match(run('--check').stderr, /docs\/elements\/mq-quote-form\.md is stale/);
    assert.equal(run().status, 0);
    assert.equal(run('--check').status, 0);
    assert.doesNotMatch(readFileSync(join(copy, 'docs/elements/mq-quote-form.md'), 'utf8'), /by hand/);
  });

  it('refuses a data example that does not pass its schema, naming the field', () => {
    edit('docs/element-sources/mq-cost-table.md', (text) => text.replace('"low": 1800', '"low": "cheap"'));
    const result = run('--check');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /mq-cost-table\.md: the costTable example does not pass the schema: rows\[0\]\.low: expected number/);
  });

  it('refuses an HTML example with an attribute the element does not have', () => {
    edit('docs/embedding.md', (text) => text.replace('<mq-recovery-timeline pick-date>', '<mq-recovery-timeline pick-dates>'));
    assert.match(run('--check').stderr, /docs\/embedding\.md: an example gives <mq-recovery-timeline> the attribute "pick-dates"/);
  });

  it('refuses a link to a page or a heading that does not exist', () => {
    edit('docs/embedding.md', (text) => text.replace('(elements/mq-quote-form.md#drafts)', '(elements/mq-quote-form.md#draft)').replace('(theming.md)', '(theme.md)'));
    const { stderr } = run('--check');
    assert.match(stderr, /docs\/embedding\.md: the link to elements\/mq-quote-form\.md#draft names no heading/);
    assert.match(stderr, /docs\/embedding\.md: the link to theme\.md leads to no file/);
  });

  it('keeps the README a front door: at most 150 lines, linking every element page', () => {
    edit('README.md', (text) => text.replaceAll('docs/elements/mq-quote-form.md', 'docs/quote-form.md') + '\n'.repeat(60));
    const { stderr } = run('--check');
    assert.match(stderr, /README\.md has \d+ lines; keep it to 150/);
    assert.match(stderr, /README\.md does not link docs\/elements\/mq-quote-form\.md/);
  });

  it('asks for the hand-written source of a new element', () => {
    rmSync(join(copy, 'docs/element-sources/mq-recovery-timeline.md'));
    assert.match(run('--check').stderr, /docs\/element-sources\/mq-recovery-timeline\.md is missing/);
  });
});
