/**
 * The floor for `npm run bench`: the least a Lit element can do to show the same 200-row table
 * and sort it. No validation, no languages, no styles to speak of.
 */
import { html, LitElement } from 'lit';
import { rows } from './rows.js';

class BareTable extends LitElement {
  static properties = { ascending: { state: true } };
  declare ascending: boolean | undefined;

  override render() {
    const sorted = this.ascending === undefined ? rows : [...rows].sort((a, b) => (this.ascending ? a.low - b.low : b.low - a.low));
    const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
    return html`<table>
      <thead><tr><th><button class="sort" @click=${() => (this.ascending = !this.ascending)}>Price</button></th></tr></thead>
      <tbody>${sorted.map((row) => html`<tr><th>${row.label}</th><td>${money.formatRange(row.low, row.high)}</td></tr>`)}</tbody>
    </table>`;
  }
}
customElements.define('bare-table', BareTable);
