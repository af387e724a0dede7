/**
 * Spreadsheet exports as data: CSV as clinics' spreadsheets write it (UTF-8 with or without a
 * byte-order mark, comma- or semicolon-separated, quoted fields, line breaks inside quotes) and
 * tab-separated text as a spreadsheet puts it on the clipboard. Each row keeps its number as the
 * spreadsheet shows it, so errors can name the row and the column.
 *
 * Loaded only when a sheet arrives (in its element's sheet chunk): pages with JSON data never
 * download it. The reader is written here rather than taken from a library: the one we tried
 * (d3-dsv) ships a `new Function` code path, which the widget contract rules out, and pulls three
 * command-line packages into every install.
 */
import { validate, type DataIssue, type Schema } from '../schema/validate.js';

/** A sheet's data, or every problem with it by row and column (what `readSheet` resolves with). */
export type SheetResult<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

export interface SheetRow {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  line: number;
  /** Cells by column name (lower case, trimmed); a missing cell is ''. */
  cells: Record<string, string>;
}

export type Separator = ',' | ';' | '\t';

export interface Sheet {
  columns: string[];
  rows: SheetRow[];
  separator: Separator;
}

/** The separator used most in the header line, outside quotes (a tie goes to the comma). */
function separatorOf(text: string): Separator {
  const header = text.slice(0, (text.indexOf('\n') + 1 || text.length + 1) - 1).replace(/"[^"]*"/g, '');
  const count = (char: string) => header.split(char).length - 1;
  return (['\t', ';', ','] as const).reduce((best, char) => (count(char) > count(best) ? char : best), ',');
}

/**
 * Rows of cells, RFC 4180: a field that starts with a quote runs to the closing quote, `""`
 * inside it is one quote, and separators and line breaks inside it are text. A quote elsewhere
 * is an ordinary character (`5" screen`).
 */
function records(text: string, separator: Separator): string[][] {
  const rows: string[][] = [];
  const row: string[] = [];
  let cell = '';
  let quoted = false;
  let started = false; // whether the cell has begun: a quote opens a quoted field only at its start
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') cell += text[i++];
      else quoted = false;
    } else if (char === '"' && !started) {
      quoted = started = true;
    } else if (char === separator || char === '\n') {
      row.push(cell);
      cell = '';
      started = false;
      if (char === '\n') rows.push(row.splice(0));
    } else {
      cell += char;
      started = true;
    }
  }
  if (started || row.length) rows.push([...row, cell]);
  return rows;
}

export function parseSheet(text: string): Sheet {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const separator = separatorOf(clean);
  const [header = [], ...body] = records(clean, separator);
  const columns = header.map((name) => name.trim().toLowerCase());
  const rows: SheetRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => !cell.trim())) return; // blank lines, at the end of an export or between rows
    rows.push({ line: index + 2, cells: Object.fromEntries(columns.map((name, column) => [name, (cells[column] ?? '').trim()])) });
  });
  return { columns, rows, separator };
}

/**
 * A number as a spreadsheet writes it, in the sheet's region: "12,000.50" or "12.000,50" (both
 * marks: the last one is the decimal), "1.500.000" (one mark, repeated: thousands). A lone mark
 * followed by exactly three digits is ambiguous ("15.000"): it is read the way the sheet's region
 * writes thousands, a semicolon-separated sheet being a comma-decimal one. Spaces, apostrophes,
 * currency signs and a percent sign are ignored. A cell that is not a number is returned as it is,
 * so validation names it; an empty cell is undefined.
 */
export function sheetNumber(cell: string, separator: Separator): number | string | undefined {
  if (!cell) return undefined;
  const bare = cell.replace(/[\s\u00a0\u202f'’$€£¥₺₹%]/g, '');
  const marks = new Set(bare.match(/[.,]/g));
  const last = /[.,](\d*)$/.exec(bare);
  const lone = marks.size === 1 && bare.indexOf(last?.[0]?.[0] ?? '') === last?.index;
  const regionDecimal = separator === ';' ? ',' : '.';
  const decimal = last && (marks.size > 1 || (lone && (last[0][0] === regionDecimal || last[1]!.length !== 3))) ? last : null;
  const whole = decimal ? bare.slice(0, decimal.index) : bare;
  // Thousands marks, if any, are one kind and group three digits: "1.500.000", "12,000".
  if (!/^-?(\d+|\d{1,3}([.,])\d{3}(\2\d{3})*)$/.test(whole) || (decimal && !/^\d+$/.test(decimal[1]!))) return cell;
  return Number(whole.replace(/[.,]/g, '') + (decimal ? `.${decimal[1]}` : ''));
}

/** A sheet read into an element's data document, by the element's own sheet module. */
export interface SheetDocument {
  /** Undefined when the sheet cannot be read at all (a required column is missing): `issues` say why. */
  value: unknown;
  /** What is wrong before validation (a missing column, an unknown role), in the sheet's words. */
  issues: DataIssue[];
  /**
   * A validation issue's path (`rows[2].high`) in the sheet's words (`row 4, column high`); null
   * for an issue that only follows from one already named (no rows, so no currency either).
   */
  locate(issue: DataIssue): DataIssue | null;
}

/** The document's data checked against `schema`, or every problem named by row and column. */
export function checkSheet<T>(schema: Schema<T>, document: SheetDocument): SheetResult<T> {
  if (document.value === undefined) return { ok: false, issues: document.issues };
  const result = validate(schema, document.value);
  const located = result.ok ? [] : result.issues.map(document.locate).filter((issue) => issue !== null);
  const all = [...document.issues, ...located];
  // A cell can be behind two fields (the first row's currency is the table's as well): named once.
  const issues = all.filter((issue, i) => all.findIndex((other) => other.path === issue.path && other.message === issue.message) === i);
  return issues.length ? { ok: false, issues } : result;
}
