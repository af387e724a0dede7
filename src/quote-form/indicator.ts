/**
 * The step indicator: a segmented bar with each step's name, the current one marked
 * `aria-current="step"`, the steps done checked and reachable (buttons), those ahead not clickable.
 * On a phone only the current step's name shows; the others stay in the accessibility tree.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { QuoteFlow } from './flow.js';

export function stepIndicator(flow: QuoteFlow): TemplateResult {
  const { steps, step, t, busy } = flow;
  const current = steps.indexOf(step);
  return html`<ol class="steps" part="steps" aria-label=${t('steps')}>
    ${steps.map((each, index) => {
      const name = html`<span>${t(each.title)}</span>`;
      if (index >= current) return html`<li aria-current=${index === current ? 'step' : nothing}>${name}</li>`;
      return html`<li class="done"><button type="button" aria-disabled=${busy} @click=${() => busy || flow.goBackTo(each)}>
        <span aria-hidden="true">✓</span>${name}<span class="sr-only">(${t('done')})</span></button></li>`;
    })}
  </ol>`;
}
