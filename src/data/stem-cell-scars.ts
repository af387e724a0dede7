/**
 * The built-in default: stem cell therapy for scars (autologous, adipose-derived cells), with the
 * figures of PlacidWay's guide "Scar Removal with Stem Cell Therapy & Medical Tourism" (USD,
 * estimates for localized regenerative treatment; the guide gives no date). The words come from
 * the element's catalog, so the default speaks the page's language; destinations are country
 * codes that `Intl.DisplayNames` names (Chromium has no names for UN regions such as Western
 * Europe, so the baseline has a label of its own).
 */
import type { CostTableData } from '../schema/cost-table.js';

export interface StemCellScarWords {
  caption: string;
  baseline: string;
  includes: string;
  excludes: string;
}

export function stemCellScarCosts(words: StemCellScarWords): CostTableData {
  return {
    caption: words.caption,
    currency: 'USD',
    source: { name: 'PlacidWay, “Scar Removal with Stem Cell Therapy & Medical Tourism”' },
    savings: 'computed',
    includes: [words.includes],
    excludes: [words.excludes],
    baseline: { id: 'us-western-europe', label: words.baseline, low: 15000, high: 25000, openEnded: true },
    rows: [
      { id: 'mexico-colombia', regions: ['MX', 'CO'], low: 4000, high: 12000, statedSavings: { low: 50, high: 70 } },
      { id: 'turkey-thailand', regions: ['TR', 'TH'], low: 3000, high: 10000, statedSavings: { low: 60, high: 80 } },
      { id: 'india-malaysia', regions: ['IN', 'MY'], low: 2500, high: 8000, statedSavings: { low: 65, high: 85 } },
    ],
  };
}
