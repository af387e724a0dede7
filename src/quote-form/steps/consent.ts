/** Step 4, the consents: each box unticked until the patient ticks it, its words recorded with the request. */
import { html, type TemplateResult } from 'lit';
import { safeUrl } from '../../core/data.js';
import { consentBox } from '../controls.js';
import type { QuoteFlow } from '../flow.js';
import { consentTexts } from '../words.js';

export function consentStep(flow: QuoteFlow): TemplateResult {
  const texts = consentTexts(flow);
  const privacy = html`<a href=${safeUrl(flow.host.privacyUrl)!.href} target="_blank" rel="noopener noreferrer">${flow.t('privacyLink')}</a>`;
  return html`${consentBox(flow, 'privacy', texts.privacy, privacy)}
    ${consentBox(flow, 'transfer', texts.transfer)}
    ${consentBox(flow, 'marketing', texts.marketing)}
    <p class="note">${flow.t('withdraw')}</p>`;
}
