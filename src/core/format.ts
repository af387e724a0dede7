/**
 * Locale-aware formatting, all through Intl. Formatters are cached: building an Intl object costs
 * far more than using one, and a table formats dozens of numbers per render.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * `formatRange` takes tens of microseconds a call, and a table formats the same figures again on
 * every re-render (a sort, a highlight), so each formatter keeps what it has written.
 */
const written = new WeakMap<Intl.NumberFormat, Map<string, string>>();
function formatted(format: Intl.NumberFormat, low: number, high: number | null = null): string {
  let texts = written.get(format);
  if (!texts) written.set(format, (texts = new Map()));
  const key = `${low}:${high}`;
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= 5000) texts.clear(); // bounded, whatever the data
    texts.set(key, (text = high === null || high === low ? format.format(low) : format.formatRange(low, high)));
  }
  return text;
}

function moneyOptions(currency: string, approximate: boolean): Intl.NumberFormatOptions {
  // Converted amounts are estimates; three significant digits avoid false precision.
  return approximate
    ? { style: 'currency', currency, maximumSignificantDigits: 3 }
    : { style: 'currency', currency, maximumFractionDigits: 0 };
}

export function money(locale: string, amount: number, currency: string, approximate = false): string {
  return formatted(numberFormat(locale, moneyOptions(currency, approximate)), amount);
}

/** "$4,000–$12,000"; a missing high end gives the low end alone, to be worded "from" by the caller. */
export function moneyRange(
  locale: string,
  low: number,
  high: number | null,
  currency: string,
  approximate = false,
): string {
  return formatted(numberFormat(locale, moneyOptions(currency, approximate)), low, high);
}

/** Fractions (0.52) as a percent range ("52–73%"), truncated, never rounded up. */
export function percentRange(locale: string, low: number, high: number): string {
  return formatted(numberFormat(locale, { style: 'percent', maximumFractionDigits: 0, roundingMode: 'trunc' }), low, high);
}

/** A calendar date (`2027-03-01`, read as a local date) in the locale's medium style. */
export function date(locale: string, value: Date): string {
  return dateFormat(locale, { dateStyle: 'medium' }).format(value);
}

export function dateRange(locale: string, start: Date, end: Date): string {
  return dateFormat(locale, { dateStyle: 'medium' }).formatRange(start, end);
}

/** Parses a strict ISO calendar date (YYYY-MM-DD) as a local date; null when it is not one. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = new Date(year, month - 1, day);
  return result.getFullYear() === year && result.getMonth() === month - 1 && result.getDate() === day ? result : null;
}

/** "a, b and c" in the locale's words. */
export function list(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** A duration range with its unit, "2–4 days", in the locale's words. */
export function durationRange(locale: string, min: number, max: number, unit: 'hour' | 'day' | 'week' | 'month'): string {
  return formatted(numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }), min, max);
}

/** Calendar arithmetic on local dates (safe across daylight-saving changes). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

export function addMonths(date: Date, months: number): Date {
  return new Date(date.getFullYear(), date.getMonth() + months, date.getDate());
}

/** The local calendar date as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * Current names where engines' region data disagree: WebKitGTK uses the system's older ICU and
 * still says "Turkey" where Chromium, Firefox and Safari say "Türkiye" (by language, then code).
 */
const renamedRegions: Record<string, Record<string, string>> = { en: { TR: 'Türkiye' } };

/** A country or region code ("MX") named in the locale ("México"). */
export function regionName(locale: string, code: string): string {
  const renamed = renamedRegions[locale.split('-')[0]!.toLowerCase()]?.[code];
  if (renamed) return renamed;
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' })));
  return names.of(code) ?? code;
}

/** A destination's name: its own label, or its countries named in the locale ("Mexico / Colombia"). */
export function placeName(locale: string, place: { label?: string; regions?: string[] }): string {
  return place.label ?? (place.regions ?? []).map((code) => regionName(locale, code)).join(' / ');
}

/** "March 2027". */
export function monthYear(locale: string, value: Date): string {
  return dateFormat(locale, { month: 'long', year: 'numeric' }).format(value);
}
