/**
 * Where an element's structured data comes from, and how it is checked.
 * Precedence (the widget contract): `data` property → inline `<script type="application/json">`
 * child → `src` URL → the built-in default. JSON only: an element that also reads sheets (CSV)
 * brings its own loader (`loadData`, see core/sheets.ts) built on the pieces exported here, so
 * elements that read no sheets carry none of it.
 */
import { formatPath, validate, type DataIssue, type Schema } from '../schema/validate.js';

export type DataSource = 'property' | 'inline' | 'src' | 'default';
export { formatPath, type DataIssue, type Schema };

export type LoadResult<T> = (
  | { ok: true; source: DataSource; value: T }
  | { ok: false; source: DataSource; issues: DataIssue[] }
) & {
  /**
   * What the error state shows besides its message, for whoever edits the data: a sheet's first
   * problem by row and column (core/sheets.ts). A console is not at everyone's hand.
   */
  notice?: string;
};

/** Validates data from one source, remembering which. */
export function check<T>(schema: Schema<T>, input: unknown, source: DataSource): LoadResult<T> {
  return { ...validate(schema, input), source };
}

/** The text of the element's own inline JSON child, if it has one. */
export function inlineJson(host: Element): string | null {
  for (const child of Array.from(host.children)) {
    if (child.localName === 'script' && child.getAttribute('type') === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return null;
}

/** JSON text, checked. */
export function readJson<T>(schema: Schema<T>, text: string, source: DataSource): LoadResult<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, source, issues: [{ path: source === 'src' ? source : '(inline JSON)', message: `not valid JSON (${(error as Error).message})` }] };
  }
  return check(schema, value, source);
}

/** Only http(s) URLs (absolute or relative to the page) are fetched or linked. */
export function safeUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

export interface LoadOptions<T> {
  schema: Schema<T>;
  property: unknown;
  inline: string | null;
  src: string | null | undefined;
  fallback: T;
}

/** How an element loads its data: `loadData`, or its own (core/sheets.ts) built on it. */
export type Loader = <T>(options: LoadOptions<T>, signal: AbortSignal, host: Element) => LoadResult<T> | Promise<LoadResult<T>>;

/**
 * Picks the source by precedence. Returns synchronously unless the data must be fetched, so
 * configured widgets render complete on their first frame (no flash, no layout shift).
 */
export function loadData<T>(
  options: LoadOptions<T>,
  signal: AbortSignal,
): LoadResult<T> | Promise<LoadResult<T>> {
  const { schema, property, inline, src, fallback } = options;
  if (property !== undefined && property !== null) return check(schema, property, 'property');
  if (inline !== null) return readJson(schema, inline, 'inline');
  if (src) return fetchData(src, signal, (text) => readJson(schema, text, 'src'));
  return { ok: true, source: 'default', value: fallback };
}

/** Fetches `src` (redirects followed) and reads its text with `read`; a failure is the issue. */
export async function fetchData<T>(
  src: string,
  signal: AbortSignal,
  read: (text: string, response: Response) => LoadResult<T> | Promise<LoadResult<T>>,
  accept = 'application/json',
): Promise<LoadResult<T>> {
  const fail = (message: string): LoadResult<T> => ({ ok: false, source: 'src', issues: [{ path: 'src', message }] });
  const url = safeUrl(src);
  if (!url) return fail(`"${src}" is not an http(s) URL`);
  let text: string;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept }, credentials: 'same-origin' });
    if (!response.ok) return fail(`${url.href} answered HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return fail(`${url.href} could not be fetched (${(error as Error).message})`);
  }
  return read(text, response);
}
