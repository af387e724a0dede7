import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { checkAttribute, jsonAttribute, oneOf, warnAttribute } from '../core/attribute-checks.js';
import { MqElement } from '../core/element.js';
import { MqSelectEvent, MqSortEvent, type SortDirection, type SortKey } from '../core/events.js';
import { heading, isHeadingLevel } from '../core/heading.js';
import { list, moneyRange, percentRange, placeName } from '../core/format.js';
import { loadWithSheets, readSheet, type SheetResult } from '../core/sheets.js';
import { costTable, exchangeRates, type CostRow, type CostTableData, type ExchangeRates } from '../schema/cost-table.js';
import { stemCellScarCosts } from '../data/stem-cell-scars.js';
import { priceTable, sortRows, type PricedRow, type SavingsMode } from './prices.js';
import { costNotes } from './notes.js';
import { costTableStyles } from './cost-table.styles.js';
import en from './i18n/en.js';

const SORT_KEYS: SortKey[] = ['label', 'price', 'savings'];
const SAVINGS_MODES: SavingsMode[] = ['computed', 'stated', 'none'];
const DIRECTIONS: SortDirection[] = ['ascending', 'descending'];

type Sort = { key: SortKey; direction: SortDirection };
/** The attributes as checked against the data, in `willUpdate`: what the render shows. */
interface View {
  rates: ExchangeRates | undefined;
  currency: string;
  mode: SavingsMode;
  /** The order the `sort` attributes ask for, if any. */
  sort: Sort | null;
}

/**
 * A treatment's estimated cost by destination, with savings against a home-country baseline.
 * A real `<table>` in wide containers; stacked cards in narrow ones.
 *
 * Data comes from the `data` property, an inline `<script type="application/json">` child, the
 * `src` URL, or the built-in default (stem cell therapy for scars), in that order. `src` may also
 * be a price sheet: a CSV file or a published spreadsheet's CSV link, one row per destination
 * (see Price sheets).
 *
 * @customElement mq-cost-table
 * @summary Treatment cost comparison by destination.
 *
 * @fires {MqSelectEvent} mq-select - A patient chose "Request a quote" on a destination. `detail`: `{ id, label, low, high, currency }` in the data's currency. No personal data.
 * @fires {MqSortEvent} mq-sort - The patient sorted the table. `detail`: `{ key, direction }`.
 * @fires {MqDataErrorEvent} mq-data-error - The data failed validation or could not be fetched. `detail`: `{ source, issues: [{ path, message }] }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart caption - The title above the table: treatment and subtitle.
 * @csspart title - The treatment's name, a heading (its level from `heading-level`).
 * @csspart table - The `<table>`.
 * @csspart header - A column header cell.
 * @csspart sort-button - A column's sort button.
 * @csspart row - A destination row (also `row baseline`, `row highlighted` and `row chosen`).
 * @csspart label - A destination's name cell.
 * @csspart price - A price cell.
 * @csspart savings - A savings cell.
 * @csspart quote-button - A row's "Request a quote" button, pressed (`aria-pressed="true"`) once chosen.
 * @csspart badge - The "baseline", "featured" and "chosen" tags.
 * @csspart disclaimer - The "estimates, not medical advice" note.
 * @csspart notes - Footnotes: inclusions, savings method (its formula behind "How we compute this"), conversion, source.
 * @csspart status - The live region for loading and error states.
 * @csspart error - The error message shown for bad data.
 *
 * @cssprop --mq-font-family - Font; inherits the host page's by default.
 * @cssprop --mq-font-size - Base size; follows the host (never below 14px) by default.
 * @cssprop --mq-color-text - Text colour.
 * @cssprop --mq-color-muted - Secondary text colour.
 * @cssprop --mq-color-surface - Background.
 * @cssprop --mq-color-surface-alt - Header and card background.
 * @cssprop --mq-color-border - Borders.
 * @cssprop --mq-color-accent - Buttons and links.
 * @cssprop --mq-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --mq-color-highlight - Background of the featured and chosen rows; a tint of the accent by default.
 * @cssprop --mq-color-danger - Error text.
 * @cssprop --mq-color-focus - Focus ring.
 * @cssprop --mq-radius - Corner radius.
 * @cssprop --mq-space - Base spacing (the panel's padding).
 */
export class MqCostTable extends MqElement<CostTableData, typeof en> {
  static override styles = [...MqElement.styles, costTableStyles];

  /** Show prices in this ISO 4217 currency, converted with `rates`. Falls back to the data's currency. */
  @property() currency?: string;

  /**
   * Exchange rates for `currency`, as JSON or an object: `{ "base": "USD", "date": "2026-11-01",
   * "rates": { "EUR": 0.92 } }`. The widget never fetches rates itself.
   */
  @property({ converter: jsonAttribute }) rates?: unknown;

  /** The `id` of a row to mark as featured. */
  @property() highlight?: string;

  /** Initial sort column: `label`, `price` or `savings`. Unset keeps the data's order. */
  @property() sort?: string;

