/** The last step: the answers to check, each that can change with a way to its field, then Send and how sending goes. */
import { html, nothing, type TemplateResult } from 'lit';
import { list, money, moneyRange, monthYear, regionName } from '../../core/format.js';
import { isolated, ltr } from '../../core/isolate.js';
import { displayPhone } from '../countries.js';
import type { Label, QuoteFlow } from '../flow.js';
import type { Field } from '../form-state.js';
import type { TripEstimateSummary } from '../../schema/estimate.js';
import { channelName, destinationName, statusText, treatmentName } from '../words.js';

/** What the patient answered (empty for what a page that delivered itself never asked), each with the field "Change" goes to (none for the treatment, which the page sets). */
export function answers(flow: QuoteFlow): [Label, string, Field | null][] {
  const { t, values, lang } = flow;
  const places = values.destinations.map((id) => destinationName(flow, id));
  if (values.openToSuggestions) places.push(t('openToSuggestions'));
  const estimate = values.estimate && values.destinations.includes(values.estimate.destination) ? values.estimate : null;
  const timeframe = values.timeframe === 'flexible' ? t('flexible') : values.timeframe && monthYear(lang, new Date(`${values.timeframe}-01T12:00:00`));
  return [
    ['treatment', treatmentName(flow), null],
    ['destinations', list(lang, places), 'destinations'],
    ['timeframe', timeframe, 'timeframe'],
    ['budget', values.budgetAmount ? money(lang, Number(values.budgetAmount), values.budgetCurrency) : t('none'), 'budgetAmount'],
    ['forWhom', values.forSelf && t(values.forSelf === 'self' ? 'forSelf' : 'forOther'), 'forSelf'],
    ['residence', values.residence && regionName(lang, values.residence), 'residence'],
    ['name', values.name, 'name'],
    ['email', values.email, 'email'],
    ['phone', values.phoneNational && ltr(displayPhone(values.phoneCountry, values.phoneNational)), 'phoneNational'],
    ['channel', values.channel && channelName(flow), 'channel'],
    ...(estimate ? [['tripEstimate', tripEstimateText(flow, estimate), 'destinations'] as [Label, string, Field]] : []),
    ['stepHealth', values.healthConsent ? t('healthShared', { count: flow.photos.length }) : t('no'), 'healthConsent'],
  ];
}

/**
 * The answers as a list (the review, and the success screen's summary) and the "free" note: on the
 * review every answer with its "Change" button, after sending only those given.
 */
export function answerList(flow: QuoteFlow, review = false): TemplateResult {
  const { t } = flow;
  return html`<dl class="review">
      ${answers(flow)
        .filter(([, value]) => review || value)
        .map(
          ([label, value, field]) => html`<div class="review-row"><dt>${t(label)}</dt><dd><bdi>${isolated(value)}</bdi></dd>
            ${review && field
              ? html`<dd><button type="button" class="secondary" part="button" aria-disabled=${flow.busy} aria-label=${`${t('edit')}: ${t(label)}`}
                  @click=${() => flow.busy || flow.edit(field)}>${t('edit')}</button></dd>`
              : nothing}</div>`,
        )}
    </dl>
    <p class="note">${t('free')}</p>`;
}

export function reviewStep(flow: QuoteFlow): TemplateResult {
  const status = statusText(flow);
  return html`<p>${flow.t('review')}</p>
    ${answerList(flow, true)}
    ${status ? html`<p class=${flow.delivery.phase === 'failed' ? 'field-error' : 'progress'} part="progress" tabindex="-1">${status}</p>` : nothing}`;
}

/** "$5,324–$15,962 (Mexico / Colombia), example travel figures": what the clinic will see. */
function tripEstimateText(flow: QuoteFlow, { destination, low, high, currency, basis }: TripEstimateSummary): string {
  const range = high === null ? flow.t('fromPrice', { price: moneyRange(flow.lang, low, null, currency) }) : moneyRange(flow.lang, low, high, currency);
  return flow.t(basis.examples ? 'tripEstimateExamples' : 'tripEstimateFor', { range, destination: destinationName(flow, destination) });
}
