/** Step 3, optional: health details and photos, shown only once their own consent is given. */
import { html, nothing, type TemplateResult } from 'lit';
import { consentBox, describedBy, invalid, labelled, selectField, textField } from '../controls.js';
import type { QuoteFlow } from '../flow.js';
import { MAX_PHOTOS, photoField } from '../photos.js';

export function healthStep(flow: QuoteFlow): TemplateResult {
  const { t, values } = flow;
  return html`<p>${t('healthIntro')}</p>
    ${consentBox(flow, 'health', t('healthConsent'))}
    ${values.healthConsent
      ? html`${selectField(
            flow,
            'scarType',
            t('scarType'),
            [['atrophic', t('scarAtrophic')], ['hypertrophic', t('scarHypertrophic')], ['keloid', t('scarKeloid')], ['burn', t('scarBurn')], ['other', t('scarOther')], ['unsure', t('notSure')]],
            t('choose'),
          )}
          ${textField(flow, 'location', t('location'))}
          ${selectField(flow, 'scarAge', t('scarAge'), [['under-1', t('ageUnder1')], ['1-5', t('age1to5')], ['over-5', t('ageOver5')], ['unsure', t('notSure')]], t('choose'))}
          ${textField(flow, 'previousTreatments', t('previousTreatments'), { maxlength: 500 })}
          ${labelled(
            flow,
            'notes',
            t('notes'),
            html`<textarea id="notes" part="input" rows="4" .value=${values.notes} aria-invalid=${invalid(flow, 'notes')} aria-describedby=${describedBy(flow, 'notes', true)!}
                @input=${(e: Event) => flow.change({ notes: (e.target as HTMLTextAreaElement).value })} @blur=${() => flow.leave('notes')}></textarea>
              <p class="note" id="notes-hint">${t('charactersLeft', { count: 1000 - values.notes.length })}</p>`,
          )}
          ${photoField(flow, {
            label: t('photos'),
            add: t('addPhotos'),
            held: t('photosHeld', { count: flow.photos.length, max: MAX_PHOTOS }),
            remove: t('remove'),
            removeLabel: (name) => t('removePhoto', { name }),
          })}`
      : nothing}`;
}
