// The embed builder's reading of custom-elements.json: which elements there are, and which form
// field fits each attribute. Pure functions, no DOM. The rules are Storybook's
// (stories/support/manifest.ts: a choice for word-valued attributes, a switch for booleans, JSON
// for structured ones, `messages` left out), written again here because the demo server serves
// plain scripts from demo/ only.

/** `mq-cost-table` → `cost-table`: its CDN file is `cost-table.js`. */
export const baseName = (tagName) => tagName.replace(/^mq-/, '');

/** `mq-cost-table` → `Cost table`. */
export const displayName = (tagName) => {
  const words = baseName(tagName).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The manifest's custom elements with a tag, sorted by tag. */
export const elementsOf = (manifest) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));

const bare = (type = '') => type.replace(/\s*\|\s*undefined$/, '').trim();

/**
 * The words a word-valued attribute accepts: a union of string literals in its type, else the
 * run of backticked words its description lists (`` `light`, `dark`, or `auto` ``).
 */
export function wordsOf(attribute) {
  const type = bare(attribute.type?.text);
  const literals = type.split('|').map((part) => part.trim().match(/^(['"])([\w-]+)\1$/)?.[2]);
  if (literals.length > 1 && literals.every(Boolean)) return literals;
  if (type !== 'string') return null;
  const word = '`[\\w-]+`(?:\\s*\\([^)]*\\))?';
  const run = attribute.description?.match(new RegExp(`${word}(?:(?:,\\s*(?:or\\s+)?|\\s+or\\s+)${word})+`));
  if (!run) return null;
  return [...run[0].replace(/\([^)]*\)/g, '').matchAll(/`([\w-]+)`/g)].map((match) => match[1]);
}

/** Attributes a marketer does not set here: message overrides (a developer's JSON). */
const LEFT_OUT = new Set(['messages']);

/**
 * The form field for each attribute the builder offers:
 * `{ name, description, kind: 'choice' | 'switch' | 'number' | 'text' | 'json', words? }`.
 */
export function fieldsOf(element) {
  return (element.attributes ?? [])
    .filter((attribute) => !LEFT_OUT.has(attribute.name))
    .map((attribute) => {
      const type = bare(attribute.type?.text);
      const words = wordsOf(attribute);
      const kind = words ? 'choice' : type === 'boolean' ? 'switch' : type === 'number' ? 'number' : type === 'string' ? 'text' : 'json';
      return { name: attribute.name, description: attribute.description ?? '', kind, ...(words ? { words } : {}) };
    });
}

/** Whether an element reads price sheets: it has a public `readSheet` method. */
export const readsSheets = (element) => (element.members ?? []).some((member) => member.kind === 'method' && member.name === 'readSheet' && !member.privacy);
