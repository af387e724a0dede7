import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { oneOf, warnAttribute } from '../core/attribute-checks.js';
import { controlStyles } from '../core/controls.styles.js';
import { MqElement } from '../core/element.js';
import { MqChangeEvent } from '../core/events.js';
import { heading, isHeadingLevel } from '../core/heading.js';
import { dateRange, durationRange, parseIsoDate, toIsoDate } from '../core/format.js';
import { timeline, type Phase, type TimelineData } from '../schema/timeline.js';
import { stemCellScarTimeline } from '../data/stem-cell-scars-timeline.js';
import { buildIcs } from './ics.js';
import { daysAbroad, schedule, type PhaseWindow } from './schedule.js';
import { recoveryTimelineStyles } from './recovery-timeline.styles.js';
import en from './i18n/en.js';

const UNITS = { hours: 'hour', days: 'day', weeks: 'week', months: 'month' } as const;

/**
 * The patient's journey from arrival to full result: each phase with its duration, where it
 * happens, and, once an arrival date is known, its calendar dates and the flight home.
 *
 * Data comes from the `data` property, an inline `<script type="application/json">` child, the
 * `src` URL, or the built-in default (stem cell therapy for scars), in that order.
 *
 * @customElement mq-recovery-timeline
 * @summary Recovery and travel timeline.
 *
 * @fires {MqChangeEvent} mq-change - The patient picked an arrival date. `detail`: `{ start, returnEarliest, returnLatest, daysAbroad: { min, max } }`, dates as `YYYY-MM-DD`.
 * @fires {MqDataErrorEvent} mq-data-error - The data failed validation or could not be fetched. `detail`: `{ source, issues: [{ path, message }] }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart title - The timeline's title, a heading (its level from `heading-level`).
 * @csspart summary - Time abroad and flight-home dates.
 * @csspart date-field - The arrival date label and input (with `pick-date`).
 * @csspart list - The ordered list of phases.
 * @csspart phase - One phase (also `phase current` for the patient's current phase).
 * @csspart marker - A phase's step number.
 * @csspart phase-title - A phase's title, a heading one level below the title.
 * @csspart badge - The "abroad" / "at home" and "you are here" tags.
 * @csspart calendar-button - The "Add to calendar" button.
 * @csspart disclaimer - The "not medical advice" note.
 * @csspart notes - The counting rule and "durations vary" notes.
 * @csspart status - The live region for loading and error states.
 * @csspart error - The error message shown for bad data.
 *
 * @cssprop --mq-font-family - Font; inherits the host page's by default.
 * @cssprop --mq-font-size - Base size; follows the host (never below 14px) by default.
 * @cssprop --mq-color-text - Text colour.
 * @cssprop --mq-color-muted - Secondary text colour.
 * @cssprop --mq-color-surface - Background.
 * @cssprop --mq-color-surface-alt - Phase card background.
 * @cssprop --mq-color-border - Borders and the line between phases.
 * @cssprop --mq-color-accent - Markers, buttons, the current phase.
 * @cssprop --mq-color-on-accent - Text on accent colour.
 * @cssprop --mq-color-focus - Focus ring.
 * @cssprop --mq-radius - Corner radius.
 * @cssprop --mq-space - Base spacing (the panel's padding).
 */
export class MqRecoveryTimeline extends MqElement<TimelineData, typeof en> {
  static override styles = [...MqElement.styles, controlStyles, recoveryTimelineStyles];

  /** The arrival date (`YYYY-MM-DD`, day 1 of the trip). Dates appear when it is set or picked. */
  @property({ attribute: 'start-date' }) startDate?: string;

  /** Shows a date field so the patient can pick the arrival date. */
  @property({ type: Boolean, attribute: 'pick-date' }) pickDate = false;

  /** The `id` of the phase the patient is in now (for a clinic's patient page). */
  @property() current?: string;

  /** `vertical` (default) or `horizontal`; horizontal falls back to vertical in narrow containers. */
  @property() layout?: string;

  /** The level of the title's heading, 1 to 6 (default 2), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The date the patient picked; it wins over `start-date` until that attribute changes. */
  @state() private picked?: Date;

  /** The arrival date on show (picked, else `start-date`) and the layout, checked in `willUpdate`. */
  private arrival: Date | null = null;
  private horizontal = false;

