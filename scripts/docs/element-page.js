// An element's reference page, from its custom-elements.json declaration and its hand-written
// source (docs/element-sources/<tag>.md). Pure functions, no Node APIs: `npm run docs` writes
// docs/elements/<tag>.md with them and Storybook's Docs pages render the same sections.

/** The manifest's custom elements with a tag, sorted by tag, each with the module it lives in. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, modulePath: module.path })))
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `mq-cost-table` → `cost-table`: the element's folder, CDN file, npm export and stories file. */
export const baseName = (tagName) => tagName.replace(/^mq-/, '');

/** `mq-cost-table` → `Cost table`: its Storybook title under "Elements". */
export const displayName = (tagName) => {
  const words = baseName(tagName).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * `utm_source, utm_medium` outside code spans, escaped so that no Markdown renderer (Storybook's
 * is looser than GitHub's) reads the underscores as emphasis.
 */
export const escapeUnderscores = (text = '') =>
  String(text)
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/(\w)_(?=\w)/g, '$1\\_')))
    .join('');
const cell = (text = '') => escapeUnderscores(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text) => `\`${text}\``;
/** A Markdown table, or '' when there are no rows. */
export const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n') : '';
/** `string | undefined` → `string`: every attribute and property is optional anyway. */
const typeText = (type) => {
  const text = (type?.text ?? '').replace(/\s*\|\s*undefined$/, '');
  return text ? code(text) : '';
};

/** The public, documented fields that have no attribute (set from JavaScript only). */
export const propertiesOnly = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.attribute && m.description);

/** The public, documented methods. */
export const methodsOf = (element) => (element.members ?? []).filter((m) => m.kind === 'method' && !m.privacy && !m.static && m.description);

/**
 * The hand-written source: the first ```html block before any heading is the embed example; the
 * sections from the first `## ` heading on follow the reference. The leading HTML comment is for
 * whoever edits the file and is left out.
 */
export function parseSource(text) {
  const body = text.replace(/^\s*<!--[\s\S]*?-->\s*/, '');
  const headingAt = body.search(/^## /m);
  const intro = headingAt < 0 ? body : body.slice(0, headingAt);
  const example = intro.match(/```html\n([\s\S]*?)```/)?.[1]?.trim() ?? '';
  const guide = headingAt < 0 ? '' : body.slice(headingAt).trim();
  return { example, guide };
}

/**
 * The embed section: the element's own CDN file (or the all-elements one), the example, and the
 * npm import. `cdnEntries` is scripts/cdn-entries.json, `exports` package.json's exports.
 */
export function embedSection(element, example, { cdnEntries, exports }) {
  const name = baseName(element.tagName);
  const file = cdnEntries[name] ? `${name}.js` : 'medquote.js';
  const npm = exports[`./${name}.js`] ? `medquote/${name}.js` : 'medquote/all.js';
  const snippet = example || `<${element.tagName}></${element.tagName}>`;
  return [
    '## Embed',
    ['```html', `<script type="module" src="https://your-cdn.example/medquote/cdn/${file}"></script>`, snippet, '```'].join('\n'),
    `From npm: \`import '${npm}';\` registers \`<${element.tagName}>\`; \`import { ${element.name} } from 'medquote'\` gives the class without registering it. ` +
      'Every other way to load it (one file for all elements, the autoloader, a classic script) is in [Embedding](../embedding.md).',
  ].join('\n\n');
}

/** Attributes, properties, methods, events, slots, CSS parts and custom properties, as tables. */
export function referenceSection(element) {
  const value = (text) => (text === undefined ? '' : code(text));
  const attributes = (element.attributes ?? []).map((a) => [code(a.name), a.fieldName ? code(a.fieldName) : '', typeText(a.type), value(a.default), a.description ?? '']);
  const properties = propertiesOnly(element).map((m) => [code(m.name), typeText(m.type), value(m.default), `${m.readonly ? '(read-only) ' : ''}${m.description}`]);
  const methods = methodsOf(element).map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), m.description]);
  const events = (element.events ?? []).map((e) => [code(e.name), typeText(e.type), e.description ?? '']);
  const slots = (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description ?? '']);
  const parts = (element.cssParts ?? []).map((p) => [code(p.name), p.description ?? '']);
  // Token defaults live in the shared theme, listed in docs/theming.md; a column only if JSDoc gives some.
  const tokenDefaults = (element.cssProperties ?? []).some((p) => p.default !== undefined);
  const cssProperties = (element.cssProperties ?? []).map((p) => [code(p.name), ...(tokenDefaults ? [value(p.default)] : []), p.description ?? '']);
  const section = (title, intro, body) => (body ? [`### ${title}`, intro, body].filter(Boolean).join('\n\n') : '');
  return [
    '## Reference',
    section('Attributes', 'Each is also a property (the name in the second column).', table(['attribute', 'property', 'type', 'default', 'description'], attributes)),
    section('Properties', 'Set from JavaScript only.', table(['property', 'type', 'default', 'description'], properties)),
    section('Methods', '', table(['method', 'description'], methods)),
    section('Events', 'All are typed `Event` subclasses that bubble and cross shadow roots (`composed`).', table(['event', 'class', 'description'], events)),
    section('Slots', '', table(['slot', 'description'], slots)),
    section('CSS parts', 'Style them with `::part()`, e.g. `' + `${element.tagName}::part(${element.cssParts?.[0]?.name ?? 'base'})` + ' { … }`.', table(['part', 'description'], parts)),
    section('CSS custom properties', 'Set on the element or any ancestor; defaults and the playground are in [Theming](../theming.md).', table(['property', ...(tokenDefaults ? ['default'] : []), 'description'], cssProperties)),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export const GENERATED_NOTE = (tagName) =>
  `<!-- Generated by \`npm run docs\` from custom-elements.json and docs/element-sources/${tagName}.md. Do not edit: edit those (the element's JSDoc, or the source) and run \`npm run docs\`. -->`;

/** The whole page, as written to docs/elements/<tag>.md. */
export function elementPage(element, sourceText, context) {
  const { example, guide } = parseSource(sourceText);
  return (
    [
      GENERATED_NOTE(element.tagName),
      `# \`<${element.tagName}>\``,
      element.summary ? `**${element.summary}**` : '',
      element.description ?? '',
      embedSection(element, example, context),
      referenceSection(element),
      guide,
    ]
      .filter(Boolean)
      .join('\n\n') + '\n'
  );
}
