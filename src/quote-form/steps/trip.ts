/** Step 1, the trip: where, when, the budget, and for whom. */
import { html, type TemplateResult } from 'lit';
import { monthYear } from '../../core/format.js';
import { choiceGroup, radioGroup, selectField, textField } from '../controls.js';
import type { QuoteFlow } from '../flow.js';
import { month } from '../prefill.js';
import { destinationName, treatmentName } from '../words.js';

export function tripStep(flow: QuoteFlow): TemplateResult {
  const { t, values, lang } = flow;
  const timeframes = Array.from({ length: 12 }, (_, i): [string, string] => {
    const id = month(i + 1);
    return [id, monthYear(lang, new Date(`${id}-01T12:00:00`))];
  });
  const toggle = (id: string, on: boolean) => {
    const chosen = flow.values.destinations.filter((d) => d !== id);
    flow.change({ destinations: on ? [...chosen, id] : chosen });
  };
  return html`
    <p class="treatment"><span class="label">${t('treatment')}:</span> <bdi>${treatmentName(flow)}</bdi></p>
    ${choiceGroup(
      flow,
      'destinations',
      t('destinations'),
      html`${flow.destinationIds.map(
          (id) => html`<label class="choice"><input type="checkbox" value=${id} .checked=${values.destinations.includes(id)}
            @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)} /><bdi>${destinationName(flow, id)}</bdi></label>`,
        )}
        <label class="choice"><input type="checkbox" .checked=${values.openToSuggestions}
          @change=${(e: Event) => flow.change({ openToSuggestions: (e.target as HTMLInputElement).checked })} />${t('openToSuggestions')}</label>`,
    )}
    ${selectField(flow, 'timeframe', t('timeframe'), [['flexible', t('flexible')], ...timeframes], t('chooseMonth'))}
    <fieldset class="group" part="field">
      <legend>${t('budget')}</legend>
      <div class="row pair">
        ${textField(flow, 'budgetAmount', t('budgetAmount'), { type: 'number' })}
        ${selectField(flow, 'budgetCurrency', t('currency'), (flow.data.currencies ?? ['USD']).map((code): [string, string] => [code, code]))}
      </div>
    </fieldset>
    ${radioGroup(flow, 'forSelf', t('forWhom'), [['self', t('forSelf')], ['other', t('forOther')]])}
    <div class="sr-only" aria-hidden="true">
      <label for="website">${t('website')}</label>
      <input id="website" tabindex="-1" autocomplete="off" .value=${values.website}
        @input=${(e: Event) => flow.change({ website: (e.target as HTMLInputElement).value })} />
    </div>`;
}
