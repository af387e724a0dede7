/** Issue 13: `prefill-from-url` (acceptance 2) and `attribution`. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/quote-form/define.js';
import type { MqQuoteForm } from '../../src/quote-form/quote-form.js';
import { quoteRequest } from '../../src/schema/quote-request.js';
import { validate } from '../../src/schema/validate.js';
import { captureConsole, text } from '../helpers.js';
import { $, choose, setValue, stored, submitStep, toReview } from './form-helpers.js';

const PRIVACY = 'https://clinic.example/privacy';
const ticked = (el: MqQuoteForm) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')).map((input) => input.parentElement!.textContent!.trim());

describe('mq-quote-form prefill and attribution', () => {
  const address = location.pathname + location.search;
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    log = captureConsole();
    sessionStorage.clear();
  });
  afterEach(() => {
    log.restore();
    history.replaceState(null, '', address);
    sessionStorage.clear();
  });

  /** The test page's address with `query` added (the runner's own parameters stay). */
  const visit = (query: string) => history.replaceState(null, '', `${address}&${query}`);

  it('ticks ?mq-destination=turkey-thailand with prefill-from-url, and takes nothing from the address without it', async () => {
    visit('mq-destination=turkey-thailand&mq-name=Eve%20Mallory&mq-email=eve%40example.org');
    const without = await fixture<MqQuoteForm>(html`<mq-quote-form endpoint="/api/quotes" privacy-url=${PRIVACY}></mq-quote-form>`);
    expect(ticked(without)).to.deep.equal([]);
    expect(log.calls.warn).to.deep.equal([]);
    sessionStorage.clear();
    const el = await fixture<MqQuoteForm>(html`<mq-quote-form endpoint="/api/quotes" privacy-url=${PRIVACY} prefill-from-url></mq-quote-form>`);
    expect(ticked(el)).to.deep.equal(['Türkiye / Thailand']);
    setValue(el, 'timeframe', 'flexible');
    choose(el, 'Me');
    await submitStep(el); // on to how to reach the patient
    expect($<HTMLInputElement>(el, '#name').value, 'a name in the address is never used').to.equal('');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('');
    expect(log.calls.warn.join('\n')).to.contain('mq-name="Eve Mallory" in the page address is ignored').and.contain('mq-email');
  });

  it('presets the other fields a partner may preset, each checked like an answer; a bad value warns, naming it, and is ignored', async () => {
    const month = new Date(new Date().getFullYear(), new Date().getMonth() + 2, 1);
    const when = `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}`;
    visit(`mq-destination=india-malaysia,mexico-colombia&mq-treatment=Acne%20scars&mq-timeframe=${when}&mq-budget=4500&mq-currency=EUR&mq-residence=DE`);
    const el = await fixture<MqQuoteForm>(html`<mq-quote-form endpoint="/api/quotes" privacy-url=${PRIVACY} prefill-from-url></mq-quote-form>`);
    expect(ticked(el)).to.deep.equal(['Mexico / Colombia', 'India / Malaysia']);
    expect(text($(el, '.treatment'))).to.equal('Treatment: Acne scars');
    expect($<HTMLSelectElement>(el, '#timeframe').value).to.equal(when);
    expect($<HTMLInputElement>(el, '#budgetAmount').value).to.equal('4500');
    expect($<HTMLSelectElement>(el, '#budgetCurrency').value).to.equal('EUR');
    choose(el, 'Me');
    await submitStep(el); // on to how to reach the patient
    expect($<HTMLSelectElement>(el, '#residence').value).to.equal('DE');
    expect($<HTMLSelectElement>(el, '#phoneCountry').value, 'the calling code follows').to.equal('DE');
    expect(log.calls.warn).to.deep.equal([]);

    sessionStorage.clear();
    visit('mq-destination=atlantis&mq-treatment=%E2%80%AEevil&mq-timeframe=1999-01&mq-budget=-5&mq-currency=XXX&mq-residence=ZZ&mq-notes=hi');
    // A draft of its own, apart from the first form's.
    const bad = await fixture<MqQuoteForm>(html`<mq-quote-form endpoint="/api/quotes?bad" privacy-url=${PRIVACY} prefill-from-url></mq-quote-form>`);
    expect(ticked(bad)).to.deep.equal([]);
    expect(text($(bad, '.treatment'))).to.equal('Treatment: Stem cell therapy for scars');
    expect($<HTMLSelectElement>(bad, '#timeframe').value).to.equal('');
    expect($<HTMLInputElement>(bad, '#budgetAmount').value).to.equal('');
    const warnings = log.calls.warn.join('\n');
    for (const key of ['mq-destination="atlantis"', 'mq-treatment', 'mq-timeframe="1999-01"', 'mq-budget="-5"', 'mq-currency="XXX"', 'mq-residence="ZZ"', 'mq-notes="hi"']) expect(warnings).to.contain(key);
    expect(log.calls.warn).to.have.length(7);
  });

  it('with attribution, sends the page’s path without its query and only the referrer’s origin; the intake stores them', async function () {
    this.timeout(10000);
    visit('utm_source=newsletter&secret=1');
    const el = await fixture<MqQuoteForm>(html`<mq-quote-form endpoint="/api/quotes" privacy-url=${PRIVACY} source="blog" utm attribution></mq-quote-form>`);
    Object.assign(el, { minFillMs: 0 });
    const submitted = oneEvent(el, 'mq-submit');
    await toReview(el);
    await submitStep(el);
    const { request } = (await submitted).detail;
    const referrer = document.referrer ? new URL(document.referrer).origin : undefined;
    expect(request.attribution).to.deep.equal(JSON.parse(JSON.stringify({ source: 'blog', utm: { utm_source: 'newsletter' }, page: location.pathname, referrer })));
    const { reference } = (await oneEvent(el, 'mq-success')).detail;
    const kept = (await stored()).find((quote) => quote.reference === reference)!.request as typeof request;
    expect(kept.attribution).to.deep.equal(request.attribution);
  });

  it('the schema takes a path and an origin only, on one line', () => {
    const base = { treatment: 'x', destinations: ['a'], openToSuggestions: false, timeframe: 'flexible', residence: 'DE', forSelf: true, name: 'Ada Patient', email: 'ada@example.org', phone: '+4915123456789', channel: 'email', consents: { privacy: { text: 'x', at: '2026-11-27T14:03:00.000Z', url: 'https://a.example/p' }, transfer: { text: 'x', at: '2026-11-27T14:03:00.000Z' } }, locale: 'en', fillMs: 5000 };
    const ok = (attribution: object) => validate(quoteRequest, { ...base, attribution }).ok;
    expect(ok({ page: '/stem-cells/prices', referrer: 'https://search.example' })).to.equal(true);
    expect(ok({ page: '/prices?email=a@b.c' })).to.equal(false);
    expect(ok({ page: '/prices#top' })).to.equal(false);
    expect(ok({ page: 'prices' })).to.equal(false);
    expect(ok({ page: '/a\u0000b' })).to.equal(false);
    expect(ok({ page: `/${'a'.repeat(1000)}` })).to.equal(false);
    expect(ok({ referrer: 'https://search.example/results?q=scars' })).to.equal(false);
    expect(ok({ referrer: 'javascript:alert(1)' })).to.equal(false);
    expect(ok({ referrer: 'https://a.example\u202e' })).to.equal(false);
  });
});
