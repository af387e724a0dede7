import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/quote-form/define.js';
import '../../src/trip-estimator/define.js';
import type { MqQuoteForm } from '../../src/quote-form/quote-form.js';
import type { MqTripEstimator } from '../../src/trip-estimator/trip-estimator.js';
import { quoteRequest, type QuoteRequest } from '../../src/schema/quote-request.js';
import { validate } from '../../src/schema/validate.js';
import { text } from '../helpers.js';
import { choose, stored, submitStep, toReview } from './form-helpers.js';

async function page(): Promise<{ estimator: MqTripEstimator; form: MqQuoteForm }> {
  sessionStorage.clear();
  const root = await fixture(html`<div>
    <mq-trip-estimator companion nights="5"></mq-trip-estimator>
    <mq-quote-form endpoint="/api/quotes" privacy-url="https://clinic.example/privacy"></mq-quote-form>
  </div>`);
  const form = root.querySelector<MqQuoteForm>('mq-quote-form')!;
  Object.assign(form, { minFillMs: 0, retryBaseMs: 50 });
  const estimator = root.querySelector<MqTripEstimator>('mq-trip-estimator')!;
  await Promise.all([form.updateComplete, estimator.updateComplete]);
  return { estimator, form };
}

async function requestQuote(estimator: MqTripEstimator, destination: string) {
  const selected = oneEvent(estimator, 'mq-select');
  estimator.shadowRoot!.querySelector<HTMLButtonElement>(`[data-id="${destination}"] [part="quote-button"]`)!.click();
  return (await selected).detail;
}

describe('a trip estimate attached to a quote request', () => {
  it('delivers the estimate chosen with "Request a quote", shown on the review and valid on both sides', async () => {
    const { estimator, form } = await page();
    const detail = await requestQuote(estimator, 'india-malaysia');
    await form.updateComplete;
    expect(detail.estimate!.destination).to.equal('india-malaysia');
    await toReview(form, undefined, { destinations: [] });
    const row = [...form.shadowRoot!.querySelectorAll('.review-row')].find((r) => r.querySelector('dt')?.textContent === 'Your trip estimate');
    expect(row, 'the review shows the estimate').to.not.equal(undefined);
    expect(text(row!.querySelector('dd')!)).to.contain('(travel and stay from example figures)');
    const success = oneEvent(form, 'mq-success');
    await submitStep(form);
    const { reference } = (await success).detail;
    const request = (await stored()).find((quote) => quote.reference === reference)!.request as unknown as QuoteRequest;
    expect(request.destinations).to.deep.equal(['india-malaysia']);
    expect(request.estimate).to.deep.equal(detail.estimate);
    expect(validate(quoteRequest, request).ok).to.equal(true);
  });

  it('leaves the estimate out once its destination is unticked, and the schema refuses one for another destination', async () => {
    const { estimator, form } = await page();
    const detail = await requestQuote(estimator, 'india-malaysia');
    await form.updateComplete;
    choose(form, 'India / Malaysia'); // the patient unticks it again
    await toReview(form, undefined, { destinations: ['Mexico / Colombia'] });
    const rows = [...form.shadowRoot!.querySelectorAll('.review-row dt')].map((dt) => dt.textContent);
    expect(rows).to.include('Where would you consider?').and.not.include('Your trip estimate');
    const success = oneEvent(form, 'mq-success');
    await submitStep(form);
    const { reference } = (await success).detail;
    const request = (await stored()).find((quote) => quote.reference === reference)!.request as unknown as QuoteRequest;
    expect(request.destinations).to.deep.equal(['mexico-colombia']);
    expect(request.estimate).to.equal(undefined);
    expect(validate(quoteRequest, { ...request, estimate: detail.estimate }).ok).to.equal(false);
  });
});
