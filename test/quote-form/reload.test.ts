import { expect } from '@open-wc/testing';
import type { MqQuoteForm } from '../../src/quote-form/quote-form.js';
import { until } from '../helpers.js';
import { fillContact, stepTitle, submitStep } from './form-helpers.js';

/** The form in a frame that really reloads, as a patient's tab would. */
async function frameForm(frame: HTMLIFrameElement): Promise<MqQuoteForm> {
  await until(() => !!frame.contentDocument?.querySelector('mq-quote-form')?.shadowRoot?.querySelector('[part="step-title"]'), 5000, 'the form in the frame');
  return frame.contentDocument!.querySelector<MqQuoteForm>('mq-quote-form')!;
}

describe('mq-quote-form across a real page reload', () => {
  it('restores the step-1 answers and the step, but no consent', async () => {
    const frame = Object.assign(document.createElement('iframe'), { src: '/test/pages/quote-draft.html' });
    document.body.append(frame);
    frame.contentWindow!.sessionStorage.clear();
    let form = await frameForm(frame);
    await fillContact(form);
    await submitStep(form); // on to the health step
    await submitStep(form); // skip it: on to the consents
    expect(stepTitle(form)).to.contain('Step 3');
    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await reloaded;
    form = await frameForm(frame);
    expect(stepTitle(form)).to.contain('Step 3');
    expect(form.shadowRoot!.querySelectorAll('input[type="checkbox"]:checked')).to.have.length(0);
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click(); // Back
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click(); // Back
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal('Ada Patient');
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#phoneNational')!.value).to.equal('0151 23456789');
    expect(form.shadowRoot!.querySelector<HTMLSelectElement>('#timeframe')!.value).to.equal('flexible');
    frame.contentWindow!.sessionStorage.clear();
    frame.remove();
  });
});
