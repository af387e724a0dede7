import { VERSION } from './version.js';

/**
 * Registers an element once. A second copy of the library on the page (the script included twice,
 * the loader plus the bundle) is harmless: the first registration wins, and a version mismatch is
 * reported so a partner can find the stale copy.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server-side import
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing.version !== VERSION) {
    console.warn(`medquote: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${VERSION} was not registered.`);
  }
}
