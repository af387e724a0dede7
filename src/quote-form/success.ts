/** The screen after sending: a check mark, the reference large with a Copy button, what happens next (with the partner's response time), and what was sent. */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../core/heading.js';
import { isolate, isolated } from '../core/isolate.js';
import type { QuoteFlow } from './flow.js';
import { answerList } from './steps/review.js';
import { channelWords } from './words.js';

export interface SuccessView {
  reference: string;
  headingLevel: unknown;
  /** The partner's `response-time`, or the default. */
  responseTime: string;
  /** The reference was copied: the Copy button says so. */
  copied: boolean;
  copy(): void;
}

export function successScreen(flow: QuoteFlow, view: SuccessView): TemplateResult {
  const { t } = flow;
  const { reference, headingLevel } = view;
  return html`<div class="success" part="success">
    <svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="11" /><path d="m7 12 3 3 7-7" /></svg>
    ${heading(headingLevel, t('sentTitle'), 'title')}
    ${reference
      ? html`<div class="reference-row">${t('reference')}<p class="reference" part="reference"><bdi>${reference}</bdi></p>
          <button type="button" class="secondary" part="button" @click=${view.copy}>${t(view.copied ? 'copied' : 'copy')}</button></div>`
      : nothing}
    ${heading(headingLevel, t('nextTitle'), 'section-title', 1)}
    <p>${isolated(t('nextSteps', { time: isolate(view.responseTime), channel: channelWords(flow) }))}</p>
    ${heading(headingLevel, t('sentSummary'), 'section-title', 1)}
    ${answerList(flow)}
  </div>`;
}