  protected readonly schema = timeline;
  protected readonly catalogs = { en, lazy: { es: () => import('./i18n/es.js'), ar: () => import('./i18n/ar.js') } };
  protected defaultData(): TimelineData {
    const phase = (name: 'Pre' | 'Procedure' | 'Recovery' | 'Results') => ({
      title: this.t(`default${name}Title`),
      description: this.t(`default${name}Text`),
    });
    return stemCellScarTimeline({
      title: this.t('defaultTitle'),
      phases: { pre: phase('Pre'), procedure: phase('Procedure'), recovery: phase('Recovery'), results: phase('Results') },
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('startDate')) this.picked = undefined;
    if (changed.has('headingLevel') && !isHeadingLevel(this.headingLevel)) warnAttribute(this, 'heading-level', this.headingLevel, '2');
    const data = this.currentData();
    if (!data) return;
    this.arrival = this.picked ?? this.startDateValue();
    if (this.current && !data.phases.some((phase) => phase.id === this.current)) {
      warnAttribute(this, 'current', this.current, 'no current phase');
    }
    this.horizontal = oneOf(this, 'layout', this.layout, ['vertical', 'horizontal'], 'vertical') === 'horizontal';
  }

  private startDateValue(): Date | null {
    const start = parseIsoDate(this.startDate);
    if (this.startDate && !start) warnAttribute(this, 'start-date', this.startDate, 'no dates');
    return start;
  }

  private onPick(event: Event, phases: Phase[]): void {
    const start = parseIsoDate((event.target as HTMLInputElement).value);
    // While a year is being typed, "202" is already a valid date: wait for a plausible one.
    if (!start || start.getFullYear() < 1900 || start.getFullYear() > 2200) return;
    // Both input and change land here (WebKit fires change only when the field loses focus): once per date.
    if (this.picked && toIsoDate(this.picked) === toIsoDate(start)) return;
    this.picked = start;
    const { returnEarliest, returnLatest } = schedule(phases, start);
    const abroad = daysAbroad(phases);
    this.dispatchEvent(
      new MqChangeEvent({
        start: toIsoDate(start),
        returnEarliest: returnEarliest ? toIsoDate(returnEarliest) : toIsoDate(start),
        returnLatest: returnLatest ? toIsoDate(returnLatest) : toIsoDate(start),
        daysAbroad: abroad,
      }),
    );
  }

  private download(data: TimelineData, windows: PhaseWindow[]): void {
    const ics = buildIcs({ calendarName: data.title, windows, note: this.t('calendarNote') });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${data.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'trip'}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** "Mar 1 – 2" when the phase's first day is known; "Within …" when it depends on earlier phases. */
  private dates(window: PhaseWindow): string {
    const range = dateRange(this.localeTag, window.startEarliest, window.endLatest);
    return this.t(+window.startEarliest === +window.startLatest ? 'phaseDates' : 'phaseDatesBetween', { range });
  }

  private renderPhase(phase: Phase, index: number, total: number, window: PhaseWindow | undefined): TemplateResult {
    const current = phase.id === this.current;
    const { min, max, unit } = phase.duration;
    return html`<li part=${current ? 'phase current' : 'phase'} class=${classMap({ phase: true, current })}
      aria-current=${current ? 'step' : nothing} data-id=${phase.id}>
      <span class="marker" part="marker" aria-hidden="true">${index + 1}</span>
      <div class="body">
        ${heading(this.headingLevel, html`<span class="sr-only">${this.t('stepOf', { n: index + 1, total })}: </span>${phase.title}`, 'phase-title', 1)}
        <p class="facts">
          <span class="duration">${durationRange(this.localeTag, min, max, UNITS[unit])}</span>
          <span class="badge ${phase.where}" part="badge">${this.t(phase.where)}</span>
          ${current ? html`<span class="badge now" part="badge">${this.t('current')}</span>` : nothing}
        </p>
        ${window ? html`<p class="dates">${this.dates(window)}</p>` : nothing}
        ${phase.description ? html`<p class="description">${phase.description}</p>` : nothing}
      </div>
    </li>`;
  }

  protected renderData(data: TimelineData): TemplateResult {
    const { arrival: start, horizontal } = this;
    const plan = start ? schedule(data.phases, start) : null;
    const abroad = daysAbroad(data.phases);
    return html`${heading(this.headingLevel, data.title)}
      <p class="summary" part="summary">
        ${abroad.max > 0 ? html`<span>${this.t('timeAbroad', { range: durationRange(this.localeTag, abroad.min, abroad.max, 'day') })}</span>` : nothing}
        ${plan?.returnEarliest && plan.returnLatest
          ? html`<span>${this.t('flightHome', { range: dateRange(this.localeTag, plan.returnEarliest, plan.returnLatest) })}</span>`
          : nothing}
      </p>
      ${this.pickDate
        ? html`<p class="date-field" part="date-field">
            <label for="start">${this.t('arrivalDate')}</label>
            <input id="start" type="date" .value=${start ? toIsoDate(start) : ''}
              @input=${(event: Event) => this.onPick(event, data.phases)}
              @change=${(event: Event) => this.onPick(event, data.phases)} />
          </p>`
        : nothing}
      <ol class=${classMap({ list: true, horizontal })} part="list">
        ${data.phases.map((phase, index) => this.renderPhase(phase, index, data.phases.length, plan?.windows[index]))}
      </ol>
      <ul class="note notes" part="notes">
        <li>${this.t('durationsVary')}</li>
        ${plan ? html`<li>${this.t('countingRule')}</li>` : nothing}
      </ul>
      <p class="disclaimer" part="disclaimer">${this.t('disclaimer')}</p>
      ${plan
        ? html`<button type="button" class="action" part="calendar-button" @click=${() => this.download(data, plan.windows)}>
            ${this.t('addToCalendar')}
          </button>`
        : nothing}`;
  }
}
