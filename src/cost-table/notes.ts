/**
 * The cost table's footnotes: what the prices cover, how savings are found (in a patient's words,
 * the formula behind "How we compute this"), the conversion, the source and its date.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../core/data.js';
import { date, list, parseIsoDate } from '../core/format.js';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import type { CostTableData, ExchangeRates } from '../schema/cost-table.js';
import type { SavingsMode } from './prices.js';
import type en from './i18n/en.js';

export interface NotesContext {
  t: <K extends MessageKey<typeof en>>(key: K, ...params: MessageParams<typeof en, K>) => string;
  /** `t()` with partner text in `<bdi>` isolates. */
  isolated: (key: 'includes' | 'excludes' | 'savingsComputed' | 'savingsFormula' | 'source', params: Record<string, string>) => unknown;
  locale: string;
}

export interface NotesFacts {
  mode: SavingsMode;
  /** The baseline's name, when there is a baseline. */
  baseline: string | undefined;
  /** Rates that converted some price, if any did. */
  rates: ExchangeRates | undefined;
}

export function costNotes({ t, isolated, locale }: NotesContext, data: CostTableData, { mode, baseline, rates }: NotesFacts): TemplateResult {
  const asOf = parseIsoDate(data.asOf);
  const sourceUrl = safeUrl(data.source?.url);
  const source = data.source && isolated('source', { source: data.source.name });
  return html`<ul class="note notes" part="notes">
    ${data.includes ? html`<li>${isolated('includes', { items: list(locale, data.includes) })}</li>` : nothing}
    ${data.excludes ? html`<li>${isolated('excludes', { items: list(locale, data.excludes) })}</li>` : nothing}
    ${mode === 'computed' && baseline
      ? html`<li>${isolated('savingsComputed', { baseline })}
          <details><summary>${t('savingsHow')}</summary>${isolated('savingsFormula', { baseline })}</details></li>`
      : nothing}
    ${mode === 'stated' ? html`<li>${t('savingsStatedNote')}</li>` : nothing}
    ${rates ? html`<li>${t('converted', { from: data.currency, date: date(locale, parseIsoDate(rates.date)!) })}</li>` : nothing}
    ${source ? html`<li>${sourceUrl ? html`<a href=${sourceUrl.href} target="_blank" rel="noopener noreferrer">${source}</a>` : source}</li>` : nothing}
    ${asOf ? html`<li>${t('asOf', { date: date(locale, asOf) })}</li>` : nothing}
  </ul>`;
}
