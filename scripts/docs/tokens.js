// The `--mq-*` theming tokens: every custom property an element documents (@cssprop), with the
// light and dark defaults read from the shared theme stylesheet's CSS. Pure functions: used by
// `npm run docs` (docs/theming.md) and by Storybook's theming playground.
import { elementsOf, table } from './element-page.js';

/** `{ light, dark }` defaults, token → CSS value, from the `var(--mq-…, default)` fallbacks. */
export function tokenDefaults(cssText) {
  const light = {};
  const dark = {};
  // Innermost rule blocks only: an @media block's inner rule is matched on its own.
  for (const [, selector, body] of cssText.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    const target = selector.trim() === '.root' ? light : selector.includes("[theme='dark']") || selector.includes('[theme="dark"]') ? dark : null;
    if (!target) continue;
    for (const [, name, value] of body.matchAll(/var\((--mq-[\w-]+),\s*(.+?)\);/g)) target[name] ??= value.trim();
  }
  return { light, dark };
}

/** Every token documented by any element, in the manifest's order, with its defaults and users. */
export function themeTokens(manifest, cssText) {
  const { light, dark } = tokenDefaults(cssText);
  const tokens = new Map();
  for (const element of elementsOf(manifest)) {
    for (const property of element.cssProperties ?? []) {
      const token = tokens.get(property.name) ?? { name: property.name, light: light[property.name] ?? '', dark: dark[property.name] ?? '', descriptions: new Set(), elements: [] };
      if (property.description) token.descriptions.add(property.description.replace(/\.$/, ''));
      token.elements.push(element.tagName);
      tokens.set(property.name, token);
    }
  }
  return [...tokens.values()];
}

/** What a token is, for a control or a table: colour, length (radius, spacing, size) or text. */
export const tokenKind = (name) => (name.startsWith('--mq-color-') ? 'color' : /-(radius|space|size)$/.test(name) ? 'length' : 'text');

export function tokensTable(tokens, elementCount) {
  return table(
    ['token', 'light default', 'dark default', 'what it sets', 'documented by'],
    tokens.map((t) => [
      `\`${t.name}\``,
      t.light ? `\`${t.light}\`` : '',
      t.dark ? `\`${t.dark}\`` : 'same',
      [...t.descriptions].map((text, i) => (i ? text.charAt(0).toLowerCase() + text.slice(1) : text)).join('; '),
      t.elements.length === elementCount ? 'every element' : t.elements.map((tag) => `\`${tag}\``).join(', '),
    ]),
  );
}
