/**
 * Which language and direction an element speaks: the `locale` attribute, else the closest `lang`
 * ancestor (across shadow roots), else the browser's language, else English.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Messages = Record<string, string>;
/**
 * English is bundled and complete; other languages are loaded on first use (`() => import(...)`),
 * so a page pays only for the languages it shows.
 */
export interface Catalogs<M extends Messages> {
  en: M;
  lazy: Partial<Record<string, () => Promise<{ default: M }>>>;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/**
 * The nearest `lang` on the element or an ancestor (across shadow roots), and a `dir` found on the
 * way there: a `dir` above the nearest `lang` belongs to another language and does not count.
 */
export function languageContext(start: Element): { lang: string | null; dir: string | null } {
  let dir: string | null = null;
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element) {
      dir ??= node.getAttribute('dir');
      if (node.hasAttribute('lang')) return { lang: node.getAttribute('lang'), dir };
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return { lang: null, dir };
}

/** A canonical BCP 47 tag, or null when `value` is not one. */
export function canonicalLocale(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

export function textDirection(locale: string): 'ltr' | 'rtl' {
  const language = locale.split('-')[0]!.toLowerCase();
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
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

/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Re-renders connected elements when any `lang` or `dir` on the page changes. One observer serves
 * every element, and it is created on first connection, never at import (server-side imports).
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
      observer.observe(document.documentElement, { subtree: true, attributeFilter: ['lang', 'dir'] });
    }
  }
  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}
