import { html, type PropertyValues, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checkAttribute, jsonAttribute, warnAttribute } from '../core/attribute-checks.js';
import { controlStyles } from '../core/controls.styles.js';
import { MqElement } from '../core/element.js';
import { MqSelectEvent } from '../core/events.js';
import { heading, isHeadingLevel } from '../core/heading.js';
import { exchangeRates, type CostTableData } from '../schema/cost-table.js';
import { tripEstimate, type TripEstimateData } from '../schema/trip.js';
import { stemCellScarCosts } from '../data/stem-cell-scars.js';
import { stemCellScarTimeline } from '../data/stem-cell-scars-timeline.js';
import { stemCellScarTrip } from '../data/stem-cell-scars-trip.js';
import { daysAbroad } from '../recovery-timeline/schedule.js';
import { DEFAULT_CONTINGENCY, estimateTrip, homeCost, nightsCounted } from './budget.js';
import { MqEstimateEvent } from './estimate-event.js';
import { detailOf, renderTrip, totalsInWords, type Change, type Context, type TripView } from './render.js';
import { tripEstimatorStyles } from './trip-estimator.styles.js';
import en from './i18n/en.js';

/** A cost table on the page, as far as the estimator reads it: its public data and attributes. */
interface LinkedTable extends HTMLElement, ReactiveControllerHost {
  readonly resolvedData: CostTableData | null;
  currency?: string;
  rates?: unknown;
}

const untitled = { title: '', description: '' };
/** The built-in timeline's phases: only their durations and places count here. */
const defaultPhases = () => stemCellScarTimeline({ title: '', phases: { pre: untitled, procedure: untitled, recovery: untitled, results: untitled } }).phases;

/**
 * What the whole trip costs, per destination: the treatment, return flights, nights abroad at a
 * nightly rate, local costs per day and a margin for surprises, as a range from low to high, with
 * the saving after travel against having the treatment at home. A stacked-bar chart and a table
 * with the exact figures; the patient picks where they travel from, the stay, the nights (within
 * the treatment timeline's time abroad) and whether someone comes along.
 *
 * Data comes from the `data` property, an inline `<script type="application/json">` child, the
 * `src` URL, or the built-in default (stem cell therapy for scars, with example travel figures),
 * in that order. Treatment prices come from `for` (a cost table on the page), else the data's
 * `treatment`, else the built-in prices.
 *
 * @customElement mq-trip-estimator
 * @summary All-in trip cost by destination: treatment, travel, stay, local costs and a margin.
 *
 * @fires {MqEstimateEvent} mq-estimate - The patient changed a choice. `detail`: `{ estimates: [{ destination, low, high, currency, parts }] }`, every destination's new all-in range and its parts (`treatment`, `travel`, `stay`, `other`, `contingency`, each `{ low, high }`); `high` is null when open-ended. No personal data.
 * @fires {MqSelectEvent} mq-select - A patient chose "Request a quote" on a destination. `detail`: `{ id, label, low, high, currency, estimate }`: the treatment's range in its own currency, as the cost table sends it, and `estimate`, the trip shown for that destination (as in `mq-estimate`) with its `basis`: `{ origin, stay, companion, nights: { low, high }, contingency, examples }`. No personal data.
 * @fires {MqDataErrorEvent} mq-data-error - The data failed validation or could not be fetched. `detail`: `{ source, issues: [{ path, message }] }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart title - The heading (its level from `heading-level`).
 * @csspart controls - The patient's choices.
 * @csspart field - One choice: its label and control.
 * @csspart chart - The figure: the stacked bars and their key.
 * @csspart table - The `<table>` with the exact figures.
 * @csspart row - A destination's row (also `row chosen` once its "Request a quote" is pressed).
 * @csspart label - A destination's name cell.
 * @csspart figure - A figure cell (a part of the trip).
 * @csspart total - An all-in cell.
 * @csspart saving - A saving-after-travel cell.
 * @csspart quote-button - A row's "Request a quote" button, pressed (`aria-pressed="true"`) once chosen.
 * @csspart badge - The "chosen" tag.
 * @csspart disclaimer - The "estimates, not medical advice" note.
 * @csspart notes - Footnotes: example figures, nights, margin, saving method, conversion, sources and dates.
 * @csspart status - The live region for loading and error states.
 * @csspart error - The error message shown for bad data.
 *
 * @cssprop --mq-font-family - Font; inherits the host page's by default.
 * @cssprop --mq-font-size - Base size; follows the host (never below 14px) by default.
 * @cssprop --mq-color-text - Text colour; also the stay bars, the margin's hatching and the low-end mark.
 * @cssprop --mq-color-muted - Secondary text colour; also the local-cost bars.
 * @cssprop --mq-color-surface - Background; also the stripes and dots of the bars' patterns.
 * @cssprop --mq-color-surface-alt - Header and card background.
 * @cssprop --mq-color-border - Borders.
 * @cssprop --mq-color-accent - Buttons, links, and the treatment and travel bars.
 * @cssprop --mq-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --mq-color-highlight - Background of the chosen row and the checked choice.
 * @cssprop --mq-color-danger - Error text.
 * @cssprop --mq-color-focus - Focus ring.
 * @cssprop --mq-radius - Corner radius.
 * @cssprop --mq-space - Base spacing (the panel's padding).
 */
