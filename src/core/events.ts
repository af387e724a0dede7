/**
 * Typed events. Every event bubbles and is composed so a host page can listen on any ancestor
 * (or `document`) without reaching into shadow roots.
 */
import type { DataIssue, DataSource } from './data.js';
import type { QuoteRequest } from '../schema/quote-request.js';

/** The shape every medquote event shares: a typed `detail`, bubbling out of shadow roots. */
export abstract class MqEvent<D> extends Event {
  constructor(type: string, readonly detail: D, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}

/** Structured data (property, inline JSON or `src`) failed validation or could not be fetched. */
export class MqDataErrorEvent extends MqEvent<{ source: DataSource; issues: DataIssue[] }> {
  constructor(detail: MqDataErrorEvent['detail']) {
    super('mq-data-error', detail);
  }
}

/** A range in whole units of a currency; `high` is null when the range is open-ended ("from …"). */
export interface Span {
  low: number;
  high: number | null;
}

/** The parts of a trip, in the order the trip estimator stacks them. */
export type TripPart = 'treatment' | 'travel' | 'stay' | 'other' | 'contingency';

/**
 * What the whole trip to one destination costs, as `<mq-trip-estimator>` shows it: the all-in range
 * (rounded outwards) and its parts, in one currency. Contains no personal data.
 */
export interface EstimateDetail extends Span {
  /** The destination's id (the treatment row's). */
  destination: string;
  currency: string;
  parts: Record<TripPart, Span>;
}

/**
 * What an estimate rests on: the patient's choices in the estimator, and whether its travel, stay
 * or local figures are the partner's or only examples. Trip preferences, not personal data.
 */
export interface EstimateBasis {
  /** The id of the home region or airport group the fares are from. */
  origin: string;
  /** The id of the stay level. */
  stay: string;
  companion: boolean;
  /** The nights counted: one number (low = high) or the timeline's whole range. */
  nights: { low: number; high: number };
  /** The margin for surprises, as a fraction (0.15 = 15 %). */
  contingency: number;
  /** True when some figures in the estimate are examples, not the partner's prices. */
  examples: boolean;
}

/** A patient picked a destination row ("request a quote"). Contains no personal data. */
export interface SelectDetail {
  id: string;
  label: string;
  /** The treatment's price range at this destination, in `currency`. */
  low: number;
  high: number | null;
  currency: string;
  /**
   * From `<mq-trip-estimator>` only: the whole trip the patient was shown for this destination,
   * and what it rests on, for a quote form to attach to the request as it is.
   */
  estimate?: EstimateDetail & { basis: EstimateBasis };
}
export class MqSelectEvent extends MqEvent<SelectDetail> {
  constructor(detail: SelectDetail) {
    super('mq-select', detail);
  }
}

export type SortKey = 'label' | 'price' | 'savings';
export type SortDirection = 'ascending' | 'descending';
/** The visible order of a table changed through its sort buttons. */
export class MqSortEvent extends MqEvent<{ key: SortKey; direction: SortDirection }> {
  constructor(detail: MqSortEvent['detail']) {
    super('mq-sort', detail);
  }
}

/** The trip's dates, as ISO calendar dates (`2027-03-05`). Contains no personal data. */
export interface TimelineChangeDetail {
  start: string;
  returnEarliest: string;
  returnLatest: string;
  daysAbroad: { min: number; max: number };
}
/** The patient picked an arrival date on a timeline. */
export class MqChangeEvent extends MqEvent<TimelineChangeDetail> {
  constructor(detail: TimelineChangeDetail) {
    super('mq-change', detail);
  }
}

/**
 * The outcome of a checklist. `answers` are the patient's answers: health data. Keep them out of
 * analytics and send them only where the patient agreed they go.
 */
export interface ResultDetail {
  /** The outcome's id (rules scoring) or `score` (count scoring). */
  outcome: string;
  answers: Record<string, string>;
  /** With count scoring: how many answers were "yes", of how many questions, and which were not. */
  score?: { yes: number; total: number; open: string[] };
}
export class MqResultEvent extends MqEvent<ResultDetail> {
  constructor(detail: ResultDetail) {
    super('mq-result', detail);
  }
}

/** The validated request, before it is sent. `preventDefault()` hands delivery to the host page. */
export interface SubmitDetail {
  request: QuoteRequest;
  photos: File[];
}
export class MqSubmitEvent extends MqEvent<SubmitDetail> {
  constructor(detail: SubmitDetail) {
    super('mq-submit', detail, true);
  }
}

/** The endpoint stored the request. */
export class MqSuccessEvent extends MqEvent<{ reference: string }> {
  constructor(detail: { reference: string }) {
    super('mq-success', detail);
  }
}

/** Sending failed: `invalid` (422, shown on the fields), `rejected` (another 4xx), `server` or `network` (after every retry). */
export class MqErrorEvent extends MqEvent<{ kind: 'invalid' | 'rejected' | 'server' | 'network' | 'captcha'; status?: number }> {
  constructor(detail: MqErrorEvent['detail']) {
    super('mq-error', detail);
  }
}

/** Fired on `window` for tag managers when a request was sent. No personal or health data. */
export class MqQuoteSentEvent extends MqEvent<{ treatment: string; destinations: string[]; source?: string }> {
  constructor(detail: MqQuoteSentEvent['detail']) {
    super('mq-quote-sent', detail);
  }
}

/** Fired on `window` by the loader when every medquote element on the page is defined. */
export class MqReadyEvent extends MqEvent<{ tags: string[] }> {
  constructor(detail: { tags: string[] }) {
    super('mq-ready', detail);
  }
}

declare global {
  interface WindowEventMap {
    'mq-quote-sent': MqQuoteSentEvent;
    'mq-ready': MqReadyEvent;
  }
  interface GlobalEventHandlersEventMap {
    'mq-data-error': MqDataErrorEvent;
    'mq-select': MqSelectEvent;
    'mq-sort': MqSortEvent;
    'mq-change': MqChangeEvent;
    'mq-result': MqResultEvent;
    'mq-submit': MqSubmitEvent;
    'mq-success': MqSuccessEvent;
    'mq-error': MqErrorEvent;
  }
}
