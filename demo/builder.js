// The embed builder's page: the form from custom-elements.json, the live preview with the built
// CDN files, the price sheet read by the element's own readSheet, and the snippet.
//
// It loads the manifest from /custom-elements.json and the elements from /cdn/. Served from
// elsewhere (the browser tests serve the repository), `?cdn=/dist/cdn/` names the folder of the
// built files: a path on this origin only.
import { baseName, displayName, elementsOf, fieldsOf, readsSheets } from './builder-manifest.js';
import { snippet } from './builder-snippet.js';

const EXAMPLE_SHEET = [
  'id,label,low,high,currency,role,caption',
  'home,United States,15000,25000,USD,baseline,Stem cell therapy for scars',
  'mexico,Mexico,4000,12000,USD,,',
  'turkey,Turkey,3000,10000,USD,,',
].join('\n');

const $ = (id) => document.getElementById(id);
const folder = new URLSearchParams(location.search).get('cdn');
const localCdn = new URL(folder && /^\/[\w/.-]*\/$/.test(folder) && !folder.includes('..') ? folder : '/cdn/', location.href).href;

const state = {
  elements: new Map(),
  /** The CDN file each element was loaded from (the snippet's script). */
  files: new Map(),
  tag: '',
  /** The attributes' values by name: a string, or true for a switched-on boolean. */
  values: new Map(),
  /** The last sheet without problems, as the element's data; undefined for none (its default data). */
  data: undefined,
  sheetRun: 0,
};

/** The element's class, loaded from its own CDN file (from medquote.js, when it has none). */
async function define(tag) {
  if (!state.files.has(tag)) {
    const own = `${baseName(tag)}.js`;
    const file = await import(new URL(own, localCdn).href).then(
      () => own,
      () => import(new URL('medquote.js', localCdn).href).then(() => 'medquote.js'),
    );
    state.files.set(tag, file);
  }
  return customElements.whenDefined(tag);
}

/** The manifest's description as text, its `code` in <code>: built node by node, never parsed as HTML. */
function describe(target, text) {
  target.replaceChildren(...text.split('`').map((part, i) => (i % 2 ? Object.assign(document.createElement('code'), { textContent: part }) : part)));
  return target;
}

function fieldElement(field) {
  const id = `attribute-${field.name}`;
  const wrapper = document.createElement('div');
  wrapper.className = `field ${field.kind}`;
  const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: field.name });
  const help = describe(Object.assign(document.createElement('p'), { id: `${id}-help`, className: 'help' }), field.description);
  let control;
  if (field.kind === 'choice') {
    control = document.createElement('select');
    control.append(new Option('(not set)', ''), ...field.words.map((word) => new Option(word, word)));
  } else if (field.kind === 'switch') {
    control = Object.assign(document.createElement('input'), { type: 'checkbox' });
    control.setAttribute('role', 'switch');
  } else if (field.kind === 'json') {
    control = Object.assign(document.createElement('textarea'), { rows: 3, spellcheck: false });
  } else {
    control = Object.assign(document.createElement('input'), { type: field.kind === 'number' ? 'number' : 'text', spellcheck: false });
  }
  Object.assign(control, { id, name: field.name });
  control.setAttribute('aria-describedby', help.id);
  control.addEventListener(field.kind === 'choice' || field.kind === 'switch' ? 'change' : 'input', () => {
    const value = field.kind === 'switch' ? control.checked : control.value.trim();
    if (value === false || value === '') state.values.delete(field.name);
    else state.values.set(field.name, value);
    update();
  });
  if (field.kind === 'switch') wrapper.append(control, label, help);
  else wrapper.append(label, control, help);
  return wrapper;
}

async function chooseElement(tag) {
  state.tag = tag;
  state.values.clear();
  state.data = undefined;
  const element = state.elements.get(tag);
  describe($('element-help'), element.summary ?? element.description ?? '');
  $('fields').replaceChildren(...fieldsOf(element).map(fieldElement));
  const sheets = readsSheets(element);
  $('prices').hidden = !sheets;
  await define(tag);
  const preview = document.createElement(tag);
  $('preview').replaceChildren(preview);
  await preview.updateComplete;
  if (sheets) await readSheet();
  update();
}

