/**
 * The quote form's steps, in order: one entry each, with its title, the fields it shows, what
 * keeps the patient on it, and its template (steps/). The flow (flow.ts) walks this table; the
 * last step sends. Checks use the shared schema's field rules, so the form never sends what a
 * server with the schema rejects.
 */
import { e164Phone, email, fullName, notes } from '../schema/quote-request.js';
import { toE164 } from './countries.js';
import type { Step } from './flow.js';
import { CONTACT_FIELDS, HEALTH_FIELDS, TRIP_FIELDS } from './form-state.js';
import { consentStep } from './steps/consent.js';
import { contactStep } from './steps/contact.js';
import { healthStep } from './steps/health.js';
import { reviewStep } from './steps/review.js';
import { tripStep } from './steps/trip.js';

export const STEPS: readonly Step[] = [
  {
    id: 'trip',
    title: 'stepTrip',
    // The hidden field bots fill in sits on the first step.
    fields: [...TRIP_FIELDS, 'website'],
    check: (values) => ({
      destinations: !values.destinations.length && !values.openToSuggestions && 'errorDestinations',
      timeframe: !values.timeframe && 'errorTimeframe',
      budgetAmount: !!values.budgetAmount && !(Number(values.budgetAmount) > 0) && 'errorBudget',
      forSelf: !values.forSelf && 'errorForSelf',
    }),
    render: tripStep,
  },
  {
    id: 'contact',
    title: 'stepContact',
    fields: CONTACT_FIELDS,
    check: (values) => ({
      residence: !values.residence && 'errorResidence',
      name: !fullName.safeParse(values.name.trim()).success && 'errorName',
      email: !email.safeParse(values.email.trim()).success && 'errorEmail',
      phoneNational: !e164Phone.safeParse(toE164(values.phoneCountry, values.phoneNational)).success && 'errorPhone',
      channel: !values.channel && 'errorChannel',
    }),
    render: contactStep,
  },
  {
    id: 'health',
    title: 'stepHealth',
    fields: [...HEALTH_FIELDS, 'photos'],
    check: (values) => ({ notes: !notes.safeParse(values.notes).success && 'errorNotes' }),
    skip: (values) => !values.healthConsent,
    render: healthStep,
  },
  {
    id: 'consent',
    title: 'stepConsent',
    fields: ['privacy', 'transfer', 'marketing'],
    check: (values) => ({ privacy: !values.privacy && 'errorPrivacy', transfer: !values.transfer && 'errorTransfer' }),
    render: consentStep,
  },
  { id: 'review', title: 'stepReview', fields: [], render: reviewStep },
];
