import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import '../../src/quote-form/define.js';
import type { MqQuoteForm } from '../../src/quote-form/quote-form.js';
import { stepTitle, stored } from './form-helpers.js';

const press = (key: string) => sendKeys({ press: key });

/** Presses Tab until the focused element inside the form matches `test` (at most 40 times). */
async function tabTo(el: MqQuoteForm, test: (element: Element) => boolean, what: string): Promise<Element> {
  for (let i = 0; i < 40; i++) {
    await press('Tab');
    const active = el.shadowRoot!.activeElement;
    if (active && test(active)) return active;
  }
  throw new Error(`Tab never reached ${what}`);
}
const byId = (id: string) => (element: Element) => element.id === id;
const labelled = (text: string) => (element: Element) => (element.closest('label')?.textContent ?? element.textContent ?? '').trim().startsWith(text);

describe('mq-quote-form by keyboard alone', () => {
  afterEach(() => sessionStorage.clear());

  it('completes every step and sends, with axe passing on each', async function () {
    this.timeout(30_000); // some sixty key presses and five axe runs, on two shared cores
    sessionStorage.clear();
    const el = await fixture<MqQuoteForm>(html`<mq-quote-form endpoint="/api/quotes" privacy-url="https://clinic.example/privacy"></mq-quote-form>`);
    el.minFillMs = 0;
    await expect(el).to.be.accessible();

    await tabTo(el, labelled('Mexico / Colombia'), 'the first destination');
    await press('Space');
    await tabTo(el, byId('timeframe'), 'the timeframe');
    await sendKeys({ type: 'I' }); // "I am flexible"
    await tabTo(el, labelled('Me'), 'who the treatment is for');
    await press('Space');
    await tabTo(el, (element) => element.getAttribute('part') === 'primary-button', 'Continue');
    await press('Enter');
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Step 2 of 5: How to reach you');
    await tabTo(el, byId('residence'), 'the country of residence');
    await sendKeys({ type: 'Germany' });
    await tabTo(el, byId('name'), 'the name');
    await sendKeys({ type: 'Ada Patient' });
    await press('Tab');
    await sendKeys({ type: 'ada@example.org' });
    await press('Tab');
    expect(el.shadowRoot!.activeElement?.id).to.equal('phoneCountry');
    expect((el.shadowRoot!.activeElement as HTMLSelectElement).value, 'the calling code follows the country of residence').to.equal('DE');
    await press('Tab');
    await sendKeys({ type: '0151 23456789' });
    await tabTo(el, labelled('Email'), 'the contact channel');
    await press('ArrowRight'); // Phone call
    await press('ArrowRight'); // WhatsApp
    await tabTo(el, (element) => element.getAttribute('part') === 'primary-button', 'Continue');
    await press('Enter');
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Step 3 of 5: Health details (optional)');
    await expect(el).to.be.accessible();

    await tabTo(el, labelled('I agree that the health details'), 'the health consent');
    await press('Space');
    await el.updateComplete;
    await tabTo(el, byId('location'), 'the scar location');
    await sendKeys({ type: 'forehead' });
    await expect(el).to.be.accessible();
    await tabTo(el, (element) => element.getAttribute('part') === 'primary-button', 'Continue');
    await press('Enter');
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Step 4 of 5: Your consent');

    await tabTo(el, labelled('I have read the privacy notice'), 'the privacy consent');
    await press('Space');
    await tabTo(el, labelled('I agree that my request'), 'the transfer consent');
    await press('Space');
    await expect(el).to.be.accessible();
    await tabTo(el, (element) => element.getAttribute('part') === 'primary-button', 'Continue');
    await press('Enter');
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Step 5 of 5: Check and send');
    await expect(el).to.be.accessible();

    const success = oneEvent(el, 'mq-success');
    await tabTo(el, (element) => element.textContent!.trim() === 'Send my request', 'Send');
    await press('Enter');
    const { reference } = (await success).detail;
    const quote = (await stored()).find((candidate) => candidate.reference === reference)!;
    expect(quote.request).to.deep.include({ destinations: ['mexico-colombia'], timeframe: 'flexible', residence: 'DE', phone: '+4915123456789', channel: 'whatsapp' });
    expect(quote.request.health).to.deep.equal({ location: 'forehead' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
