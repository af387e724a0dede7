/** Pieces of the form around each step: the list of problems above it, and the buttons below it. */
import { html, nothing, type TemplateResult } from 'lit';
import { isolated } from '../core/isolate.js';
import { fieldControl, type QuoteFlow } from './flow.js';

/** The problems that keep the patient on the step, each a link to its field. */
export function errorSummary(flow: QuoteFlow): TemplateResult | typeof nothing {
  const fields = Object.keys(flow.problems) as (keyof typeof flow.problems)[];
  if (!flow.showSummary || !fields.length) return nothing;
  return html`<div class="summary" part="error-summary">
    <p>${flow.t('errorSummary', { count: fields.length })}</p>
    <ul>
      ${fields.map(
        (field) => html`<li><a href=${`#${field}`} @click=${(e: Event) => {
          e.preventDefault();
          flow.host.renderRoot.querySelector<HTMLElement>(fieldControl(field))?.focus();
        }}>${isolated(flow.problem(field)!)}</a></li>`,
      )}
    </ul>
  </div>`;
}

/**
 * Back (or "Stop trying" while waiting to retry), and Continue, Skip, "Back to review", Send,
 * "Try now" or "Try again". Never disabled while busy (aria-disabled instead): a disabled button
 * loses focus, and focus would drop to the page's body while sending.
 */
export function actions(flow: QuoteFlow, last: boolean): TemplateResult {
  const { delivery, busy, step, steps, t } = flow;
  const waiting = delivery.phase === 'waiting';
  const primary = waiting ? 'tryNow' : last ? (delivery.phase === 'failed' ? 'tryAgain' : 'send') : flow.reviewing ? 'backToReview' : step.skip?.(flow.values) ? 'skip' : 'continue';
  return html`<div class="actions">
    ${steps.indexOf(step) > 0
      ? html`<button type="button" class="secondary" part="button" aria-disabled=${busy && !waiting} @click=${() => (waiting ? flow.retry?.stop() : busy || flow.back())}>
          ${t(waiting ? 'stopTrying' : 'back')}
        </button>`
      : nothing}
    <button type=${waiting ? 'button' : 'submit'} class="action" part="primary-button" aria-disabled=${busy && !waiting} @click=${() => waiting && flow.retry?.now()}>
      ${t(primary)}
    </button>
  </div>`;
}
