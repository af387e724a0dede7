import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import * as z from 'zod/mini';
import { DataController } from '../../src/core/data-controller.js';
import { MqCostTable } from '../../src/cost-table/cost-table.js';
import { defineElement } from '../../src/core/define.js';
import type { MqDataErrorEvent } from '../../src/core/events.js';
import { captureConsole, text, until } from '../helpers.js';

/** Accepts `{ name }` objects. */
const named = z.object({ name: z.string() });

/** A bare element holding a DataController, as MqElement does, rendering its three states. */
class DataHostElement extends LitElement {
  static override properties = { data: { attribute: false }, src: {}, fallbackName: {} };
  data?: unknown;
  src?: string;
  fallbackName = 'Default';
  /** Every render's text, to show what a patient could have seen. */
  frames: string[] = [];
  readonly controller = new DataController<{ name: string }>(this, {
    schema: () => named,
    fallback: () => ({ name: this.fallbackName }),
    fallbackArgs: () => [this.fallbackName],
  });
  protected override willUpdate(): void {
    this.controller.refresh();
  }
  protected override render(): unknown {
    const frame = this.controller.render({ pending: () => 'pending', complete: (value) => `complete: ${value.name}`, error: (issues) => `error: ${issues[0]!.path}` });
    this.frames.push(`${this.controller.status} | ${String(frame)}`);
    return frame;
  }
}
customElements.define('test-data-host', DataHostElement);

describe('core/data-controller', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('settles data that needs no fetch before the first render: no loading frame', async () => {
    const byDefault = await fixture<DataHostElement>(html`<test-data-host></test-data-host>`);
    expect(byDefault.frames).to.deep.equal(['complete | complete: Default']);
    const byProperty = await fixture<DataHostElement>(html`<test-data-host .data=${{ name: 'Property' }}></test-data-host>`);
    expect(byProperty.frames).to.deep.equal(['complete | complete: Property']);
    const inline = await fixture<DataHostElement>(html`<test-data-host><script type="application/json">{"name":"Inline"}</script></test-data-host>`);
    expect(inline.frames).to.deep.equal(['complete | complete: Inline']);
  });

  it('shows bad data as an error at once, logs it and fires mq-data-error', async () => {
    const events: MqDataErrorEvent[] = [];
    const el = await fixture<DataHostElement>(html`<test-data-host .data=${{ nom: 'x' }} @mq-data-error=${(event: MqDataErrorEvent) => events.push(event)}></test-data-host>`);
    expect(el.frames).to.deep.equal(['error | error: name']);
    expect(events.map((event) => event.detail)).to.deep.equal([{ source: 'property', issues: [{ path: 'name', message: 'expected string' }] }]);
    expect(log.calls.error[0]).to.contain('invalid data from the data property');
  });

  it('is pending while src is fetched, then complete', async () => {
    const el = await fixture<DataHostElement>(html`<test-data-host src="/test/fixtures/cost-table.json"></test-data-host>`);
    expect(el.frames[0]).to.equal('pending | pending');
    await until(() => el.controller.status !== 'pending', 3000, 'the fetch');
    await el.updateComplete;
    // The fixture has no name: the schema says so.
    expect(el.frames.at(-1)).to.equal('error | error: name');
  });

  it('runs again only when its arguments change, and rebuilds the default when what it depends on does', async () => {
    const el = await fixture<DataHostElement>(html`<test-data-host></test-data-host>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.frames).to.deep.equal(['complete | complete: Default', 'complete | complete: Default']);
    el.fallbackName = 'Another default';
    await el.updateComplete;
    expect(el.frames.at(-1)).to.equal('complete | complete: Another default');
  });

  it('aborts the previous fetch when src changes, and keeps only the newest answer', async () => {
    const original = window.fetch;
    const calls: { url: string; signal: AbortSignal; answer: (body: string) => void }[] = [];
    window.fetch = ((url: URL, init: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        calls.push({ url: String(url), signal: init.signal!, answer: (body) => resolve(new Response(body)) });
      })) as typeof fetch;
    try {
      const el = await fixture<DataHostElement>(html`<test-data-host src="/first.json"></test-data-host>`);
      await until(() => calls.length === 1, 2000, 'the first fetch (once near the viewport)');
      el.src = '/second.json';
      await el.updateComplete;
      expect(calls.map((call) => new URL(call.url).pathname)).to.deep.equal(['/first.json', '/second.json']);
      expect(calls[0]!.signal.aborted).to.equal(true);
      expect(calls[1]!.signal.aborted).to.equal(false);
      calls[1]!.answer('{"name":"Second"}');
      await until(() => el.controller.status === 'complete', 2000, 'the second answer');
      await el.updateComplete;
      expect(text(el.shadowRoot)).to.equal('complete: Second');
    } finally {
      window.fetch = original;
    }
  });

  it('fetches again when a router puts back an element whose fetch it cancelled', async () => {
    const original = window.fetch;
    let fetches = 0;
    window.fetch = ((_url: URL, init: RequestInit) => {
      fetches++;
      // The first request hangs until it is aborted; the next one answers.
      if (fetches === 1) return new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      return Promise.resolve(new Response('{"name":"Fetched"}'));
    }) as typeof fetch;
    try {
      const parent = await fixture<HTMLDivElement>(html`<div><test-data-host src="/slow.json"></test-data-host></div>`);
      const el = parent.querySelector<DataHostElement>('test-data-host')!;
      await until(() => fetches === 1, 2000, 'the first fetch (once near the viewport)');
      expect(el.controller.status).to.equal('pending');
      el.remove();
      parent.append(el);
      await until(() => el.controller.status === 'complete', 2000, 'a new fetch after reconnection');
      await el.updateComplete;
      expect(fetches).to.equal(2);
      expect(text(el.shadowRoot)).to.equal('complete: Fetched');
    } finally {
      window.fetch = original;
    }
  });

  it('gives a configured medquote widget its complete first frame', async () => {
    // An element's first render, as a patient would see it, recorded in firstUpdated.
    class FirstFrameTable extends MqCostTable {
      firstFrame = '';
      protected override firstUpdated(): void {
        this.firstFrame = `${this.renderRoot.querySelector('[part="base"]')!.getAttribute('aria-busy')} ${text(this.renderRoot.querySelector('caption'))}`;
      }
    }
    defineElement('test-first-frame-table', FirstFrameTable);
    const inline = await fixture<FirstFrameTable>(html`<test-first-frame-table>
      <script type="application/json">{"caption":"Inline","currency":"USD","rows":[{"id":"x","label":"X","low":1,"high":2}]}</script>
    </test-first-frame-table>`);
    expect(inline.firstFrame).to.equal('false Inline Estimated cost by destination');
    const fetched = await fixture<FirstFrameTable>(html`<test-first-frame-table src="/test/fixtures/cost-table.json"></test-first-frame-table>`);
    expect(fetched.firstFrame).to.equal('true ');
  });
});
