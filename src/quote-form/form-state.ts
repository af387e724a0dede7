/** What the patient has typed, and the request built from it. */
import type { QuoteRequest } from '../schema/quote-request.js';
import type { TripEstimateSummary } from '../schema/estimate.js';
import { CALLING_CODES, toE164 } from './countries.js';

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
  /** The whole-trip estimate a trip estimator on the page handed over with its "Request a quote". */
  estimate: TripEstimateSummary | null;
  /** A field people do not see: bots fill it in. */
  website: string;
}

export type Field = keyof FormState | 'photos';

/** The consents a patient gives, each recorded with its words and time. */
export type Consent = 'privacy' | 'health' | 'transfer' | 'marketing';

/** The ways a patient can be contacted, and the message naming each. */
export const CHANNELS = { email: 'channelEmail', phone: 'channelPhone', whatsapp: 'channelWhatsapp' } as const satisfies Record<Exclude<FormState['channel'], ''>, string>;

/** The field that holds a consent: the health consent's is `healthConsent`. */
export const consentField = (name: Consent) => (name === 'health' ? 'healthConsent' : name);

/** The trip asked about (step 1) and how to reach the patient (step 2). */
export const TRIP_FIELDS = ['destinations', 'openToSuggestions', 'timeframe', 'budgetAmount', 'budgetCurrency', 'forSelf', 'estimate'] as const satisfies readonly (keyof FormState)[];
export const CONTACT_FIELDS = ['residence', 'name', 'email', 'phoneCountry', 'phoneNational', 'channel'] as const satisfies readonly (keyof FormState)[];
/** Every answer the draft keeps by default (not health details, not consents). */
export const REQUEST_FIELDS = [...TRIP_FIELDS, ...CONTACT_FIELDS];
export const HEALTH_FIELDS = ['healthConsent', 'scarType', 'location', 'scarAge', 'previousTreatments', 'notes'] as const satisfies readonly (keyof FormState)[];

export function emptyState(currency: string, country: string): FormState {
  return {
    destinations: [], openToSuggestions: false, timeframe: '', budgetAmount: '', budgetCurrency: currency, residence: country,
    forSelf: '', name: '', email: '', phoneCountry: country, phoneNational: '', channel: '', healthConsent: false,
    scarType: '', location: '', scarAge: '', previousTreatments: '', notes: '', privacy: false, transfer: false, marketing: false,
    estimate: null, website: '',
  };
}

/**
 * A change with what follows from it: the calling code follows the country of residence until the
 * patient picks another; the transfer consent names the destinations, so changing them withdraws
 * it, to be given again in its new words.
 */
export function withConsequences(values: FormState, patch: Partial<FormState>): Partial<FormState> {
  const { residence, destinations, openToSuggestions } = { ...values, ...patch };
  const follows = patch.residence && (!values.phoneCountry || values.phoneCountry === values.residence) && CALLING_CODES.has(residence) ? { phoneCountry: residence } : {};
  const same = `${destinations} ${openToSuggestions}` === `${values.destinations} ${values.openToSuggestions}`;
  return same ? { ...patch, ...follows } : { ...patch, ...follows, transfer: false };
}

/** Where a server's error path belongs in the form (`health.notes` → the notes field). */
export function fieldForPath(path: string): Field | null {
  const [head = '', sub = ''] = path.split(/[.[\]]/);
  if (head === 'health') return (HEALTH_FIELDS as readonly string[]).includes(sub) ? (sub as Field) : 'healthConsent';
  const field = head === 'consents' ? consentField(sub as Consent) : ({ phone: 'phoneNational', budget: 'budgetAmount' }[head] ?? head);
  return field === 'photos' || field in emptyState('USD', 'US') ? (field as Field) : null;
}

/** A consent as given: the words ticked and when (ISO 8601). */
export interface GivenConsent {
  text: string;
  at: string;
}

export interface RequestContext {
  treatment: string;
  locale: string;
  photos: File[];
  /** Each consent given: its words as the patient ticked it, and when; those not given are left out. */
  consents: Partial<Record<Consent, GivenConsent>>;
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
  const { privacy, health: healthConsent, transfer, marketing } = context.consents;
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
        privacy: privacy && { ...privacy, url: context.privacyUrl },
        health: withHealth ? healthConsent : undefined,
        transfer,
        marketing: state.marketing ? marketing : undefined,
      },
      // Sent only while its destination is still chosen.
      estimate: state.destinations.includes(state.estimate?.destination ?? '') ? state.estimate : undefined,
      attribution: context.attribution,
      locale: context.locale,
      captchaToken: context.captchaToken,
      ticket: context.ticket,
      fillMs: context.fillMs,
    }),
  ) as QuoteRequest; // the JSON round trip drops the undefined keys
}
