/**
 * Quote-form stories that open on a later state: answers left as a reload-surviving draft (under
 * the story's own endpoint, so no other story resumes it), and, for states only a server can
 * cause, the form's state set as it would be at that moment.
 */
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Delivery } from '../../src/quote-form/delivery.js';
import type { QuoteFlow } from '../../src/quote-form/flow.js';

const ANSWERS = {
  destinations: ['turkey-thailand'], timeframe: 'flexible', budgetAmount: '6000', budgetCurrency: 'EUR', forSelf: 'self', residence: 'GB',
  name: 'Ada Patient', email: 'ada@example.org', phoneCountry: 'GB', phoneNational: '07911 123456', channel: 'whatsapp',
};

type Form = HTMLElement & { updateComplete: Promise<unknown>; showSuccess(reference: string): void; flow: QuoteFlow };

/** A quote form resuming Ada's answers on `step`, then `then` done to it once it has rendered. */
export function quoteFormAt(story: string, step: string, then?: (form: Form) => void): TemplateResult {
  const endpoint = `/api/quotes?story=${story}`;
  sessionStorage.setItem(`medquote:quote:${new URL(endpoint, location.href).href}`, JSON.stringify({ state: ANSWERS, step, startedAt: Date.now() }));
  return html`<mq-quote-form endpoint=${endpoint} privacy-url="https://clinic.example/privacy" response-time="48 hours"
    ${ref((element) => element && then && void (element as Form).updateComplete.then(() => then(element as Form)))}></mq-quote-form>`;
}

/** On the review, in the middle of sending: `delivery` as the form would hold it. */
export function sending(delivery: Delivery) {
  return (form: Form): void => {
    const { flow } = form;
    flow.step = flow.steps.at(-1)!;
    flow.delivery = delivery;
    flow.rerender();
  };
}
