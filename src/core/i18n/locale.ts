/**
 * Which language and direction an element speaks: the `locale` attribute, else the closest `lang`
 * ancestor (across shadow roots), else the browser's language, else English.
 */
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
