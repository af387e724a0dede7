/**
 * A price sheet as the cost table's data (the format is in docs/data.md): one row per
 * destination, columns in any order and any case. Loaded on demand, with core/sheet.ts, in the
 * cost table's sheet chunk.
 */
import type { DataIssue, Schema } from '../schema/validate.js';
import type { CostTableData } from '../schema/cost-table.js';
import { checkSheet, parseSheet, sheetNumber, type SheetDocument, type SheetRow } from '../core/sheet.js';

const YES = /^(yes|true|1|x|y|sí|si|oui|ja|نعم)$/i;
/** Without these the sheet cannot be a price list (`regions` may stand in for `label`). */
const REQUIRED = ['id', 'label', 'low', 'high', 'currency'];
/** Data paths whose column has another name. */
const COLUMNS: Record<string, string> = {
  openEnded: 'open-ended',
  'statedSavings.low': 'savings-low',
  'statedSavings.high': 'savings-high',
  asOf: 'as-of',
  'source.name': 'source',
  'source.url': 'source-url',
};
/** What a cell in the wrong format should look like, for whoever edits the sheet. */
const FORMATS: Record<string, string> = {
  id: 'expected letters, digits, - or _ only (no spaces)',
  currency: 'expected a three-letter currency code, such as USD',
  regions: 'expected two-letter country codes, such as MX CO',
  'as-of': 'expected a date written 2026-10-01',
  'source-url': 'expected a link starting with https://',
};

/** The object without its undefined fields: the JSON a partner copies stays tidy. */
const compact = <O extends object>(object: O): O => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as O;
const list = (cell: string | undefined) => (cell ? cell.split(/\s*[;|\n]\s*/).filter(Boolean) : undefined);

export function costTableFromSheet(text: string, fallbackCaption: string): SheetDocument {
  const sheet = parseSheet(text);
  const number = (cell: string | undefined) => sheetNumber(cell ?? '', sheet.separator);
  const issues: DataIssue[] = REQUIRED.filter((column) => !sheet.columns.includes(column) && !(column === 'label' && sheet.columns.includes('regions'))).map(
    (column) => ({ path: `column ${column}`, message: 'is missing from the header row' }),
  );

  if (issues.length) return { value: undefined, issues, locate: (issue) => issue };

  let baseline: SheetRow | undefined;
  const destinations: SheetRow[] = [];
  for (const row of sheet.rows) {
    const role = row.cells.role?.toLowerCase() ?? '';
    if (role === 'baseline' && !baseline) baseline = row;
    else if (role === 'baseline') issues.push({ path: `row ${row.line}, column role`, message: `only one row can be the baseline (row ${baseline!.line} is)` });
    else if (role === '' || role === 'destination') destinations.push(row);
    else issues.push({ path: `row ${row.line}, column role`, message: 'expected baseline, destination or nothing' });
  }

  const first = baseline ?? destinations[0];
  const currency = first?.cells.currency?.toUpperCase() || undefined;
  const toRow = ({ cells }: SheetRow) =>
    compact({
      id: cells.id,
      label: cells.label || undefined,
      regions: cells.regions ? cells.regions.split(/[\s,;|]+/).filter(Boolean).map((code) => code.toUpperCase()) : undefined,
      low: number(cells.low),
      high: number(cells.high),
      openEnded: YES.test(cells['open-ended'] ?? '') || undefined,
      // A row's own currency only when it is not the table's (the first row's).
      currency: cells.currency && cells.currency.toUpperCase() !== currency ? cells.currency.toUpperCase() : undefined,
      statedSavings:
        cells['savings-low'] || cells['savings-high'] ? { low: number(cells['savings-low']), high: number(cells['savings-high']) } : undefined,
      notes: cells.notes || undefined,
      includes: list(cells.includes),
      excludes: list(cells.excludes),
    });
  /** The first row that fills a table-wide column (caption, as-of, source, source-url). */
  const firstWith = (column: string) => sheet.rows.find((row) => row.cells[column]);
  const sourceName = firstWith('source')?.cells.source;
  const value = compact({
    caption: firstWith('caption')?.cells.caption ?? fallbackCaption,
    currency,
    baseline: baseline && toRow(baseline),
    rows: destinations.map(toRow),
    // Savings are computed against a baseline row; without one, the sheet's own figures, if any.
    savings: baseline ? 'computed' : sheet.columns.some((column) => column.startsWith('savings-')) ? 'stated' : 'none',
    asOf: firstWith('as-of')?.cells['as-of'],
    source: sourceName ? compact({ name: sourceName, url: firstWith('source-url')?.cells['source-url'] }) : undefined,
  });

  /** The row a data path points into, and the column name of the rest of the path. */
  function place(path: string): { row?: SheetRow; column: string } | null {
    const match = /^(baseline|rows\[(\d+)\])(?:\.(\w+)(?:\[\d+\])?(?:\.(\w+))?)?$/.exec(path);
    if (match) {
      const field = [match[3], match[4]].filter(Boolean).join('.');
      return { row: match[1] === 'baseline' ? baseline : destinations[Number(match[2])], column: COLUMNS[field] ?? (match[3] || 'id') };
    }
    const column = COLUMNS[path] ?? path;
    if (column === 'currency') return first ? { row: first, column } : null;
    if (['caption', 'as-of', 'source', 'source-url'].includes(column)) return { row: firstWith(column), column };
    return null;
  }

  return {
    value,
    issues,
    locate(issue) {
      if (issue.path === 'rows') return { path: 'the sheet', message: issue.message.includes('least') ? 'has no destination rows' : 'has too many rows (1,000 at most)' };
      const found = place(issue.path);
      if (!found) return issue.path === 'currency' ? null : issue; // no rows: said already
      const { row, column } = found;
      const cell = row?.cells[column] ?? '';
      const wrongKind = issue.message.startsWith('expected ') || issue.message === 'has an invalid format';
      const message = !cell && wrongKind
        ? 'is empty'
        : issue.message === 'expected number'
          ? 'expected a number'
          : issue.message === 'has an invalid format'
            ? (FORMATS[column] ?? issue.message)
            : issue.message;
      return { path: row ? `row ${row.line}, column ${column}` : `column ${column}`, message };
    },
  };
}

/** The cost table's `readSheet`: the sheet as checked data (its schema comes from the element). */
export const read = (text: string, schema: Schema<CostTableData>, fallbackCaption: string) => checkSheet(schema, costTableFromSheet(text, fallbackCaption));