  /** `ascending` (default) or `descending`. */
  @property({ attribute: 'sort-direction' }) sortDirection?: string;

  /** `computed` (against the baseline), `stated` (the source's figures) or `none`. Overrides the data. */
  @property() savings?: string;

  /** Hides the "Request a quote" buttons (for pages without a quote form). */
  @property({ type: Boolean, attribute: 'hide-quote' }) hideQuote = false;

  /** The level of the caption's heading, 1 to 6 (default 2), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The row whose "Request a quote" the patient pressed last: shown as chosen. */
  @state() private chosen?: string;

  /** The patient's own sort choice; it wins over the `sort` attributes until they change. */
  @state() private userSort?: Sort;

  private view?: View;

  /**
   * The table's data as it is shown: validated, from whichever source won (the default included);
   * null while loading or in the error state. Read-only: a `<mq-trip-estimator for>` reads it.
   */
  get resolvedData(): CostTableData | null {
    return this.currentData();
  }

  protected readonly schema = costTable;

  /** @internal The data layer's loader: this element reads price sheets too (core/sheets.ts). */
  readonly loadData = loadWithSheets;

  /**
   * Reads a price sheet (CSV, or tab-separated cells as copied from a spreadsheet) the way a CSV
   * `src` is read, without showing it: resolves with `{ ok: true, value }`, the table's data as
   * JSON (to inline), or `{ ok: false, issues }`, each naming its row and column. Loads the sheet
   * reader on first use.
   */
  readSheet(text: string): Promise<SheetResult<CostTableData>> {
    return readSheet(() => import('./sheet.js').then((sheet) => sheet.read(text, this.schema, this.t('columnPrice'))));
  }

