/** Step 2, how to reach the patient: where they live, their name, email and phone, and how they prefer to hear back. */
import { html, type TemplateResult } from 'lit';
import { regionName } from '../../core/format.js';
import { ltr } from '../../core/isolate.js';
import { radioGroup, selectField, textField } from '../controls.js';
import { CALLING_CODES, countries } from '../countries.js';
import type { QuoteFlow } from '../flow.js';
import { CHANNELS } from '../form-state.js';

/** A country list: every country, or only the one chosen until the form wants them all (see QuoteFlow.allCountries). */
function countryChoices({ allCountries, lang }: QuoteFlow, chosen: string, name = (_code: string, country: string) => country): [string, string][] {
  const list = allCountries ? countries(lang) : chosen ? [{ code: chosen, name: regionName(lang, chosen) }] : [];
  return list.map((country) => [country.code, name(country.code, country.name)]);
}

export function contactStep(flow: QuoteFlow): TemplateResult {
  const { t, values } = flow;
  return html`
    ${selectField(flow, 'residence', t('residence'), countryChoices(flow, values.residence), t('chooseCountry'))}
    <div class="row pair">
      ${textField(flow, 'name', t('name'), { autocomplete: 'name', maxlength: 120 })}
      ${textField(flow, 'email', t('email'), { type: 'email', autocomplete: 'email', maxlength: 254 })}
    </div>
    <fieldset class="group" part="field">
      <legend>${t('phone')}</legend>
      <div class="row phone">
        ${selectField(flow, 'phoneCountry', t('phoneCountry'), countryChoices(flow, values.phoneCountry, (code, name) => `${name} (${ltr(`+${CALLING_CODES.get(code)}`)})`), t('chooseCountry'))}
        ${textField(flow, 'phoneNational', t('phoneNumber'), { type: 'tel', autocomplete: 'tel-national', hint: t('phoneHint'), maxlength: 25 })}
      </div>
    </fieldset>
    ${radioGroup(flow, 'channel', t('channel'), Object.entries(CHANNELS).map(([channel, key]) => [channel, t(key)]))}`;
}
