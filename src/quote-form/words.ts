/** What the quote form says about the answers and the request, in the patient's language, and how it keeps partner and patient text in order. */
import { list, numberFormat, placeName } from '../core/format.js';
import { isolate } from '../core/isolate.js';
import { CHANNELS, type Consent } from './form-state.js';
import type { QuoteFlow } from './flow.js';

export const treatmentName = ({ host, data }: QuoteFlow): string => host.treatment?.trim() || data.treatment;

export const channelName = ({ t, values }: QuoteFlow): string => t(CHANNELS[values.channel || 'email']);

const VIA = { email: 'viaEmail', phone: 'viaPhone', whatsapp: 'viaWhatsapp' } as const;
/** "by email", "on WhatsApp": the channel inside a sentence. */
export const channelWords = ({ t, values }: QuoteFlow): string => t(VIA[values.channel || 'email']);

/** A destination's name, as the patient sees it (and as the transfer consent names it). */
export function destinationName({ data, offered, lang }: QuoteFlow, id: string): string {
  const option = data.destinations.find((candidate) => candidate.id === id) ?? offered.find((offer) => offer.id === id);
  return option ? placeName(lang, option) : id;
}

/**
 * The words of each consent as shown, the destinations in isolates (see core/isolate.ts); recorded
 * with the request as plain text when ticked (controls.ts).
 */
export function consentTexts(flow: QuoteFlow): Record<Consent, string> {
  const { t, values } = flow;
  const places = values.destinations.map((id) => isolate(destinationName(flow, id)));
  if (values.openToSuggestions || !places.length) places.push(t('transferAnywhere'));
  return {
    privacy: t('privacyConsent'),
    health: t('healthConsent'),
    transfer: t('transferConsent', { destinations: list(flow.lang, places) }),
    marketing: t('marketingConsent'),
  };
}

/** What the form says about the request on its way, or its failure; an upload's share in steps of `step` percent. */
export function statusText({ t, delivery, lang }: QuoteFlow, step = 1): string {
  const { phase } = delivery;
  if (phase === 'offline') return t('offline');
  if (phase === 'waiting') return delivery.status ? t('retryingBusy', { seconds: delivery.seconds, status: delivery.status }) : t('retrying', { seconds: delivery.seconds });
  if (phase === 'failed') return delivery.result.kind === 'rejected' ? t('errorRejected', { status: delivery.result.status ?? '' }) : t('errorSend');
  if (phase !== 'sending' && phase !== 'host') return '';
  const percent = phase === 'sending' ? Math.floor(((delivery.progress ?? 0) * 100) / step) * step : 0;
  return `${t('sending')}${percent ? ` ${numberFormat(lang, { style: 'percent' }).format(percent / 100)}` : ''}`;
}
