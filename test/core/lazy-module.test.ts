import { expect } from '@open-wc/testing';
import { lazyModule } from '../../src/core/lazy-module.js';

// The test server's /fails-once/<id>.js answers 503 to its first request, then a module naming its path.
const failsOnce = () => `/fails-once/${crypto.randomUUID()}.js`;

describe('lazyModule', () => {
  it('fetches the module on first use only, and keeps it', async () => {
    let loads = 0;
    const load = lazyModule(() => (loads++, import('../../src/core/version.js')), 'VERSION');
    expect(loads).to.equal(0);
    const first = await load();
    expect(first?.VERSION).to.be.a('string');
    expect(await load()).to.equal(first);
    expect(loads).to.equal(1);
  });

  it('answers undefined when the fetch fails, and fetches the module afresh on the next use', async () => {
    const url = failsOnce();
    const load = lazyModule(() => import(/* @vite-ignore */ url) as Promise<{ path: string }>, 'path');
    expect(await load()).to.equal(undefined);
    // A plain second import() would fail again in Chromium and Firefox, which keep the failure.
    expect((await load())?.path).to.equal(url);
  });

  it('keeps nothing without the export it was asked for', async () => {
    const load = lazyModule(() => import('../../src/core/version.js') as Promise<{ VERSION: string; nope?: string }>, 'nope');
    expect(await load()).to.equal(undefined);
  });
});