/** Reads the pasted sheet with the preview element's own readSheet, the check `src` gets. */
async function readSheet() {
  const run = ++state.sheetRun;
  const text = $('sheet').value;
  const result = text.trim() ? await $('preview').firstElementChild.readSheet(text) : { ok: true, value: undefined };
  if (run !== state.sheetRun) return; // a newer paste is being read
  const sheet = $('sheet');
  const errors = result.ok ? [] : result.issues;
  sheet.setAttribute('aria-invalid', String(!result.ok));
  $('sheet-errors').replaceChildren(
    ...errors.map((issue) => Object.assign(document.createElement('li'), { textContent: `${issue.path}: ${issue.message}` })),
  );
  $('preview-note').hidden = result.ok;
  if (result.ok) {
    state.data = result.value;
    const rows = result.value ? result.value.rows.length : 0;
    $('sheet-status').textContent = result.value
      ? `Read ${rows} destination${rows === 1 ? '' : 's'}${result.value.baseline ? ' and a baseline' : ''}.`
      : 'No sheet: the element shows its built-in example.';
  } else {
    $('sheet-status').textContent = `${errors.length} problem${errors.length === 1 ? '' : 's'} in the sheet, by row and column:`;
  }
  update();
}

/** Sets the preview element's attributes and inline data, and writes the snippet. */
function update() {
  const element = $('preview').firstElementChild;
  if (!element || element.localName !== state.tag) return;
  const scheme = document.querySelector('input[name="scheme"]:checked').value;
  const width = document.querySelector('input[name="width"]:checked').value;
  $('preview').className = `preview ${scheme} ${width}`;
  const attributes = [...state.values];
  for (const name of element.getAttributeNames()) if (!state.values.has(name)) element.removeAttribute(name);
  for (const [name, value] of attributes) element.setAttribute(name, value === true ? '' : value);
  // The visitor's colour scheme, unless the settings fix the element's theme.
  if (!state.values.has('theme')) element.setAttribute('theme', scheme);

  const json = state.data === undefined ? null : JSON.stringify(state.data);
  const inline = element.querySelector(':scope > script[type="application/json"]');
  if (json === null) inline?.remove();
  else if (inline?.textContent !== json) {
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: json });
    if (inline) inline.replaceWith(script);
    else element.append(script);
  }

  $('snippet').value = snippet({ tag: state.tag, script: scriptAddress(), attributes, data: state.data });
}

/** The snippet's script: the element's file in the folder the marketer named, else this server's. */
function scriptAddress() {
  const cdn = $('cdn');
  const typed = cdn.value.trim();
  let base = null;
  try {
    const named = new URL(typed.endsWith('/') ? typed : `${typed}/`);
    if (named.protocol === 'https:' || named.protocol === 'http:') base = named.href;
  } catch {
    // not an address (yet): this server's folder meanwhile
  }
  cdn.setAttribute('aria-invalid', String(!!typed && !base));
  return new URL(state.files.get(state.tag), base ?? localCdn).href;
}

async function copySnippet() {
  const text = $('snippet').value;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard access refused (an insecure origin, a browser setting): copy the selection instead.
    $('snippet').select();
    if (!document.execCommand('copy')) {
      $('copy-status').textContent = 'Copying was refused by the browser: the snippet is selected, press Ctrl+C (⌘C).';
      return;
    }
  }
  $('copy-status').textContent = 'Copied. Paste it into your page.';
}

async function start() {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error(`custom-elements.json answered HTTP ${response.status}`);
  for (const element of elementsOf(await response.json())) state.elements.set(element.tagName, element);
  const select = $('element');
  select.append(...[...state.elements.keys()].map((tag) => new Option(`${displayName(tag)} (<${tag}>)`, tag)));
  select.value = state.elements.has('mq-cost-table') ? 'mq-cost-table' : select.options[0].value;
  select.addEventListener('change', () => chooseElement(select.value));
  $('sheet').value = EXAMPLE_SHEET;
  $('sheet').addEventListener('input', readSheet);
  $('cdn').value = localCdn;
  $('cdn').addEventListener('input', update);
  for (const radio of document.querySelectorAll('input[name="scheme"], input[name="width"]')) radio.addEventListener('change', update);
  $('builder').addEventListener('submit', (event) => event.preventDefault());
  $('copy').addEventListener('click', copySnippet);
  await chooseElement(select.value);
  document.documentElement.dataset.ready = '';
}

start().catch((error) => {
  $('load-status').textContent = `The builder could not start: ${error.message}. Run npm start (it builds the files this page uses).`;
  console.error(error);
});
