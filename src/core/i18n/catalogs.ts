/**
 * English is bundled and complete; other languages are loaded on first use (`() => import(...)`),
 * so a page pays only for the languages it shows.
 */
import type { Messages } from './messages.js';

export interface Catalogs<M extends Messages> {
  en: M;
  lazy: Partial<Record<string, () => Promise<{ default: Messages }>>>;
}

const loaded = new Map<() => Promise<{ default: Messages }>, Messages | Promise<void>>();

/**
 * The catalog for a tag: exact (`es-MX`), then its language (`es`), then English. Returns a promise
 * while a catalog is loading; one that fails to load leaves English in place, with a warning.
 */
export function pickCatalog<M extends Messages>(catalogs: Catalogs<M>, locale: string): M | Promise<void> {
  const loader = catalogs.lazy[locale] ?? catalogs.lazy[locale.split('-')[0]!];
  if (!loader || locale === 'en') return catalogs.en;
  let entry = loaded.get(loader);
  if (!entry) {
    entry = loader().then(
      (module) => void loaded.set(loader, module.default),
      (error: unknown) => {
        console.warn(`medquote: messages for "${locale}" could not be loaded; showing English.`, error);
        loaded.set(loader, catalogs.en);
      },
    );
    loaded.set(loader, entry);
  }
  return entry as M | Promise<void>;
}
