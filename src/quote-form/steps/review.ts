/** The last step: the answers to check, each with a way back to it, then Send and how sending goes. */
import { html, nothing, type TemplateResult } from 'lit';
import { list, money, moneyRange, monthYear, regionName } from '../../core/format.js';
import { toE164 } from '../countries.js';
import { stepOf, type Label, type QuoteFlow } from '../flow.js';
import type { Field } from '../form-state.js';
import type { TripEstimateSummary } from '../../schema/estimate.js';
import { channelName, destinationName, ltr, statusText, treatmentName } from '../words.js';

export function reviewStep(flow: QuoteFlow): TemplateResult {
  const { t, values, lang } = flow;
  const places = values.destinations.map((id) => destinationName(flow, id));
  if (values.openToSuggestions) places.push(t('openToSuggestions'));
  const estimate = values.estimate && values.destinations.includes(values.estimate.destination) ? values.estimate : null;
  const timeframe = values.timeframe === 'flexible' ? t('flexible') : monthYear(lang, new Date(`${values.timeframe}-01T12:00:00`));
  // What the patient answered, and the field whose step "Change" goes back to.
  const rows: [Label, string, Field][] = [
    ['treatment', treatmentName(flow), 'destinations'],
    ['destinations', list(lang, places), 'destinations'],
    ['timeframe', timeframe, 'timeframe'],
    ['budget', values.budgetAmount ? money(lang, Number(values.budgetAmount), values.budgetCurrency) : t('none'), 'budgetAmount'],
    ['residence', regionName(lang, values.residence), 'residence'],
    ['forWhom', t(values.forSelf === 'self' ? 'forSelf' : 'forOther'), 'forSelf'],
    ['name', values.name, 'name'],
    ['email', values.email, 'email'],
    ['phone', ltr(toE164(values.phoneCountry, values.phoneNational)), 'phoneNational'],
    ['channel', channelName(flow), 'channel'],
    ...(estimate ? [['tripEstimate', tripEstimateText(flow, estimate), 'destinations'] as [Label, string, Field]] : []),
    ['stepHealth', values.healthConsent ? t('healthShared', { count: flow.photos.length }) : t('no'), 'healthConsent'],
  ];
  const status = statusText(flow);
  return html`<p>${t('review')}</p>
    <dl class="review">
      ${rows.map(
        ([label, value, field]) => html`<div class="review-row"><dt>${t(label)}</dt><dd>${value}</dd>
          <dd><button type="button" class="secondary" part="button" ?disabled=${flow.busy} aria-label=${`${t('edit')}: ${t(label)}`}
            @click=${() => flow.goTo(stepOf(flow.steps, [field]))}>${t('edit')}</button></dd></div>`,
      )}
    </dl>
    <p class="note">${t('free')}</p>
    ${status ? html`<p class=${flow.delivery.phase === 'failed' ? 'field-error' : 'progress'} part="progress">${status}</p>` : nothing}`;
}

/** "$5,324–$15,962 (Mexico / Colombia), example travel figures": what the clinic will see. */
function tripEstimateText(flow: QuoteFlow, { destination, low, high, currency, basis }: TripEstimateSummary): string {
  const range = high === null ? flow.t('fromPrice', { price: moneyRange(flow.lang, low, null, currency) }) : moneyRange(flow.lang, low, high, currency);
  return flow.t(basis.examples ? 'tripEstimateExamples' : 'tripEstimateFor', { range, destination: destinationName(flow, destination) });
}
