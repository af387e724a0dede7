/**
 * The estimator's templates: the patient's choices, the chart, the table with the exact figures
 * and the notes, as pure functions of the settled view (see trip-estimator.ts). Templates start
 * their lines at the left margin: their whitespace reaches the bundle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../core/data.js';
import type { EstimateBasis, EstimateDetail, Span } from '../core/events.js';
import { date, list, moneyRange, numberFormat, parseIsoDate, percentRange, placeName } from '../core/format.js';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import type { CostRow, CostTableData, ExchangeRates } from '../schema/cost-table.js';
import type { TripEstimateData } from '../schema/trip.js';
import { PARTS, type DestinationEstimate } from './budget.js';
import { chart, legend } from './chart.js';
import type en from './i18n/en.js';

export type Words = <K extends MessageKey<typeof en>>(key: K, ...params: MessageParams<typeof en, K>) => string;
export type Change = Partial<{ origin: string; stay: string; companion: boolean; nights: number | null }>;

/** Everything the render shows, settled from the data, the attributes and the patient's choices. */
export interface TripView {
  trip: TripEstimateData;
  treatment: CostTableData;
  /** The time abroad, from the timeline's `abroad` phases. */
  range: { min: number; max: number };
  currency: string;
  rates: ExchangeRates | undefined;
  /** Some amounts were converted, so every amount is shown as approximate. */
  approximate: boolean;
  estimates: DestinationEstimate[];
  home: Span | null;
  basis: EstimateBasis;
  /** The patient's nights: a number, or null for the whole range. */
  chosenNights: number | null;
}

export interface Context {
  t: Words;
  /** `t()` with partner text (a place, a source) in `<bdi>` isolates. */
  isolated: (key: 'savingNote' | 'source', params: Record<string, string>) => unknown;
  /** The destination whose "Request a quote" the patient pressed last. */
  chosen?: string;
  locale: string;
  rtl: boolean;
  choose(change: Change): void;
  select(detail: EstimateDetail, label: string): void;
}

type Estimated = Extract<DestinationEstimate, { ok: true }>;

/** The figures of an estimate as events carry them. */
export const detailOf = ({ row, total, parts }: Estimated, currency: string): EstimateDetail => ({ destination: row.id, ...total, currency, parts });

/** An amount range in words: "≈" when converted, "from …" when open-ended. */
export function moneyText({ t, locale }: Context, view: TripView, { low, high }: Span): string {
  let text = moneyRange(locale, low, high, view.currency, view.approximate);
  if (view.approximate) text = t('approximate', { price: text });
  return high === null ? t('fromPrice', { price: text }) : text;
}

const name = ({ locale }: Context, row: CostRow) => placeName(locale, row);

/** Each destination's all-in range in words, for the chart's description and the announcement. */
export const totalsInWords = (context: Context, view: TripView): string =>
  list(context.locale, view.estimates.flatMap((e) => (e.ok ? [`${name(context, e.row)}: ${moneyText(context, view, e.total)}`] : [])));

/** The parts' names, in the order of PARTS, marked where their figures are examples. */
function partNames({ t, locale }: Context, { trip, basis }: TripView): string[] {
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(basis.contingency);
  const examples = [false, trip.flights.example, trip.stay.example, trip.local.example];
  const names = [t('treatment'), t('travel'), t('stay'), t('other'), t('contingency', { percent })];
  return names.map((part, i) => (examples[i] ? t('example', { part }) : part));
}

function controls({ t, locale, choose }: Context, { trip, range, basis, chosenNights }: TripView): TemplateResult {
  const value = (event: Event) => (event.target as HTMLSelectElement).value;
  const count = numberFormat(locale, {});
  const select = (label: string, change: (value: string) => Change, options: TemplateResult[]) =>
    html`<label class="field" part="field">${label}<select @change=${(event: Event) => choose(change(value(event)))}>${options}</select></label>`;
  const option = (id: string | number, text: string, selected: boolean) => html`<option value=${id} ?selected=${selected}>${text}</option>`;
  const nights = Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);
  return html`<div class="controls" part="controls">
${select(t('origin'), (origin) => ({ origin }), trip.flights.origins.map((o) => option(o.id, o.label, o.id === basis.origin)))}
${select(t('stay'), (stay) => ({ stay }), trip.stay.levels.map((l) => option(l.id, l.label, l.id === basis.stay)))}
${nights.length > 1
  ? select(t('nights'), (n) => ({ nights: n ? Number(n) : null }), [
      option('', t('nightsRange', { range: count.formatRange(range.min, range.max) }), chosenNights === null),
      ...nights.map((n) => option(n, count.format(n), n === chosenNights)),
    ])
  : nothing}
<label class="field check option" part="field"><input type="checkbox" .checked=${basis.companion}
 @change=${(event: Event) => choose({ companion: (event.target as HTMLInputElement).checked })} />${t('companion')}</label></div>`;
}

/** The saving after travel: the amount, then the percentage (apart, so no sentence mixes their directions). */
function saving(context: Context, view: TripView, { amount, percent }: NonNullable<Estimated['saving']>): TemplateResult | string {
  const { t, locale } = context;
  if (amount.high! <= 0) return t('noSaving');
  const open = amount.low < 0;
  const money = open ? t('upTo', { amount: moneyText(context, view, { low: amount.high!, high: amount.high }) }) : moneyText(context, view, amount);
  return html`${money} <br />${percentRange(locale, open ? percent.high! : percent.low, percent.high!)}`;
}

