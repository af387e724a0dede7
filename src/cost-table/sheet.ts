/**
 * A price sheet as the cost table's data. One row per destination, columns (any order, any case):
 * `id`, `label`, `low`, `high`, `currency`, `role` (`baseline` marks the home-country row; empty or
 * `destination` for the others), and optionally `regions` (country codes separated by spaces),
 * `open-ended` (yes/true), `savings-low`/`savings-high` (stated savings in percent), `notes`,
 * `caption` (the table's title, read from the first row that has one).
 */
import type { DataIssue } from '../schema/validate.js';
import { parseSheet, sheetNumber, type SheetRow } from '../core/sheet.js';

const YES = /^(yes|true|1|x|sí|si|نعم)$/i;

export interface SheetDocument {
  value: Record<string, unknown>;
  /** Turns an issue's data path (`rows[2].high`) into the sheet's words (`row 4, column high`). */
  locate(issue: DataIssue): DataIssue;
}

export function costTableFromSheet(text: string, fallbackCaption: string): SheetDocument {
  const sheet = parseSheet(text);
  const number = (cell: string | undefined) => sheetNumber(cell ?? '', sheet.separator);
  const toRow = ({ cells }: SheetRow) => {
    const stated = cells['savings-low'] || cells['savings-high'] ? { low: number(cells['savings-low']), high: number(cells['savings-high']) } : undefined;
    return {
      id: cells.id,
      label: cells.label || undefined,
      regions: cells.regions ? cells.regions.split(/[\s,|]+/).filter(Boolean).map((code) => code.toUpperCase()) : undefined,
      low: number(cells.low),
      high: number(cells.high),
      openEnded: YES.test(cells['open-ended'] ?? '') || undefined,
      currency: cells.currency ? cells.currency.toUpperCase() : undefined,
      statedSavings: stated,
      notes: cells.notes || undefined,
    };
  };
  const isBaseline = (row: SheetRow) => row.cells.role?.toLowerCase() === 'baseline';
  const baseline = sheet.rows.find(isBaseline);
  const destinations = sheet.rows.filter((row) => !isBaseline(row));
  const first = baseline ?? destinations[0];
  const value = {
    caption: sheet.rows.find((row) => row.cells.caption)?.cells.caption ?? fallbackCaption,
    currency: (first?.cells.currency || 'USD').toUpperCase(),
    baseline: baseline ? toRow(baseline) : undefined,
    rows: destinations.map(toRow),
    savings: baseline ? 'computed' : 'none',
  };
  return {
    value,
    locate(issue) {
      const match = /^(baseline|rows\[(\d+)\])(?:\.([\w.]+))?/.exec(issue.path);
      const row = match && (match[1] === 'baseline' ? baseline : destinations[Number(match[2])]);
      if (!row) return issue.path === 'rows' ? { ...issue, path: 'the sheet', message: 'has no destination rows' } : issue;
      const field = match[3] ?? '';
      const column = { openEnded: 'open-ended', 'statedSavings.low': 'savings-low', 'statedSavings.high': 'savings-high' }[field] ?? (field.split('.')[0] || 'id');
      return { ...issue, path: `row ${row.line}, column ${column}` };
    },
  };
}
