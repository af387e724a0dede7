// Storybook's index, as `npm run build-storybook` would write it (storybook index, a few seconds,
// no build): a Docs entry for every element in the manifest, the Embedding and Theming pages,
// the theming playground and the partner page.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { displayName } from '../../scripts/docs/element-page.js';

const repo = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'medquote-sb-index-'));
let entries;

describe('Storybook index', () => {
  before(() => {
    const output = join(dir, 'index.json');
    const result = spawnSync(process.execPath, ['node_modules/storybook/dist/bin/dispatcher.js', 'index', '-o', output, '--quiet', '--disable-telemetry'], { cwd: repo, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    entries = Object.values(JSON.parse(readFileSync(output, 'utf8')).entries);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('has a Docs entry for every element, from its stories file', () => {
    const manifest = JSON.parse(readFileSync(join(repo, 'custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
    assert.ok(tags.length >= 4);
    for (const tag of tags) {
      const file = `./stories/${tag.replace(/^mq-/, '')}.stories.ts`;
      // The title the docs link to: mq-cost-table → "Elements/Cost table" (displayName()).
      const title = `Elements/${displayName(tag)}`;
      assert.ok(entries.some((entry) => entry.type === 'docs' && entry.importPath === file && entry.title === title), `a Docs entry "${title}" for <${tag}> (${file})`);
      assert.ok(entries.some((entry) => entry.type === 'story' && entry.importPath === file && entry.name === 'Default'), `a Default story for <${tag}>`);
    }
  });

  it('has the Embedding and Theming pages, the playground and the partner page', () => {
    const titles = (type) => entries.filter((entry) => entry.type === type).map((entry) => entry.title);
    assert.ok(titles('docs').includes('Guides/Embedding'));
    assert.ok(titles('docs').includes('Guides/Theming'));
    assert.ok(titles('story').includes('Guides/Theming playground'));
    assert.ok(titles('story').includes('Examples/Partner page'));
  });
});
