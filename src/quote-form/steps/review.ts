/** The last step: the answers to check, each with a way back to it, then Send and how sending goes. */
import { html, nothing, type TemplateResult } from 'lit';
import { list, money, monthYear, regionName } from '../../core/format.js';
import { toE164 } from '../countries.js';
import { stepOf, type Label, type QuoteFlow } from '../flow.js';
import type { Field } from '../form-state.js';
import { channelName, destinationName, ltr, statusText, treatmentName } from '../words.js';

export function reviewStep(flow: QuoteFlow): TemplateResult {
  const { t, values, lang } = flow;
  const places = values.destinations.map((id) => destinationName(flow, id));
  if (values.openToSuggestions) places.push(t('openToSuggestions'));
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
