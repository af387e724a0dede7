/**
 * Where an element's structured data comes from, and how it is checked.
 * Precedence (the widget contract): `data` property → inline `<script type="application/json">`
 * child → `src` URL → the built-in default.
 */
import { formatPath, validate, type DataIssue, type Schema } from '../schema/validate.js';

export type DataSource = 'property' | 'inline' | 'src' | 'default';
export { formatPath, type DataIssue, type Schema };

export type LoadResult<T> =
  | { ok: true; source: DataSource; value: T }
  | { ok: false; source: DataSource; issues: DataIssue[] };

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

function parseJson(text: string, source: DataSource, path: string): LoadResult<unknown> {
  try {
    return { ok: true, source, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, source, issues: [{ path, message: `not valid JSON (${(error as Error).message})` }] };
  }
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
  if (inline !== null) {
    const parsed = parseJson(inline, 'inline', '(inline JSON)');
    return parsed.ok ? check(schema, parsed.value, 'inline') : parsed;
  }
  if (src) return fetchData(schema, src, signal);
  return { ok: true, source: 'default', value: fallback };
}

async function fetchData<T>(schema: Schema<T>, src: string, signal: AbortSignal): Promise<LoadResult<T>> {
  const fail = (message: string): LoadResult<T> => ({ ok: false, source: 'src', issues: [{ path: 'src', message }] });
  const url = safeUrl(src);
  if (!url) return fail(`"${src}" is not an http(s) URL`);
  let text: string;
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return fail(`${url.href} answered HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return fail(`${url.href} could not be fetched (${(error as Error).message})`);
  }
  const parsed = parseJson(text, 'src', 'src');
  return parsed.ok ? check(schema, parsed.value, 'src') : parsed;
}
