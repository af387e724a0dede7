/** What the quote form says about the answers and the request, in the patient's language, and how it keeps partner and patient text in order. */
import { list, numberFormat, placeName } from '../core/format.js';
import { CHANNELS, type Consent } from './form-state.js';
import type { QuoteFlow } from './flow.js';

/** Wraps text in a left-to-right isolate, so "+49 151…" keeps its order inside right-to-left text. */
export const ltr = (text: string) => `\u2066${text}\u2069`;

export const treatmentName = ({ host, data }: QuoteFlow): string => host.treatment?.trim() || data.treatment;

export const channelName = ({ t, values }: QuoteFlow): string => t(CHANNELS[values.channel || 'email']);

/** A destination's name, as the patient sees it (and as the transfer consent names it). */
export function destinationName({ data, offered, lang }: QuoteFlow, id: string): string {
  const option = data.destinations.find((candidate) => candidate.id === id) ?? offered.find((offer) => offer.id === id);
  return option ? placeName(lang, option) : id;
}

/** The words of each consent: shown, and recorded with the request. */
export function consentTexts(flow: QuoteFlow): Record<Consent, string> {
  const { t, values } = flow;
  const places = values.destinations.map((id) => destinationName(flow, id));
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
  if (phase === 'waiting') return t('retrying', { seconds: delivery.seconds, attempt: delivery.attempt + 1 });
  if (phase === 'failed') return delivery.result.kind === 'rejected' ? t('errorRejected', { status: delivery.result.status ?? '' }) : t('errorSend');
  if (phase !== 'sending' && phase !== 'host') return '';
  const percent = phase === 'sending' ? Math.floor(((delivery.progress ?? 0) * 100) / step) * step : 0;
  return `${t('sending')}${percent ? ` ${numberFormat(lang, { style: 'percent' }).format(percent / 100)}` : ''}`;
}
