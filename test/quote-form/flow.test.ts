/**
 * The quote flow as data: a step added to the table, in the test alone, shows, is checked,
 * numbered, walked back and forth, resumed after a reload, and sends what it asked.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/quote-form/define.js';
import { textField } from '../../src/quote-form/controls.js';
import { stepOf, type Step } from '../../src/quote-form/flow.js';
import { MqQuoteForm } from '../../src/quote-form/quote-form.js';
import { STEPS } from '../../src/quote-form/steps.js';
import { text } from '../helpers.js';
import { $, consentAll, fillContact, setValue, stepTitle, submitStep } from './form-helpers.js';

/** A step the form does not have: the budget asked again, required, after the consents. */
const budgetStep: Step = {
  id: 'budget',
  title: 'budget',
  fields: ['budgetAmount'],
  check: (values) => ({ budgetAmount: !(Number(values.budgetAmount) > 0) && 'errorBudget' }),
  render: (flow) => html`<div class="budget-step">${textField(flow, 'budgetAmount', flow.t('budgetAmount'), { type: 'number' })}</div>`,
};
const SIX_STEPS = [...STEPS.slice(0, 4), budgetStep, ...STEPS.slice(4)];

class SixStepForm extends MqQuoteForm {
  protected override get steps(): readonly Step[] {
    return SIX_STEPS;
  }
}
customElements.define('test-six-step-form', SixStepForm);

async function form(): Promise<SixStepForm> {
  const el = await fixture<SixStepForm>(html`<test-six-step-form endpoint="/api/quotes" privacy-url="https://clinic.example/privacy"></test-six-step-form>`);
  el.minFillMs = 0;
  return el;
}

/** Steps 1 and 2, a skipped step 3, the consents: on to the added step 5. */
async function toBudget(el: SixStepForm): Promise<void> {
  await fillContact(el);
  await submitStep(el);
  await submitStep(el);
  await consentAll(el);
  await submitStep(el);
}

describe('mq-quote-form steps table', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('finds the step that shows a field in any table', () => {
    expect(stepOf(SIX_STEPS, ['budgetAmount']).id, 'step 1 shows the budget first').to.equal('trip');
    expect(stepOf(SIX_STEPS.slice(1), ['budgetAmount']).id).to.equal('budget');
    expect(stepOf(SIX_STEPS, []).id).to.equal('review');
  });

  it('shows, numbers and checks a step added to the table, and sends what it asked', async () => {
    const el = await form();
    expect(stepTitle(el)).to.equal('Step 1 of 6: Your trip');
    await toBudget(el);
    expect(stepTitle(el)).to.equal('Step 5 of 6: Budget (optional)');
    expect(el.shadowRoot!.querySelector('.budget-step #budgetAmount')).to.not.equal(null);
    await submitStep(el);
    expect(stepTitle(el), 'its check keeps the patient here').to.equal('Step 5 of 6: Budget (optional)');
    expect(text($(el, '[part="error-summary"]'))).to.equal('Please correct 1 problem: Enter the budget as a number, or leave it empty.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#budgetAmount'));
    $<HTMLButtonElement>(el, '[part="button"]').click(); // Back
    await el.updateComplete;
    expect(stepTitle(el)).to.equal('Step 4 of 6: Your consent');
    await submitStep(el);
    setValue(el, 'budgetAmount', '2500');
    await submitStep(el);
    expect(stepTitle(el)).to.equal('Step 6 of 6: Check and send');
    expect(text($(el, '[part="primary-button"]'))).to.equal('Send my request');
    const submitted = oneEvent(el, 'mq-submit');
    const success = oneEvent(el, 'mq-success');
    await submitStep(el);
    expect((await submitted).detail.request.budget).to.deep.equal({ amount: 2500, currency: 'USD' });
    await success;
  });

  it('resumes a draft left on a step after the consents at the consents, which are given afresh', async () => {
    const first = await form();
    await toBudget(first);
    expect(stepTitle(first)).to.contain('Step 5 of 6');
    first.remove();
    const again = await form();
    expect(stepTitle(again)).to.equal('Step 4 of 6: Your consent');
    expect(again.shadowRoot!.querySelectorAll('input[type="checkbox"]:checked')).to.have.length(0);
  });
});
