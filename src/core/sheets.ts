/**
 * Price sheets (CSV) as data, for the elements that read them. Such an element opts in with two
 * members, and keeps its sheet code in a module of its own that only a page with a sheet loads:
 *
 *   readonly loadData = loadWithSheets;
 *   readSheet(text: string) {
 *     return readSheet(() => import('./sheet.js').then((sheet) => sheet.read(text, this.schema)));
 *   }
 *
 * `loadWithSheets` is core/data.ts's `loadData` that also takes a `src` answering CSV (by its
 * content type, or a `.csv` name); `readSheet` is public, so a page (or the embed builder) can
 * check a sheet and get its JSON, to inline. Elements that read no sheets import nothing from here.
 */
import { fetchData, loadData, readJson, type LoadOptions, type LoadResult } from './data.js';
// Types only: the sheet module itself stays in its chunk.
import type { SheetResult } from './sheet.js';

export type { SheetResult };

interface SheetHost extends Element {
  readSheet(text: string): Promise<SheetResult<unknown>>;
}

/** CSV or tab-separated values, by content type or by name. */
const SHEET = /text\/(csv|tab-separated-values)|\.[ct]sv( |$)/i;

/** What the element's sheet module resolves with; a sheet module that cannot be loaded is the sheet's issue. */
export function readSheet<T>(read: () => Promise<SheetResult<T>>): Promise<SheetResult<T>> {
  // Offline, or a CDN folder copied without its chunks.
  return read().catch((error: Error) => ({ ok: false, issues: [{ path: 'the sheet', message: `could not be read (${error.message})` }] }));
}

async function fromSheet<T>(host: SheetHost, text: string): Promise<LoadResult<T>> {
  const source = 'src';
  const result = (await host.readSheet(text)) as SheetResult<T>;
  // The notice is English in a page of any language: isolated (FSI … PDI), so it cannot reorder the sentence around it.
  return result.ok ? { ...result, source } : { ...result, source, notice: `\u2068${result.issues[0]!.path}: ${result.issues[0]!.message}.\u2069` };
}

/** `loadData` (same precedence, same results) that also reads sheets through `host.readSheet`. */
export function loadWithSheets<T>(options: LoadOptions<T>, signal: AbortSignal, host: Element): LoadResult<T> | Promise<LoadResult<T>> {
  const { property, inline, src } = options;
  // The data property and inline JSON come first (loadData), as does having no src at all.
  if ((property !== undefined && property !== null) || inline !== null || !src) return loadData(options, signal);
  return fetchData(
    src,
    signal,
    (text, response) => {
      const named = `${response.headers.get('content-type')} ${new URL(src, document.baseURI).pathname} ${new URL(response.url || src, document.baseURI).pathname}`;
      return SHEET.test(named) ? fromSheet<T>(host as SheetHost, text) : readJson(options.schema, text, 'src');
    },
    'application/json, text/csv',
  );
}