export class MqTripEstimator extends MqElement<TripEstimateData, typeof en> {
  static override styles = [...MqElement.styles, controlStyles, tripEstimatorStyles];

  /** The `id` of a `<mq-cost-table>` on the page whose prices to use (its data, as it shows them). */
  @property() for?: string;

  /** Show amounts in this ISO 4217 currency, converted with `rates`. Falls back to the data's currency. */
  @property() currency?: string;

  /**
   * Exchange rates for `currency`, as JSON or an object: `{ "base": "USD", "date": "2026-11-01",
   * "rates": { "EUR": 0.92 } }`, as for the cost table. Without its own `currency` and `rates`, the
   * estimator takes those of the `for` table.
   */
  @property({ converter: jsonAttribute }) rates?: unknown;

  /** The `id` of the home region or airport group chosen first. Defaults to the data's first. */
  @property() origin?: string;

  /** The `id` of the stay level chosen first. Defaults to the data's first. */
  @property() stay?: string;

  /** Counts a companion from the start: a second fare and a second person's local costs. */
  @property({ type: Boolean }) companion = false;

  /** A number of nights within the time abroad, chosen first; unset counts the whole range. */
  @property({ type: Number }) nights?: number;

  /** The level of the title's heading, 1 to 6 (default 2), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The patient's own choices; each wins over its attribute until that attribute changes. */
  @state() private choice: Change = {};

  /** The destination whose "Request a quote" the patient pressed last: shown as chosen. */
  @state() private chosen?: string;

  /** What the render shows, settled in `willUpdate`; undefined while the `for` table loads. */
  private view?: TripView;
  private linked?: LinkedTable;
  /** Re-reads a linked table after each of its updates (its data may arrive or change). */
  private readonly link = { hostUpdated: () => this.requestUpdate() };
  /** Set by a patient's change: the next update announces the totals and fires `mq-estimate`. */
  private patientChanged = false;

  protected readonly schema = tripEstimate;
  protected readonly catalogs = { en, lazy: { es: () => import('./i18n/es.js'), ar: () => import('./i18n/ar.js') } };
  protected defaultData(): TripEstimateData {
    return { ...stemCellScarTrip((key) => this.t(key)), treatment: this.defaultTreatment() };
  }

  /** The built-in prices: the cost table's default (only its caption and baseline's name show here). */
  private defaultTreatment(): CostTableData {
    return stemCellScarCosts({ caption: this.t('defaultCaption'), baseline: this.t('defaultBaseline'), includes: '', excludes: '' });
  }

