import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/quote-form/define.js';
import type { MqQuoteForm } from '../../src/quote-form/quote-form.js';
import type { QuoteRequest } from '../../src/schema/quote-request.js';
import { text, until } from '../helpers.js';
import { $, attach, choose, fillContact, png, setValue, stored, submitStep, toReview } from './form-helpers.js';
import { json, posts, scriptFetch, ScriptedXhr, type Call } from './network.js';

async function form(endpoint = '/api/quotes', extra: Partial<MqQuoteForm> = {}): Promise<MqQuoteForm> {
  sessionStorage.clear();
  const el = await fixture<MqQuoteForm>(html`<mq-quote-form endpoint=${endpoint} privacy-url="https://clinic.example/privacy"></mq-quote-form>`);
  Object.assign(el, { minFillMs: 0, retryBaseMs: 50, ...extra });
  return el;
}

const draft = () => sessionStorage.getItem(`medquote:quote:${location.origin}/api/quotes`) ?? '';
const keys = (calls: Call[]) => posts(calls).map((call) => call.headers.get('idempotency-key'));
const sentJson = (call: Call) => JSON.parse(String(call.body)) as QuoteRequest;

/** Up to the review with one photo (whose upload the test scripts). */
async function toReviewWithPhoto(el: MqQuoteForm): Promise<void> {
  await toReview(el, async () => {
    attach(el, [await png('arm.png')]);
    await until(() => el.shadowRoot!.querySelectorAll('[part="photo"]').length === 1, 3000, 'the photo');
  });
}

/** Everything the form showed in its progress line and said in its live region while `during` ran. */
async function watch(el: MqQuoteForm, during: () => Promise<unknown>): Promise<{ shown: string[]; said: string[] }> {
  const shown: string[] = [];
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const line = text(el.shadowRoot!.querySelector('[part="progress"]'));
    const live = text(el.shadowRoot!.querySelector('[aria-live]'));
    if (line && line !== shown.at(-1)) shown.push(line);
    if (live && live !== said.at(-1)) said.push(live);
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  try {
    await during();
  } finally {
    observer.disconnect();
  }
  return { shown, said };
}

