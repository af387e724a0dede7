/** Step 1, the request and how to reach the patient. */
import { html, type TemplateResult } from 'lit';
import { monthYear, regionName } from '../../core/format.js';
import { choiceGroup, radioGroup, selectField, textField } from '../controls.js';
import { CALLING_CODES, countries } from '../countries.js';
import type { QuoteFlow } from '../flow.js';
import { CHANNELS } from '../form-state.js';
import { destinationName, ltr, treatmentName } from '../words.js';

/** A country list: every country, or only the one chosen until the form wants them all (see QuoteFlow.allCountries). */
function countryChoices({ allCountries, lang }: QuoteFlow, chosen: string, name = (_code: string, country: string) => country): [string, string][] {
  const list = allCountries ? countries(lang) : chosen ? [{ code: chosen, name: regionName(lang, chosen) }] : [];
  return list.map((country) => [country.code, name(country.code, country.name)]);
}

export function contactStep(flow: QuoteFlow): TemplateResult {
  const { t, values, lang } = flow;
  const now = new Date();
  const months = Array.from({ length: 12 }, (_, i) => new Date(now.getFullYear(), now.getMonth() + 1 + i, 1));
  const timeframes = months.map((d): [string, string] => [`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`, monthYear(lang, d)]);
  const toggle = (id: string, on: boolean) => {
    const chosen = flow.values.destinations.filter((d) => d !== id);
    flow.change({ destinations: on ? [...chosen, id] : chosen });
  };
  return html`
    <p class="treatment"><span class="label">${t('treatment')}:</span> ${treatmentName(flow)}</p>
    ${choiceGroup(
      flow,
      'destinations',
      t('destinations'),
      html`${flow.destinationIds.map(
          (id) => html`<label class="choice"><input type="checkbox" .checked=${values.destinations.includes(id)}
            @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)} />${destinationName(flow, id)}</label>`,
        )}
        <label class="choice"><input type="checkbox" .checked=${values.openToSuggestions}
          @change=${(e: Event) => flow.change({ openToSuggestions: (e.target as HTMLInputElement).checked })} />${t('openToSuggestions')}</label>`,
    )}
    ${selectField(flow, 'timeframe', t('timeframe'), [['flexible', t('flexible')], ...timeframes], t('chooseMonth'))}
    <fieldset class="group budget" part="field">
      <legend>${t('budget')}</legend>
      <div class="row">
        ${textField(flow, 'budgetAmount', t('budgetAmount'), { type: 'number' })}
        ${selectField(flow, 'budgetCurrency', t('currency'), (flow.data.currencies ?? ['USD']).map((code): [string, string] => [code, code]))}
      </div>
    </fieldset>
    ${selectField(flow, 'residence', t('residence'), countryChoices(flow, values.residence), t('chooseCountry'))}
    ${radioGroup(flow, 'forSelf', t('forWhom'), [['self', t('forSelf')], ['other', t('forOther')]])}
    ${textField(flow, 'name', t('name'), { autocomplete: 'name', maxlength: 120 })}
    ${textField(flow, 'email', t('email'), { type: 'email', autocomplete: 'email', maxlength: 254 })}
    <fieldset class="group" part="field">
      <legend>${t('phone')}</legend>
      <div class="row phone">
        ${selectField(flow, 'phoneCountry', t('phoneCountry'), countryChoices(flow, values.phoneCountry, (code, name) => `${name} (${ltr(`+${CALLING_CODES.get(code)}`)})`), t('chooseCountry'))}
        ${textField(flow, 'phoneNational', t('phone'), { type: 'tel', autocomplete: 'tel-national', hint: t('phoneHint'), maxlength: 25 })}
      </div>
    </fieldset>
    ${radioGroup(flow, 'channel', t('channel'), Object.entries(CHANNELS).map(([channel, key]) => [channel, t(key)]))}
    <div class="trap" aria-hidden="true">
      <label for="website">${t('website')}</label>
      <input id="website" tabindex="-1" autocomplete="off" .value=${values.website}
        @input=${(e: Event) => flow.change({ website: (e.target as HTMLInputElement).value })} />
    </div>`;
}
