/**
 * The built-in default: stem cell therapy for scars (autologous, adipose-derived cells), with the
 * figures of PlacidWay's guide "Scar Removal with Stem Cell Therapy & Medical Tourism" (USD,
 * estimates for localized regenerative treatment; the guide gives no date). The wording is ours.
 * Destinations are country codes so `Intl.DisplayNames` names them in the page's language
 * (Chromium has no names for UN regions such as Western Europe, so the baseline has words of its own).
 */
import type { CostTableData } from '../schema/cost-table.js';

const words = {
  en: {
    caption: 'Stem cell therapy for scars',
    baseline: 'United States / Western Europe',
    includes: ['fat harvest', 'lab processing of the cells', 'injection'],
    excludes: ['flights', 'hotel', 'extra nights'],
  },
  es: {
    caption: 'Terapia con células madre para cicatrices',
    baseline: 'Estados Unidos / Europa occidental',
    includes: ['la extracción de grasa', 'el procesado de las células en laboratorio', 'la inyección'],
    excludes: ['vuelos', 'hotel', 'noches adicionales'],
  },
  ar: {
    caption: 'العلاج بالخلايا الجذعية للندبات',
    baseline: 'الولايات المتحدة / أوروبا الغربية',
    includes: ['سحب الدهون', 'معالجة الخلايا في المختبر', 'الحقن'],
    excludes: ['الطيران', 'الفندق', 'الليالي الإضافية'],
  },
};

export function stemCellScarCosts(language: string): CostTableData {
  const text = words[language as keyof typeof words] ?? words.en;
  return {
    caption: text.caption,
    currency: 'USD',
    source: { name: 'PlacidWay, “Scar Removal with Stem Cell Therapy & Medical Tourism”' },
    savings: 'computed',
    includes: text.includes,
    excludes: text.excludes,
    baseline: { id: 'us-western-europe', label: text.baseline, low: 15000, high: 25000, openEnded: true },
    rows: [
      { id: 'mexico-colombia', regions: ['MX', 'CO'], low: 4000, high: 12000, statedSavings: { low: 50, high: 70 } },
      { id: 'turkey-thailand', regions: ['TR', 'TH'], low: 3000, high: 10000, statedSavings: { low: 60, high: 80 } },
      { id: 'india-malaysia', regions: ['IN', 'MY'], low: 2500, high: 8000, statedSavings: { low: 65, high: 85 } },
    ],
  };
}
