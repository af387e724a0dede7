/**
 * What the patient has typed, how each step is checked, and the request built from it. Checks use
 * the shared schema's field rules, so the form never sends what a server with the schema rejects.
 */
import { e164Phone, email, fullName, notes, type QuoteRequest } from '../schema/quote-request.js';
import { toE164 } from './countries.js';
import type { Step } from './step.js';

export interface FormState {
  destinations: string[];
  openToSuggestions: boolean;
  timeframe: string;
  budgetAmount: string;
  budgetCurrency: string;
  residence: string;
  forSelf: '' | 'self' | 'other';
  name: string;
  email: string;
  phoneCountry: string;
  phoneNational: string;
  channel: '' | 'email' | 'phone' | 'whatsapp';
  healthConsent: boolean;
  scarType: string;
  location: string;
  scarAge: string;
  previousTreatments: string;
  notes: string;
  privacy: boolean;
  transfer: boolean;
  marketing: boolean;
  /** A field people do not see: bots fill it in. */
  website: string;
}

export type Field = keyof FormState | 'photos';

export const STEP_ONE_FIELDS = [
  'destinations', 'openToSuggestions', 'timeframe', 'budgetAmount', 'budgetCurrency', 'residence', 'forSelf',
  'name', 'email', 'phoneCountry', 'phoneNational', 'channel',
] as const satisfies readonly (keyof FormState)[];
export const HEALTH_FIELDS = ['healthConsent', 'scarType', 'location', 'scarAge', 'previousTreatments', 'notes'] as const satisfies readonly (keyof FormState)[];

export function emptyState(currency: string, country: string): FormState {
  return {
    destinations: [], openToSuggestions: false, timeframe: '', budgetAmount: '', budgetCurrency: currency, residence: country,
    forSelf: '', name: '', email: '', phoneCountry: country, phoneNational: '', channel: '', healthConsent: false,
    scarType: '', location: '', scarAge: '', previousTreatments: '', notes: '', privacy: false, transfer: false, marketing: false,
    website: '',
  };
}

/** Message keys for the problems of one step's fields; empty when the step is fine. */
export function checkStep(step: 'contact' | 'health' | 'consent', state: FormState): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (step === 'contact') {
    if (!state.destinations.length && !state.openToSuggestions) errors.destinations = 'errorDestinations';
    if (!state.timeframe) errors.timeframe = 'errorTimeframe';
    if (state.budgetAmount && !(Number(state.budgetAmount) > 0)) errors.budgetAmount = 'errorBudget';
    if (!state.residence) errors.residence = 'errorResidence';
    if (!state.forSelf) errors.forSelf = 'errorForSelf';
    if (!fullName.safeParse(state.name.trim()).success) errors.name = 'errorName';
    if (!email.safeParse(state.email.trim()).success) errors.email = 'errorEmail';
    if (!e164Phone.safeParse(toE164(state.phoneCountry, state.phoneNational)).success) errors.phoneNational = 'errorPhone';
    if (!state.channel) errors.channel = 'errorChannel';
  }
  if (step === 'health' && !notes.safeParse(state.notes).success) errors.notes = 'errorNotes';
  if (step === 'consent') {
    if (!state.privacy) errors.privacy = 'errorPrivacy';
    if (!state.transfer) errors.transfer = 'errorTransfer';
  }
  return errors;
}

/** The earliest step that shows one of these fields: where problems a server reported are shown. */
export function stepOf(fields: readonly Field[]): Step {
  const health: readonly string[] = [...HEALTH_FIELDS, 'photos'];
  const consents: readonly string[] = ['privacy', 'transfer', 'marketing'];
  if (fields.some((field) => !health.includes(field) && !consents.includes(field))) return 'contact';
  if (fields.some((field) => health.includes(field))) return 'health';
  return fields.length ? 'consent' : 'review';
}

/** Where a server's error path belongs in the form (`health.notes` → the notes field). */
export function fieldForPath(path: string): Field | null {
  const [head = '', sub = ''] = path.split(/[.[\]]/);
  if (head === 'health') return (HEALTH_FIELDS as readonly string[]).includes(sub) ? (sub as Field) : 'healthConsent';
  const field = head === 'consents' ? (sub === 'health' ? 'healthConsent' : sub) : ({ phone: 'phoneNational', budget: 'budgetAmount' }[head] ?? head);
  return field === 'photos' || field in emptyState('USD', 'US') ? (field as Field) : null;
}

export interface RequestContext {
  treatment: string;
  locale: string;
  photos: File[];
  consents: Partial<Record<'privacy' | 'health' | 'transfer' | 'marketing', { text: string; at: string }>>;
  privacyUrl: string;
  attribution?: QuoteRequest['attribution'];
  captchaToken?: string;
  ticket?: string;
  fillMs: number;
}

const optional = (value: string) => value.trim() || undefined;

export function toRequest(state: FormState, context: RequestContext): QuoteRequest {
  const withHealth = state.healthConsent;
  const health = withHealth
    ? {
        scarType: optional(state.scarType) as NonNullable<QuoteRequest['health']>['scarType'],
        location: optional(state.location),
        scarAge: optional(state.scarAge) as NonNullable<QuoteRequest['health']>['scarAge'],
        previousTreatments: optional(state.previousTreatments),
        notes: optional(state.notes),
      }
    : undefined;
  const photos = withHealth ? context.photos : [];
  const { consents } = context;
  return JSON.parse(
    JSON.stringify({
      treatment: context.treatment,
      destinations: state.destinations,
      openToSuggestions: state.openToSuggestions,
      timeframe: state.timeframe,
      budget: state.budgetAmount ? { amount: Number(state.budgetAmount), currency: state.budgetCurrency } : undefined,
      residence: state.residence,
      forSelf: state.forSelf === 'self',
      name: state.name.trim(),
      email: state.email.trim(),
      phone: toE164(state.phoneCountry, state.phoneNational),
      channel: state.channel,
      health: health && Object.values(health).some(Boolean) ? health : undefined,
      photos: photos.length ? photos.map((photo) => ({ name: photo.name, type: photo.type, size: photo.size })) : undefined,
      consents: {
        privacy: consents.privacy && { ...consents.privacy, url: context.privacyUrl },
        health: withHealth ? consents.health : undefined,
        transfer: consents.transfer,
        marketing: state.marketing ? consents.marketing : undefined,
      },
      attribution: context.attribution,
      locale: context.locale,
      captchaToken: context.captchaToken,
      ticket: context.ticket,
      fillMs: context.fillMs,
    }),
  ) as QuoteRequest; // the JSON round trip drops the undefined keys
}