const cell = (label: string, value: unknown, part = 'figure') =>
  html`<td role="cell" part=${part}><span class="cell-label">${label}</span>${value}</td>`;

function row(context: Context, view: TripView, estimate: DestinationEstimate, names: string[]): TemplateResult {
  const { t, select, chosen } = context;
  const label = name(context, estimate.row);
  const id = estimate.row.id;
  if (!estimate.ok) {
    const part = estimate.missing === 'rate' ? view.currency : names[PARTS.indexOf(estimate.missing)]!;
    return html`<tr role="row" part="row" data-id=${id}><th scope="row" role="rowheader" part="label">${label}</th>
<td role="cell" class="missing" colspan="9">${t('missing', { part })}</td></tr>`;
  }
  const figure = (span: Span) => moneyText(context, view, span);
  const picked = id === chosen;
  return html`<tr role="row" part=${picked ? 'row chosen' : 'row'} class=${picked ? 'chosen' : ''} data-id=${id}><th scope="row" role="rowheader" part="label">${label}
${picked ? html`<span class="badge" part="badge">${t('chosen')}</span>` : nothing}</th>
${PARTS.map((part, i) => cell(names[i]!, figure(estimate.parts[part])))}${cell(t('total'), figure(estimate.total), 'total')}
${view.home ? cell(t('saving'), estimate.saving ? saving(context, view, estimate.saving) : '—', 'saving') : nothing}
<td role="cell" class="action-cell"><button type="button" class="action" part="quote-button" aria-label=${t('requestQuoteFor', { label })}
 aria-pressed=${picked} @click=${() => select(detailOf(estimate, view.currency), label)}>${t('requestQuote')}</button></td></tr>`;
}

function table(context: Context, view: TripView, names: string[]): TemplateResult {
  const { t } = context;
  const columns = [t('columnDestination'), ...names, t('total'), ...(view.home ? [t('saving')] : [])];
  return html`<table role="table" part="table"><thead role="rowgroup"><tr role="row">
${columns.map((column) => html`<th scope="col" role="columnheader">${column}</th>`)}
<th scope="col" role="columnheader"><span class="sr-only">${t('columnAction')}</span></th></tr></thead>
<tbody role="rowgroup">${view.estimates.map((estimate) => row(context, view, estimate, names))}</tbody></table>`;
}

/** Where a group of figures comes from: examples or source, and their date. */
function provenance({ t, locale, isolated }: Context, part: string, group: { example?: boolean; source?: { name: string; url?: string }; asOf?: string }) {
  const asOf = parseIsoDate(group.asOf);
  const url = safeUrl(group.source?.url);
  const source = group.source ? isolated('source', { source: group.source.name }) : '';
  if (!group.example && !source && !asOf) return nothing;
  return html`<li>${part}: ${group.example ? t('exampleFigures') : nothing}
${url ? html`<a href=${url.href} target="_blank" rel="noopener noreferrer">${source}</a>` : source} ${asOf ? t('asOf', { date: date(locale, asOf) }) : nothing}</li>`;
}

function notes(context: Context, view: TripView): TemplateResult {
  const { t, locale } = context;
  const { trip, treatment, basis, range, rates } = view;
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(basis.contingency);
  return html`<ul class="note notes" part="notes">
<li>${t('nightsNote', { range: numberFormat(locale, {}).formatRange(range.min, range.max) })}</li>
${basis.companion ? html`<li>${t('companionNote')}</li>` : nothing}
<li>${t('contingencyNote', { percent })}</li>
${view.home ? html`<li>${context.isolated('savingNote', { place: name(context, treatment.baseline!) })}</li>` : nothing}
${view.approximate && rates ? html`<li>${t('converted', { date: date(locale, parseIsoDate(rates.date)!) })}</li>` : nothing}
${provenance(context, t('treatment'), treatment)}${provenance(context, t('travel'), trip.flights)}
${provenance(context, t('stay'), trip.stay)}${provenance(context, t('other'), trip.local)}</ul>`;
}

/** Everything below the title. */
export function renderTrip(context: Context, view: TripView): TemplateResult {
  const { t } = context;
  const { home, treatment } = view;
  const names = partNames(context, view);
  const bars = view.estimates.flatMap((e) =>
    e.ok ? [{ label: name(context, e.row), parts: PARTS.map((part) => e.parts[part].high ?? e.parts[part].low), low: e.total.low }] : [],
  );
  if (home) bars.unshift({ label: t('home', { place: name(context, treatment.baseline!) }), parts: [home.high ?? home.low, 0, 0, 0, 0], low: home.low });
  const description = t('chartDescription', { bars: totalsInWords(context, view) });
  return html`${controls(context, view)}
<figure class="chart" part="chart">${chart(bars, context.rtl, t('chartTitle'), description)}${legend(names, t('lowEnd'))}</figure>
${table(context, view, names)}
<p class="disclaimer" part="disclaimer">${t('disclaimer')}</p>
${notes(context, view)}`;
}
