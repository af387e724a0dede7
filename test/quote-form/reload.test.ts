import { expect } from '@open-wc/testing';
import type { MqQuoteForm } from '../../src/quote-form/quote-form.js';
import { until } from '../helpers.js';
import { consentAll, fillContact, setValue, stepTitle, stored, submitStep, toReview } from './form-helpers.js';

/** The form in a frame that really reloads, as a patient's tab would. */
async function frameForm(frame: HTMLIFrameElement): Promise<MqQuoteForm> {
  await until(() => !!frame.contentDocument?.querySelector('mq-quote-form')?.shadowRoot?.querySelector('[part="step-title"]'), 15_000, 'the form in the frame');
  return frame.contentDocument!.querySelector<MqQuoteForm>('mq-quote-form')!;
}

describe('mq-quote-form across a real page reload', function () {
  // Each load of the frame fetches the form's modules afresh: 3-6 s a test in Firefox on two busy cores.
  this.timeout(30_000);

  it('restores the step-1 answers and the step, but no consent', async () => {
    const frame = Object.assign(document.createElement('iframe'), { src: '/test/pages/quote-draft.html' });
    document.body.append(frame);
    frame.contentWindow!.sessionStorage.clear();
    let form = await frameForm(frame);
    await fillContact(form);
    await submitStep(form); // on to the health step
    await submitStep(form); // skip it: on to the consents
    expect(stepTitle(form)).to.contain('Step 4');
    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await reloaded;
    form = await frameForm(frame);
    expect(stepTitle(form)).to.contain('Step 4');
    expect(form.shadowRoot!.querySelectorAll('input[type="checkbox"]:checked')).to.have.length(0);
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click(); // Back
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click(); // Back
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal('Ada Patient');
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#phoneNational')!.value).to.equal('0151 23456789');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click(); // Back
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector<HTMLSelectElement>('#timeframe')!.value).to.equal('flexible');
    frame.contentWindow!.sessionStorage.clear();
    frame.remove();
  });

  /**
   * Sends from the review step, lets the request reach the real intake, and reloads the frame
   * before its answer arrives, as a patient's tab may. Resolves with the reference the server
   * gave, which the page never saw.
   */
  async function sendAndReload(frame: HTMLIFrameElement, form: MqQuoteForm): Promise<string> {
    const page = frame.contentWindow!;
    const realFetch = page.fetch.bind(page);
    let reached: Promise<Response> | undefined;
    page.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method !== 'POST') return realFetch(input, init);
      reached = realFetch(input, init);
      return new Promise<Response>(() => {}); // the answer never reaches the page
    };
    await submitStep(form);
    await until(() => !!reached, 3000, 'the request to leave');
    const { reference } = await (await reached!).json();
    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    page.location.reload();
    await reloaded;
    return reference;
  }

  async function draftFrame(): Promise<{ frame: HTMLIFrameElement; form: MqQuoteForm }> {
    const frame = Object.assign(document.createElement('iframe'), { src: '/test/pages/quote-draft.html' });
    document.body.append(frame);
    const form = await frameForm(frame);
    frame.contentWindow!.sessionStorage.clear();
    form.minFillMs = 0;
    return { frame, form };
  }

  /** After a reload the form is on the consent step: back to how to reach the patient, step 2 (Back, Back). */
  async function backToStart(form: MqQuoteForm): Promise<void> {
    for (let back = 0; back < 2; back++) {
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      await form.updateComplete;
    }
    expect(stepTitle(form)).to.contain('Step 2');
  }

  it('reload mid-send, change the phone number, send: the server holds the new number', async () => {
    const { frame, form: fresh } = await draftFrame();
    let form = fresh;
    await toReview(form);
    const first = await sendAndReload(frame, form);
    form = await frameForm(frame);
    form.minFillMs = 0;
    await backToStart(form);
    setValue(form, 'phoneNational', '0151 99999999');
    await submitStep(form);
    await submitStep(form); // health skipped
    await consentAll(form);
    await submitStep(form);
    const success = new Promise<string>((resolve) => form.addEventListener('mq-success', (event) => resolve(event.detail.reference), { once: true }));
    await submitStep(form);
    const reference = await success;
    expect(reference, 'a new request, not the first one replayed').to.not.equal(first);
    const quotes = await stored();
    expect((quotes.find((quote) => quote.reference === reference)!.request as { phone: string }).phone).to.equal('+4915199999999');
    expect((quotes.find((quote) => quote.reference === first)!.request as { phone: string }).phone).to.equal('+4915123456789');
    frame.contentWindow!.sessionStorage.clear();
    frame.remove();
  });

  it('reload mid-send and send the same answers again: stored once', async () => {
    const { frame, form: fresh } = await draftFrame();
    let form = fresh;
    await toReview(form);
    const before = (await stored()).length;
    const first = await sendAndReload(frame, form);
    form = await frameForm(frame);
    form.minFillMs = 0;
    await consentAll(form); // consents are given afresh
    await submitStep(form);
    const success = new Promise<string>((resolve) => form.addEventListener('mq-success', (event) => resolve(event.detail.reference), { once: true }));
    await submitStep(form);
    expect(await success, 'the first request’s reference').to.equal(first);
    expect((await stored()).length).to.equal(before + 1);
    frame.contentWindow!.sessionStorage.clear();
    frame.remove();
  });
});
