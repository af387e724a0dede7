/**
 * Spreadsheet exports as data: CSV as clinics' spreadsheets write it (UTF-8 with or without a
 * byte-order mark, comma- or semicolon-separated, quoted fields) and tab-separated text as a
 * spreadsheet puts it on the clipboard. Parsing is d3-dsv's; this module only picks the
 * separator and keeps each row's line number, so errors can name the row and column.
 *
 * Loaded only when a sheet arrives (its own chunk): pages with JSON data never download it.
 */
import { dsvFormat } from 'd3-dsv';

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  line: number;
  cells: Record<string, string>;
}

export interface Sheet {
  columns: string[];
  rows: SheetRow[];
  separator: ',' | ';' | '\t';
}

/** The separator used most in the header line, outside quotes. */
function separatorOf(header: string): Sheet['separator'] {
  const unquoted = header.replace(/"[^"]*"/g, '');
  const count = (char: string) => unquoted.split(char).length - 1;
  const candidates = ['\t', ';', ','] as const;
  return candidates.reduce((best, char) => (count(char) > count(best) ? char : best), ',');
}

export function parseSheet(text: string): Sheet {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const separator = separatorOf(clean.slice(0, clean.indexOf('\n') >>> 0));
  const [header = [], ...body] = dsvFormat(separator).parseRows(clean);
  const columns = header.map((name) => name.trim().toLowerCase());
  const rows: SheetRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => !cell.trim())) return; // blank lines at the end of an export
    rows.push({ line: index + 2, cells: Object.fromEntries(columns.map((name, column) => [name, (cells[column] ?? '').trim()])) });
  });
  return { columns, rows, separator };
}

/**
 * A number as a spreadsheet in the sheet's region writes it: with semicolons, "12.000,50" (comma
 * decimals); otherwise "12,000.50". Currency signs and spaces are ignored. Anything else is
 * returned as it is, so validation names the cell.
 */
export function sheetNumber(cell: string, separator: Sheet['separator']): number | string | undefined {
  if (!cell) return undefined;
  const bare = cell.replace(/[\s\u00a0\u202f$€£¥₺₹]/g, '');
  const normal = separator === ';' ? bare.replace(/\./g, '').replace(',', '.') : bare.replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : cell;
}