  /** A linked table lets go of a removed estimator; a moved one links again. */
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.for) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.linked?.removeController(this.link);
    this.linked = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    for (const key of ['origin', 'stay', 'companion', 'nights'] as const) if (changed.has(key)) this.choice = { ...this.choice, [key]: undefined };
    if (changed.has('headingLevel') && !isHeadingLevel(this.headingLevel)) warnAttribute(this, 'heading-level', this.headingLevel, '2');
    const trip = this.currentData();
    const table = this.linkedTable();
    const treatment = table === undefined ? (trip?.treatment ?? this.defaultTreatment()) : table?.resolvedData;
    this.view = trip && treatment ? this.settle(trip, treatment, table ?? undefined) : undefined;
    if (this.view && this.patientChanged) this.announcement = this.t('updated', { totals: totalsInWords(this.context, this.view) });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.patientChanged || !this.view) return;
    this.patientChanged = false;
    const { estimates, currency } = this.view;
    this.dispatchEvent(new MqEstimateEvent({ estimates: estimates.flatMap((estimate) => (estimate.ok ? [detailOf(estimate, currency)] : [])) }));
  }

  /**
   * The cost table named by `for`: undefined when there is none to read (no `for`, or an id that
   * names no cost table, with a warning), null while it is not defined yet.
   */
  private linkedTable(): LinkedTable | null | undefined {
    const id = this.for;
    const found = id ? (this.getRootNode() as Partial<NonElementParentNode>).getElementById?.(id) : null;
    if (found !== this.linked) {
      this.linked?.removeController(this.link);
      this.linked = undefined;
    }
    if (found?.localName.includes('-') && !customElements.get(found.localName)) {
      void customElements.whenDefined(found.localName).then(() => this.requestUpdate());
      return null;
    }
    if (!found || !('resolvedData' in found)) {
      if (id) warnAttribute(this, 'for', id, 'no cost table');
      return undefined;
    }
    if (!this.linked) (this.linked = found as LinkedTable).addController(this.link);
    return this.linked;
  }

  private settle(trip: TripEstimateData, treatment: CostTableData, table: LinkedTable | undefined): TripView {
    const rates = checkAttribute(this, 'rates', exchangeRates, this.rates ?? table?.rates, 'no conversion');
    const wanted = (this.currency ?? table?.currency)?.trim().toUpperCase();
    const known = wanted && rates && (wanted === rates.base || wanted in rates.rates);
    if (wanted && wanted !== trip.currency && !known) warnAttribute(this, 'currency', wanted, `${trip.currency} (no rate for it)`);
    const currency = known ? wanted : trip.currency;
    const pick = (attribute: 'origin' | 'stay', options: { id: string }[]) => {
      const value = this.choice[attribute] ?? this[attribute];
      if (options.some((option) => option.id === value)) return value!;
      if (value) warnAttribute(this, attribute, value, options[0]!.id);
      return options[0]!.id;
    };
    const range = daysAbroad(trip.timeline?.phases ?? defaultPhases());
    let nights = this.choice.nights !== undefined ? this.choice.nights : (this.nights ?? null);
    if (nights !== null && !(Number.isInteger(nights) && nights >= range.min && nights <= range.max)) {
      warnAttribute(this, 'nights', nights, `${range.min}–${range.max}`);
      nights = null;
    }
    const choice = { origin: pick('origin', trip.flights.origins), stay: pick('stay', trip.stay.levels), companion: this.choice.companion ?? this.companion, nights };
    const groups = [trip.flights, trip.stay, trip.local];
    const other = (item: { currency?: string } | undefined, fallback: string) => item && (item.currency ?? fallback) !== currency;
    return {
      trip,
      treatment,
      range,
      currency,
      rates,
      approximate: groups.some((group) => other(group, trip.currency)) || [treatment.baseline, ...treatment.rows].some((row) => other(row, treatment.currency)),
      estimates: estimateTrip({ data: trip, treatment, nights: range, choice, currency, rates }),
      home: homeCost(treatment, currency, rates),
      chosenNights: nights,
      basis: { ...choice, nights: nightsCounted(range, nights), contingency: trip.contingency ?? DEFAULT_CONTINGENCY, examples: groups.some((group) => group.example) },
    };
  }

  private get context(): Context {
    return {
      t: (key, ...params) => this.t(key, ...params),
      isolated: (key, params) => this.tIsolated(key, params),
      chosen: this.chosen,
      locale: this.localeTag,
      rtl: this.localize.dir === 'rtl',
      choose: (change) => {
        this.choice = { ...this.choice, ...change };
        this.patientChanged = true;
      },
      select: (detail, label) => {
        const { treatment, basis } = this.view!;
        const row = treatment.rows.find((r) => r.id === detail.destination)!;
        const price = { low: row.low, high: row.high ?? null, currency: row.currency ?? treatment.currency };
        this.chosen = row.id;
        this.dispatchEvent(new MqSelectEvent({ id: row.id, label, ...price, estimate: { ...detail, basis } }));
      },
    };
  }

  protected renderData(): TemplateResult {
    const { view } = this;
    if (!view) return html`<p class="note">${this.t('loading')}</p>`;
    return html`${heading(this.headingLevel, this.tIsolated('title', { treatment: view.treatment.caption }))}${renderTrip(this.context, view)}`;
  }
}
