/**
 * Storybook's args, controls and rendering, from custom-elements.json: no story file repeats an
 * element's attributes. Args use attribute names (`'privacy-url'`) for attributes and property
 * names (`data`) for what only JavaScript sets; rendering sets exactly what a partner would.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { elementsOf, escapeUnderscores, propertiesOnly, type ElementDeclaration, type Manifest, type ManifestAttribute, type ManifestMember } from '../../scripts/docs/element-page.js';

let declarations = new Map<string, ElementDeclaration>();
let current: Manifest = { modules: [] };

/** Storybook's preview passes the manifest in (and the stories test, which fetches it). */
export function setManifest(manifest: Manifest): void {
  current = manifest;
  declarations = new Map(elementsOf(manifest).map((element) => [element.tagName, element]));
}

export const getManifest = (): Manifest => current;

export function declarationOf(tagName: string): ElementDeclaration {
  const declaration = declarations.get(tagName);
  if (!declaration) throw new Error(`<${tagName}> is not in custom-elements.json (run npm run manifest)`);
  return declaration;
}

export const elementTags = (): string[] => [...declarations.keys()];

const bare = (type = '') => type.replace(/\s*\|\s*undefined$/, '').trim();

/**
 * The words a word-valued attribute accepts: from a union of string literals in its type, else
 * from its description when that lists them in backticks (`` `light`, `dark`, or `auto` ``).
 */
export function wordsOf(attribute: ManifestAttribute): string[] | null {
  const type = bare(attribute.type?.text);
  const literals = type.split('|').map((part) => part.trim().match(/^(['"])([\w-]+)\1$/)?.[2]);
  if (literals.length > 1 && literals.every(Boolean)) return literals as string[];
  if (type !== 'string') return null;
  const word = '`[\\w-]+`(?:\\s*\\([^)]*\\))?';
  const run = attribute.description?.match(new RegExp(`${word}(?:(?:,\\s*(?:or\\s+)?|\\s+or\\s+)${word})+`));
  if (!run) return null;
  return [...run[0].replace(/\([^)]*\)/g, '').matchAll(/`([\w-]+)`/g)].map((match) => match[1]!);
}

/** Attributes that are not for a designer's panel: message overrides. */
const OUT_OF_PANEL = new Set(['messages']);
/** Structured data gets a JSON editor; everything else a control that fits its type. */
const JSON_PROPERTIES = new Set(['data']);

const hidden = { table: { disable: true } } as const;

/** The type and default the Controls table shows, as the docs tables do. */
const tableType = (item: ManifestAttribute | ManifestMember) => ({
  type: { summary: bare(item.type?.text) },
  ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
});

function attributeArgType(attribute: ManifestAttribute): ArgTypes[string] {
  const base = { name: attribute.name, description: escapeUnderscores(attribute.description), table: { category: 'attributes', ...tableType(attribute) } };
  if (OUT_OF_PANEL.has(attribute.name)) return { ...base, ...hidden };
  const type = bare(attribute.type?.text);
  const words = wordsOf(attribute);
  if (words) return { ...base, control: { type: 'select' }, options: words };
  if (type === 'boolean') return { ...base, control: { type: 'boolean' } };
  if (type === 'number') return { ...base, control: { type: 'number' } };
  if (type === 'string') return { ...base, control: { type: 'text' } };
  return { ...base, control: { type: 'object' } }; // a JSON attribute, such as rates
}

function propertyArgType(member: ManifestMember): ArgTypes[string] {
  const type = bare(member.type?.text);
  const base = { name: member.name, description: escapeUnderscores(member.description), table: { category: 'properties', ...tableType(member) } };
  if (member.readonly) return { ...base, ...hidden };
  if (JSON_PROPERTIES.has(member.name)) return { ...base, control: { type: 'object' } };
  if (type === 'boolean') return { ...base, control: { type: 'boolean' } };
  if (type === 'number') return { ...base, control: { type: 'number' } };
  if (type === 'string') return { ...base, control: { type: 'text' } };
  return { ...base, ...hidden }; // functions and internal state are set by code, not by a designer
}

/** `mq-data-error` → `onMqDataError`: the arg Storybook's actions panel listens with. */
export const eventArgName = (event: string): string => `on${event.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase())}`;

/** Storybook's argTypes for an element: its attributes, its JavaScript-only properties, its events as actions. */
export function argTypesFor(tagName: string): ArgTypes {
  const element = declarationOf(tagName);
  const argTypes: ArgTypes = {};
  for (const attribute of element.attributes ?? []) argTypes[attribute.name] = attributeArgType(attribute);
  for (const member of propertiesOnly(element)) argTypes[member.name] = propertyArgType(member);
  for (const event of element.events ?? []) argTypes[eventArgName(event.name)] = { name: event.name, action: event.name, ...hidden };
  return argTypes;
}

/** Which arg names an element understands; the stories test refuses any other. */
export function argNamesOf(tagName: string): Set<string> {
  return new Set(Object.keys(argTypesFor(tagName)));
}

const listening = new WeakMap<Element, [string, EventListener][]>();

/** Sets the args on an element the way a partner would: attributes, then properties, then listeners. */
export function applyArgs(element: HTMLElement, tagName: string, args: Record<string, unknown>): void {
  const declaration = declarationOf(tagName);
  for (const attribute of declaration.attributes ?? []) {
    const value = args[attribute.name];
    if (value === undefined || value === null || value === false || value === '') element.removeAttribute(attribute.name);
    else element.setAttribute(attribute.name, value === true ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  for (const member of propertiesOnly(declaration)) {
    if (member.name in args && !member.readonly) (element as unknown as Record<string, unknown>)[member.name] = args[member.name];
  }
  for (const [name, listener] of listening.get(element) ?? []) element.removeEventListener(name, listener);
  const listeners = (declaration.events ?? [])
    .map((event) => [event.name, args[eventArgName(event.name)]] as const)
    .filter((entry): entry is [string, EventListener] => typeof entry[1] === 'function');
  for (const [name, listener] of listeners) element.addEventListener(name, listener);
  listening.set(element, listeners);
}

/** The project's render: the story's `component` with its args, and nothing else. */
export function renderElement(tagName: string, args: Record<string, unknown>): TemplateResult {
  declarationOf(tagName); // fail early, naming the tag
  const tag = unsafeStatic(tagName);
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- a static tag name (lit/static-html.js), which these rules cannot read
  return html`<${tag} ${ref((element) => element && applyArgs(element as HTMLElement, tagName, args))}></${tag}>`;
}
