/**
 * What `<mq-quote-form>` sends to the partner's endpoint. A partner's server validates with the
 * same schema (`import { quoteRequest } from 'medquote/schema'`); servers in other languages use
 * the JSON Schema the build writes to `dist/quote-request.schema.json`.
 *
 * Sent as JSON, or as `multipart/form-data` with this JSON in the part `request` and each photo
 * in a part `photos` when photos are attached.
 */
import * as z from 'zod/mini';
import { currencyCode, httpUrl, id, oneOf } from './common.js';
import { tripEstimateSummary } from './estimate.js';

/** The campaign parameters a request may carry (`utm` attribute of the form). */
export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
export type UtmKey = (typeof UTM_KEYS)[number];

/**
 * One line of text as a person types it: no control characters (NUL, ESC, line breaks) and no
 * bidi overrides (U+202A–U+202E, U+2066–U+2069), which could reorder what staff read.
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
export const SINGLE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/;
/** Several lines: line breaks and tabs allowed, other control characters and bidi overrides not. */
// eslint-disable-next-line no-control-regex -- as above
const MULTI_LINE = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/;
const line = (max: number) => z.string().check(z.maxLength(max), z.regex(SINGLE_LINE));
const lines = (max: number) => z.string().check(z.maxLength(max), z.regex(MULTI_LINE));

/** ISO 3166-1 alpha-2 country code, e.g. "DE". */
const countryCode = () => z.string().check(z.regex(/^[A-Z]{2}$/));
/** A month (`2027-03`) or `flexible`. */
const timeframe = () => z.string().check(z.regex(/^(\d{4}-(0[1-9]|1[0-2])|flexible)$/));

// The fields the form also checks one by one, as the patient leaves them.
/** An email address: something@domain.tld, without spaces. */
export const email = z.lazy(() => line(254).check(z.regex(/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/)));
/** A phone number in E.164 form: "+", the country code, then the number, 8 to 15 digits in all. */
export const e164Phone = z.lazy(() => z.string().check(z.regex(/^\+[1-9]\d{7,14}$/)));
/** A person's full name. */
export const fullName = z.lazy(() => line(120).check(z.minLength(2), z.regex(/\S\s*\S/)));
/** Free text the patient writes, bounded. */
export const notes = z.lazy(() => lines(1000));

/** A consent as it was given: the exact words shown, and when they were agreed. */
const consentShape = () => ({
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** ISO 8601 date-time, e.g. 2026-11-27T14:03:00.000Z. */
  at: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)),
});
const consent = () => z.object(consentShape());

const photoInfo = () =>
  z.object({
    name: line(255).check(z.minLength(1)),
    type: oneOf('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'),
    /** Bytes; at most 10 MB. */
    size: z.number().check(z.minimum(1), z.maximum(10 * 1024 * 1024)),
  });

const health = () =>
  z.object({
    scarType: z.optional(oneOf('atrophic', 'hypertrophic', 'keloid', 'burn', 'other', 'unsure')),
    /** Where on the body. */
    location: z.optional(line(200)),
    /** How old the scar is. */
    scarAge: z.optional(oneOf('under-1', '1-5', 'over-5', 'unsure')),
    previousTreatments: z.optional(lines(500)),
    notes: z.optional(notes),
  });

export const quoteRequest = z.lazy(() =>
  z
    .object({
      treatment: line(200).check(z.minLength(1)),
      /** Destination ids (as in the cost table), or none when open to suggestions. */
      destinations: z.array(id()).check(z.maxLength(10)),
      openToSuggestions: z.boolean(),
      timeframe: timeframe(),
      budget: z.optional(z.object({ amount: z.number().check(z.positive(), z.maximum(1e9)), currency: currencyCode() })),
      residence: countryCode(),
      /** False when someone asks for a relative or friend. */
      forSelf: z.boolean(),
      name: fullName,
      email,
      phone: e164Phone,
      channel: oneOf('email', 'phone', 'whatsapp'),
      /** Only with the health consent. */
      health: z.optional(health()),
      /** Described here, sent as files in the multipart request. */
      photos: z.optional(z.array(photoInfo()).check(z.maxLength(5))),
      consents: z.object({
        /** The privacy notice was read; `url` is the notice linked. */
        privacy: z.object({ ...consentShape(), url: httpUrl() }),
        /** Explicit consent to process health details (GDPR Art. 9(2)(a)); with health or photos. */
        health: z.optional(consent()),
        /** Consent to send the request to clinics abroad, naming the destinations (Art. 49(1)(a)). */
        transfer: consent(),
        /** Optional marketing opt-in, separate from the request. */
        marketing: z.optional(consent()),
      }),
      attribution: z.optional(
        z.object({
          source: z.optional(line(200).check(z.minLength(1))),
          /** Only the five utm_* parameters are kept; other keys are dropped. */
          utm: z.optional(z.object(Object.fromEntries(UTM_KEYS.map((key) => [key, z.optional(line(200))])) as Record<UtmKey, z.ZodMiniOptional<z.ZodMiniString>>)),
          /** With the form's `attribution`: the path of the page it was sent from, without query or fragment (`/stem-cells/prices`). */
          page: z.optional(line(1000).check(z.regex(/^\/[^?#\s]*$/))),
          /** With `attribution`: only the origin of the page that linked to it (`https://search.example`), never its path. */
          referrer: z.optional(line(200).check(z.regex(/^https?:\/\/[^/?#\s]+$/))),
        }),
      ),
      /** The whole-trip estimate the patient chose a destination from, if any (`<mq-trip-estimator>`). */
      estimate: z.optional(tripEstimateSummary),
      /** The language the patient used, for the reply. */
      locale: z.string().check(z.minLength(2), z.maxLength(35)),
      /** From the partner's `captchaToken` hook, if any. */
      captchaToken: z.optional(z.string().check(z.maxLength(4000))),
      /** A fill-time ticket the endpoint handed out when the patient started (see the intake); optional. */
      ticket: z.optional(z.string().check(z.maxLength(200), z.regex(/^[\w.-]*$/))),
      /** Milliseconds from the first keystroke to sending: bots are fast. */
      fillMs: z.number().check(z.minimum(0)),
    })
    .check(
      z.refine((request) => request.destinations.length > 0 || request.openToSuggestions, {
        message: 'choose a destination or open to suggestions',
        path: ['destinations'],
      }),
      z.refine((request) => !request.estimate || request.destinations.includes(request.estimate.destination), {
        message: 'the estimate is for a destination not asked about',
        path: ['estimate', 'destination'],
      }),
      z.refine((request) => (!request.health && !request.photos?.length) || request.consents.health !== undefined, {
        message: 'health details need the health consent',
        path: ['consents', 'health'],
      }),
    ),
);

export type QuoteRequest = z.infer<typeof quoteRequest>;
export type HealthDetails = NonNullable<QuoteRequest['health']>;
export type Consent = QuoteRequest['consents']['transfer'];
