import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/quote-form/define.js';
import type { MqQuoteForm } from '../../src/quote-form/quote-form.js';
import { loadPhotos } from '../../src/quote-form/draft.js';
import { text, until } from '../helpers.js';
import { $, attach, choose, fillContact, keptPhoto, png, rawStore, setValue, stepTitle, submitStep, toReview } from './form-helpers.js';
import { json, scriptFetch, ScriptedXhr } from './network.js';

const DAY = 24 * 60 * 60 * 1000;
const DRAFT = `medquote:quote:${location.origin}/api/quotes`;

async function form(persistHealth = true): Promise<MqQuoteForm> {
  const el = await fixture<MqQuoteForm>(html`<mq-quote-form endpoint="/api/quotes" privacy-url="https://clinic.example/privacy" ?persist-health=${persistHealth}></mq-quote-form>`);
  el.minFillMs = 0;
  return el;
}

/** Steps 1 and 2, then health details with a photo, all kept in the draft. */
async function fillWithPhoto(el: MqQuoteForm): Promise<void> {
  await fillContact(el);
  await submitStep(el);
  choose(el, 'I agree that the health details');
  await el.updateComplete;
  setValue(el, 'location', 'left arm');
  attach(el, [await png('arm.png')]);
  await until(() => el.shadowRoot!.querySelectorAll('[part="photo"]').length === 1, 3000, 'the photo');
  for (let i = 0; i < 50 && !(await loadPhotos(DRAFT)).length; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await loadPhotos(DRAFT), 'the photo kept').to.have.length(1);
  expect(sessionStorage.getItem(DRAFT)).to.contain('left arm');
}

async function photosGone(): Promise<void> {
  for (let i = 0; i < 50 && (await loadPhotos(DRAFT)).length; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await loadPhotos(DRAFT), 'the photo deleted').to.deep.equal([]);
}

describe('mq-quote-form drafts', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('offers “Clear my details” once something is entered: it removes the draft and its photos and starts afresh', async () => {
    const el = await form();
    expect(el.shadowRoot!.querySelector('[part~="clear"]'), 'nothing to clear yet').to.equal(null);
    await fillWithPhoto(el);
    const clear = $<HTMLButtonElement>(el, '[part~="clear"]');
    expect(text(clear)).to.equal('Clear my details');
    await expect(el).to.be.accessible();
    clear.click();
    await el.updateComplete;
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
    await photosGone();
    expect(stepTitle(el)).to.contain('Step 1');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="step-title"]'));
    expect($<HTMLSelectElement>(el, '#timeframe').value).to.equal('');
    expect(text(el.shadowRoot!.querySelector('[aria-live]'))).to.equal('Your details were removed from this device.');
    expect(el.shadowRoot!.querySelector('[part~="clear"]')).to.equal(null);
    // Nothing comes back with a new form either.
    el.remove();
    const again = await form();
    expect($<HTMLSelectElement>(again, '#timeframe').value).to.equal('');
    await submitStep(again);
    expect(stepTitle(again), 'step 1 has problems: it was cleared').to.contain('Step 1');
  });

  it('drops a photo still being prepared when the details are cleared: it neither shows nor stays on the device', async () => {
    const el = await form();
    await fillContact(el);
    await submitStep(el);
    choose(el, 'I agree that the health details');
    await el.updateComplete;
    attach(el, [await png('late.png')]); // prepared asynchronously (its bytes read, the photo code fetched)
    $<HTMLButtonElement>(el, '[part~="clear"]').click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="photo"]')).to.have.length(0);
    expect(stepTitle(el)).to.contain('Step 1');
    await photosGone();
  });

  it('removes the draft and its photos when the endpoint refuses the request for good', async () => {
    // With a photo the request goes by XMLHttpRequest.
    const xhr = ScriptedXhr.install(async (request) => request.answer(403, { errors: [{ path: '', message: 'origin not allowed' }] }));
    try {
      const el = await form();
      await fillWithPhoto(el);
      await submitStep(el); // on to the consents
      choose(el, 'I have read the privacy notice');
      choose(el, 'I agree that my request');
      await submitStep(el);
      const failed = oneEvent(el, 'mq-error');
      await submitStep(el);
      expect((await failed).detail).to.deep.equal({ kind: 'rejected', status: 403 });
      expect(sessionStorage.getItem(DRAFT)).to.equal(null);
      await photosGone();
      await el.updateComplete;
      expect(text($(el, '.field-error[part="progress"]'))).to.contain('error 403');
    } finally {
      xhr.restore();
    }
  });

  it('removes the draft when the endpoint refuses a request without photos for good', async () => {
    const net = scriptFetch((call) => (call.method === 'POST' ? json(403, { errors: [] }) : undefined));
    try {
      const el = await form(false);
      await toReview(el);
      expect(sessionStorage.getItem(DRAFT)).to.contain('Ada Patient');
      const failed = oneEvent(el, 'mq-error');
      await submitStep(el);
      expect((await failed).detail).to.deep.equal({ kind: 'rejected', status: 403 });
      expect(sessionStorage.getItem(DRAFT)).to.equal(null);
    } finally {
      net.restore();
    }
  });

  it('keeps the draft after failures a retry may fix', async () => {
    const net = scriptFetch((call) => (call.method === 'POST' ? json(503, { errors: [] }) : undefined));
    try {
      const el = await form(false);
      Object.assign(el, { retryBaseMs: 1 });
      await toReview(el);
      const failed = oneEvent(el, 'mq-error');
      await submitStep(el);
      expect((await failed).detail).to.deep.equal({ kind: 'server', status: 503 });
      expect(sessionStorage.getItem(DRAFT)).to.contain('Ada Patient');
    } finally {
      net.restore();
    }
  });

  it('deletes photos a closed tab left a day ago whenever a form connects, with or without persist-health', async () => {
    const kept = await keptPhoto(new File([new Uint8Array([1, 2, 3])], 'arm.png', { type: 'image/png' }));
    await rawStore((store) => store.put({ files: [kept], savedAt: Date.now() - 3 * DAY }, 'medquote:quote:https://old.example/:closed-tab'));
    await rawStore((store) => store.put({ files: [kept], savedAt: Date.now() - DAY / 2 }, 'medquote:quote:https://other.example/:other-tab'));
    await form(false);
    const keys = async () => (await rawStore((store) => store.getAllKeys())).map(String);
    for (let i = 0; i < 50 && (await keys()).some((key) => key.endsWith(':closed-tab')); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await keys()).some((key) => key.endsWith(':closed-tab')), 'three days old: deleted').to.equal(false);
    expect((await keys()).some((key) => key.endsWith(':other-tab')), 'half a day old: kept').to.equal(true);
    await rawStore((store) => store.delete('medquote:quote:https://other.example/:other-tab'));
  });
});