describe('mq-quote-form delivery', () => {
  afterEach(() => sessionStorage.clear());

  it('retries 408 and 409 like 5xx, honouring Retry-After, under one key', async () => {
    const net = scriptFetch((call) => {
      if (call.method !== 'POST') return undefined;
      const attempt = posts(net.calls).length;
      if (attempt === 1) return json(408, { errors: [{ path: '', message: 'request timeout' }] });
      if (attempt === 2) return json(409, { code: 'request-in-progress', errors: [{ path: '', message: 'still processing' }] }, { 'retry-after': '1' });
      return undefined; // the real intake
    });
    try {
      const el = await form();
      await toReview(el);
      const success = oneEvent(el, 'mq-success');
      await submitStep(el);
      const { reference } = (await success).detail;
      expect(posts(net.calls)).to.have.length(3);
      expect(new Set(keys(net.calls)).size).to.equal(1);
      const [, second, third] = posts(net.calls);
      expect(third!.at - second!.at, 'waited as Retry-After said').to.be.at.least(950);
      expect((await stored()).filter((quote) => quote.reference === reference)).to.have.length(1);
    } finally {
      net.restore();
    }
  });

  it('sends again at once under a new key when the endpoint says the key was used for other answers', async () => {
    const net = scriptFetch((call) =>
      call.method === 'POST' && posts(net.calls).length === 1
        ? json(422, { code: 'idempotency-key-reused', errors: [{ path: '', message: 'This Idempotency-Key was used for another request.' }] })
        : undefined,
    );
    try {
      const el = await form('/api/quotes', { retryBaseMs: 5000 });
      await toReview(el);
      const success = oneEvent(el, 'mq-success');
      await submitStep(el);
      const { reference } = (await success).detail;
      const [first, second] = posts(net.calls);
      expect(posts(net.calls)).to.have.length(2);
      expect(keys(net.calls)[1]).to.not.equal(keys(net.calls)[0]);
      expect(second!.at - first!.at, 'no backoff').to.be.below(1000);
      expect(sentJson(second!).phone).to.equal(sentJson(first!).phone);
      expect((await stored()).some((quote) => quote.reference === reference)).to.equal(true);
    } finally {
      net.restore();
    }
  });

  it('fetches a fill ticket once, at the first change, without credentials, keeps it in the draft and sends it', async () => {
    const ticket = `${Date.now()}.k3Y-_signature`;
    const net = scriptFetch((call) => (call.url.endsWith('/api/quotes/ticket') ? json(200, { ticket }, { 'cache-control': 'no-store' }) : undefined));
    try {
      const el = await form();
      const tickets = () => net.calls.filter((call) => call.url.endsWith('/ticket'));
      expect(tickets(), 'nothing before the patient starts').to.have.length(0);
      await fillContact(el);
      await until(() => draft().includes(ticket), 2000, 'the ticket in the draft');
      expect(tickets()).to.have.length(1);
      expect(tickets()[0]!.method).to.equal('GET');
      expect(tickets()[0]!.credentials).to.equal('omit');
      await submitStep(el);
      await submitStep(el);
      choose(el, 'I have read the privacy notice');
      choose(el, 'I agree that my request');
      await submitStep(el);
      const submitted = oneEvent(el, 'mq-submit');
      const success = oneEvent(el, 'mq-success');
      await submitStep(el);
      expect((await submitted).detail.request.ticket).to.equal(ticket);
      await success;
      expect(sentJson(posts(net.calls)[0]!).ticket).to.equal(ticket);
      expect(tickets()).to.have.length(1);
    } finally {
      net.restore();
    }
  });

  it('keeps no draft when its fill ticket arrives after the form was removed, cleared or sent', async () => {
    const held: (() => void)[] = [];
    const net = scriptFetch((call) =>
      call.url.endsWith('/ticket') ? new Promise<Response>((resolve) => held.push(() => resolve(json(200, { ticket: '1.late' })))) : undefined,
    );
    const asked = () => until(() => held.length === 1, 2000, 'the ticket asked for');
    /** The held ticket arrives, with the time to save a draft it should not save. */
    const arrives = async () => {
      held.splice(0).forEach((release) => release());
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    try {
      const removed = await form();
      setValue(removed, 'timeframe', 'flexible');
      await asked();
      removed.remove();
      sessionStorage.clear();
      await arrives();
      expect(draft(), 'removed from the page').to.equal('');

      const cleared = await form();
      setValue(cleared, 'timeframe', 'flexible');
      await asked();
      await cleared.updateComplete;
      $<HTMLButtonElement>(cleared, '[part~="clear"]').click();
      await arrives();
      expect(draft(), 'cleared').to.equal('');

      const sent = await form();
      await toReview(sent);
      await asked();
      const success = oneEvent(sent, 'mq-success');
      await submitStep(sent);
      await success;
      expect(draft()).to.equal('');
      await arrives();
      expect(draft(), 'sent').to.equal('');
    } finally {
      net.restore();
    }
  });

  it('sends without a ticket when the endpoint has no ticket route', async () => {
    const net = scriptFetch(() => undefined); // everything to the real test server, recorded
    try {
      const el = await form('/counted/api/quotes');
      await fetch('/counted/log');
      await toReview(el);
      expect(net.calls.filter((call) => call.url.endsWith('/counted/api/quotes/ticket'))).to.have.length(1);
      const success = oneEvent(el, 'mq-success');
      await submitStep(el);
      const { reference } = (await success).detail;
      expect(sentJson(posts(net.calls)[0]!).ticket).to.equal(undefined);
      expect((await stored()).find((quote) => quote.reference === reference)).to.not.equal(undefined);
    } finally {
      net.restore();
    }
  });

  it('sends again at once without its ticket when the endpoint no longer takes it', async () => {
    const net = scriptFetch((call) => {
      if (call.url.endsWith('/ticket')) return json(200, { ticket: '1.expired' });
      if (call.method === 'POST' && posts(net.calls).length === 1) return json(400, { code: 'too-fast', errors: [{ path: 'ticket', message: 'expired' }] });
      return undefined;
    });
    try {
      const el = await form();
      await toReview(el);
      await until(() => draft().includes('1.expired'), 2000, 'the ticket in the draft');
      const success = oneEvent(el, 'mq-success');
      await submitStep(el);
      await success;
      const [first, second] = posts(net.calls);
      expect(sentJson(first!).ticket).to.equal('1.expired');
      expect(sentJson(second!).ticket).to.equal(undefined);
      expect(keys(net.calls)[1]).to.equal(keys(net.calls)[0]);
    } finally {
      net.restore();
    }
  });

  it('shows an upload’s progress in percent, and announces it in quarters', async function () {
    this.timeout(15_000); // five steps, a photo and axe: WebKit on two busy cores took over 5 s
    const xhr = ScriptedXhr.install(async (request) => {
      await request.trickle(20, 40);
      await request.forward();
    });
    try {
      const el = await form();
      await toReviewWithPhoto(el);
      const success = oneEvent(el, 'mq-success');
      const { shown, said } = await watch(el, async () => {
        await submitStep(el);
        await success;
      });
      expect(ScriptedXhr.sent).to.have.length(1);
      expect(ScriptedXhr.sent[0]!.body).to.be.instanceOf(FormData);
      expect(shown).to.include('Sending your request… 5%');
      expect(shown).to.include('Sending your request… 55%');
      expect(shown.filter((line) => line.endsWith('%')).length).to.be.at.least(15);
      const percents = said.filter((line) => line.endsWith('%'));
      expect(percents).to.deep.equal(['Sending your request… 25%', 'Sending your request… 50%', 'Sending your request… 75%', 'Sending your request… 100%']);
      await expect(el).to.be.accessible();
    } finally {
      xhr.restore();
    }
  });

  it('abandons an upload that stalls, not one that is slow, and sends it again under the same key', async () => {
    const xhr = ScriptedXhr.install(async (request) => {
      if (ScriptedXhr.sent.length === 1) return request.trickle(10, 50, 0.4); // 40 %, then nothing more
      await request.trickle(25, 60); // 1.5 s in all, three times the stall time, but always moving
      await request.forward();
    });
    try {
      const el = await form('/api/quotes', { stallMs: 500 });
      await toReviewWithPhoto(el);
      const success = oneEvent(el, 'mq-success');
      const { shown } = await watch(el, async () => {
        await submitStep(el);
        await success;
      });
      const { reference } = (await success).detail;
      const [stalled, slow] = ScriptedXhr.sent;
      expect(ScriptedXhr.sent).to.have.length(2);
      expect(stalled!.aborted).to.equal(true);
      expect(slow!.aborted).to.equal(false);
      expect(slow!.headers['idempotency-key']).to.equal(stalled!.headers['idempotency-key']);
      expect(shown.some((line) => line.startsWith('The connection failed. Trying again'))).to.equal(true);
      expect((await stored()).filter((quote) => quote.reference === reference).map((quote) => quote.photos)).to.deep.equal([1]);
      expect(text($(el, '[part="success"]'))).to.contain('Request sent');
    } finally {
      xhr.restore();
    }
  });
});