  protected readonly catalogs = { en, lazy: { es: () => import('./i18n/es.js'), ar: () => import('./i18n/ar.js') } };
  protected defaultData(): CostTableData {
    return stemCellScarCosts({
      caption: this.t('defaultCaption'),
      baseline: this.t('defaultBaseline'),
      includes: this.t('defaultIncludes'),
      excludes: this.t('defaultExcludes'),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sort') || changed.has('sortDirection')) this.userSort = undefined;
    if (changed.has('headingLevel') && !isHeadingLevel(this.headingLevel)) warnAttribute(this, 'heading-level', this.headingLevel, '2');
    const data = this.currentData();
    if (!data) return;
    const rates = checkAttribute(this, 'rates', exchangeRates, this.rates, 'no conversion');
    this.view = { rates, currency: this.targetCurrency(data, rates), mode: this.savingsMode(data), sort: this.attributeSort() };
    if (this.highlight && !data.rows.some((row) => row.id === this.highlight) && data.baseline?.id !== this.highlight) {
      warnAttribute(this, 'highlight', this.highlight, 'no highlighted row');
    }
  }

  private attributeSort(): Sort | null {
    const key = oneOf(this, 'sort', this.sort, SORT_KEYS);
    if (!key) return null;
    return { key, direction: oneOf(this, 'sort-direction', this.sortDirection, DIRECTIONS, 'ascending') };
  }

  private currentSort(): Sort | null {
    return this.userSort ?? this.view!.sort;
  }

  private targetCurrency(data: CostTableData, rates: ExchangeRates | undefined): string {
    if (!this.currency) return data.currency;
    const code = this.currency.trim().toUpperCase();
    const known = rates && (code === rates.base || code in rates.rates);
    if (code === data.currency || (/^[A-Z]{3}$/.test(code) && known)) return code;
    warnAttribute(this, 'currency', this.currency, `${data.currency} (no exchange rate for it in rates)`);
    return data.currency;
  }

  private savingsMode(data: CostTableData): SavingsMode {
    return oneOf(this, 'savings', this.savings, SAVINGS_MODES, data.savings ?? 'computed');
  }

  private label(row: CostRow): string {
    return placeName(this.localeTag, row);
  }

  private onSort(key: SortKey): void {
    const current = this.currentSort();
    const direction: SortDirection = current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending';
    this.userSort = { key, direction };
    const column = this.t(key === 'label' ? 'columnDestination' : key === 'price' ? 'columnPrice' : 'columnSavings');
    this.announcement = this.t('sorted', { column, direction: this.t(direction) });
    this.dispatchEvent(new MqSortEvent({ key, direction }));
  }

  private onSelect(row: CostRow, currency: string): void {
    this.chosen = row.id;
    this.dispatchEvent(
      new MqSelectEvent({ id: row.id, label: this.label(row), low: row.low, high: row.high ?? null, currency }),
    );
  }

  private price(priced: PricedRow): string {
    const range = moneyRange(this.localeTag, priced.low, priced.high, priced.currency, priced.approximate);
    const text =
      priced.high === null
        ? this.t('fromPrice', { price: range })
        : priced.row.openEnded
          ? this.t('openRange', { range })
          : range;
    return priced.approximate ? this.t('approximate', { price: text }) : text;
  }

  private savingsText(priced: PricedRow, mode: SavingsMode): string {
    if (!priced.savings) return this.t('savingsUnknown');
    const range = percentRange(this.localeTag, priced.savings.low, priced.savings.high);
    return this.t(mode === 'stated' ? 'savingsStated' : 'savingsRange', { range });
  }

  private header(key: SortKey, label: string, sort: Sort | null): TemplateResult {
    const active = sort?.key === key;
    return html`<th scope="col" role="columnheader" part="header" aria-sort=${active ? sort!.direction : nothing}>
      <button type="button" part="sort-button" class="sort" aria-label=${this.t('sortBy', { column: label })}
        @click=${() => this.onSort(key)}>
        <span>${label}</span><span class="arrow" aria-hidden="true">${active ? (sort!.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  }

  private rowDetails(row: CostRow): TemplateResult | typeof nothing {
    if (!row.notes && !row.includes && !row.excludes) return nothing;
    return html`<span class="details">
      ${row.notes ? html`<span>${row.notes}</span>` : nothing}
      ${row.includes ? html`<span>${this.tIsolated('rowIncludes', { items: list(this.localeTag, row.includes) })}</span>` : nothing}
      ${row.excludes ? html`<span>${this.tIsolated('rowExcludes', { items: list(this.localeTag, row.excludes) })}</span>` : nothing}
    </span>`;
  }

  private renderRow(priced: PricedRow, mode: SavingsMode, baseline: boolean, dataCurrency: string): TemplateResult {
    const { row } = priced;
    const highlighted = row.id === this.highlight;
    const chosen = !baseline && row.id === this.chosen;
    const label = this.label(row);
    const cell = (name: string) => html`<span class="cell-label" aria-hidden="true">${name}</span>`;
    return html`<tr role="row" part=${`row${baseline ? ' baseline' : ''}${highlighted ? ' highlighted' : ''}${chosen ? ' chosen' : ''}`}
        class=${classMap({ baseline, highlighted, chosen })} data-id=${row.id}>
      <th scope="row" role="rowheader" part="label">
        <span class="name">${label}</span>
        ${baseline ? html`<span class="badge" part="badge">${this.t('baseline')}</span>` : nothing}
        ${highlighted ? html`<span class="badge featured" part="badge">${this.t('featured')}</span>` : nothing}
        ${chosen ? html`<span class="badge" part="badge">${this.t('chosen')}</span>` : nothing}
        ${this.rowDetails(row)}
      </th>
      <td role="cell" part="price">${cell(this.t('columnPrice'))}<span>${this.price(priced)}</span></td>
      ${mode === 'none'
        ? nothing
        : html`<td role="cell" part="savings">${cell(this.t('columnSavings'))}<span>${baseline ? '—' : this.savingsText(priced, mode)}</span></td>`}
      ${this.hideQuote
        ? nothing
        : html`<td role="cell" class="action-cell">${baseline
            ? nothing
            : html`<button type="button" part="quote-button" class="action" aria-label=${this.t('requestQuoteFor', { label })}
                aria-pressed=${chosen} @click=${() => this.onSelect(row, row.currency ?? dataCurrency)}>${this.t('requestQuote')}</button>`}</td>`}
    </tr>`;
  }

  protected renderData(data: CostTableData): TemplateResult {
    const { rates, currency, mode } = this.view!;
    const { baseline, rows } = priceTable(data, currency, rates, mode);
    const sort = this.currentSort();
    const sorted = sort ? sortRows(rows, sort.key, sort.direction, (row) => this.label(row), this.localeTag) : rows;
    const converted = [baseline, ...rows].some((row) => row?.approximate);
    // The title is a heading above the table (a heading inside a caption breaks the table role);
    // the caption, for screen readers, names the table.
    return html`<div class="caption" part="caption">${heading(this.headingLevel, data.caption)}<p class="subtitle">${this.t('subtitle')}</p></div>
      <table role="table" part="table">
        <caption class="sr-only">${data.caption} ${this.t('subtitle')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            ${this.header('label', this.t('columnDestination'), sort)} ${this.header('price', this.t('columnPrice'), sort)}
            ${mode === 'none' ? nothing : this.header('savings', this.t('columnSavings'), sort)}
            ${this.hideQuote ? nothing : html`<th scope="col" role="columnheader" class="action-header"><span class="sr-only">${this.t('columnAction')}</span></th>`}
          </tr>
        </thead>
        ${baseline ? html`<tbody role="rowgroup" class="baseline-group">${this.renderRow(baseline, mode, true, data.currency)}</tbody>` : nothing}
        <tbody role="rowgroup">${sorted.map((row) => this.renderRow(row, mode, false, data.currency))}</tbody>
      </table>
      <p class="disclaimer" part="disclaimer">${this.t('disclaimer')}</p>
      ${costNotes(
        { t: (key, ...params) => this.t(key, ...params), isolated: (key, params) => this.tIsolated(key, params), locale: this.localeTag },
        data,
        { mode, baseline: baseline ? this.label(baseline.row) : undefined, rates: converted ? rates : undefined },
      )}`;
  }
}
