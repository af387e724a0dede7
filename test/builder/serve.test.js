// npm start serves the embed builder: its page, scripts and stylesheet, and the manifest its form
// is generated from, under the demo's strict policy. Against `node demo/serve.js` (after the build).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo } from '../intake/helpers.js';

describe('the embed builder on npm start', () => {
  let demo;
  before(async () => (demo = await startDemo()));
  after(() => demo.stop());

  it('serves /builder.html, its files and custom-elements.json', async () => {
    const page = await fetch(`${demo.base}/builder.html`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy'), /script-src 'self'; style-src 'self'/);
    const html = await page.text();
    for (const file of ['builder.css', 'builder.js']) assert.match(html, new RegExp(`"${file}"`));
    for (const file of ['builder.js', 'builder-manifest.js', 'builder-snippet.js', 'builder.css']) {
      const answer = await fetch(`${demo.base}/${file}`);
      assert.equal(answer.status, 200, file);
    }
    const manifest = await fetch(`${demo.base}/custom-elements.json`);
    assert.equal(manifest.status, 200);
    assert.match(manifest.headers.get('content-type'), /^application\/json/);
    const tags = (await manifest.json()).modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName);
    assert.ok(tags.includes('mq-cost-table'));
    assert.equal((await fetch(`${demo.base}/cdn/cost-table.js`)).status, 200);
  });
});
