/**
 * The base every medquote element extends. It owns what the widget contract asks of all of them:
 * the four data sources and their validation, the error state, locale and direction, message
 * overrides, theme, and warnings for bad attribute values. Subclasses render valid data only.
 */
import { adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type common from './i18n/en.js';
import { canonicalLocale, interpolate, languageContext, LocaleController, pickCatalog, textDirection, type Catalogs, type Messages } from './i18n/locale.js';
import { inlineJson, loadData, type LoadResult, type Schema } from './data.js';
import { validate } from '../schema/validate.js';
import { MqDataErrorEvent } from './events.js';
import { messageOverrides } from '../schema/common.js';
import { themeStyles } from './theme.styles.js';
import { VERSION } from './version.js';
import { onceNearViewport } from './viewport.js';

/** JSON attributes never throw: unparsable text is kept as a string and reported by the element. */
export const jsonAttribute = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  },
};

/** Milliseconds of first renders allowed in one task; see scheduleUpdate. */
const STARTUP_BUDGET_MS = 12;
let taskStart = -1;
function withinStartupBudget(): boolean {
  const now = performance.now();
  if (taskStart < 0) {
    taskStart = now;
    setTimeout(() => (taskStart = -1)); // the next task starts a new budget
  }
  return now - taskStart < STARTUP_BUDGET_MS;
}

const SOURCE_NAMES = { property: 'the data property', inline: 'the inline JSON', src: 'src', default: 'the default data' };

export abstract class MqElement<T, M extends Messages & typeof common> extends LitElement {
  static version = VERSION;
  static override styles = [themeStyles];

  /**
   * Structured data as a JavaScript object. Takes precedence over an inline JSON child, `src` and
   * the built-in default.
   */
  @property({ attribute: false }) data?: unknown;

  /** URL of a JSON document with the element's data (http or https, fetched with `fetch`). */
  @property() src?: string;

  /** BCP 47 language tag; defaults to the closest `lang` ancestor, then the browser's language. */
  @property() locale?: string;

  /** `light`, `dark`, or `auto` (the default: follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme?: string;

  /** Overrides for any visible message, as an object or a JSON attribute: `{"disclaimer": "..."}`. */
  @property({ converter: jsonAttribute }) messages?: unknown;

  /** Validation for `data`, inline JSON and `src`. */
  protected abstract readonly schema: Schema<T>;
  /** This element's catalogs (English bundled, the others loaded on first use). */
  protected abstract readonly catalogs: Catalogs<M>;
  /** What a widget with no configuration shows; `t()` is ready when it is called. */
  protected abstract defaultData(): T;
  /** Renders valid data. Never called with a failed or pending load. */
  protected abstract renderData(data: T): TemplateResult;

  /** The resolved language tag and direction, current during render. */
  protected localeTag = 'en';
  protected direction: 'ltr' | 'rtl' = 'ltr';

  @state() private loaded?: LoadResult<T>;
  /** A short message for screen readers (sorting, selection), through a polite live region. */
  @state() protected announcement = '';

  /** The current messages; null while a language's catalog is still loading. */
  private text: M | null = null;
  /** What `text` was merged from. */
  private textFrom?: { catalog: M; messages: unknown };
  private inline: string | null = null;
  private inlineObserver?: MutationObserver;
  private abort?: AbortController;
  private warned = new Set<string>();
  private reloadRequested = true;
  /** Whether the element has been near the viewport, so that fetching `src` is worth it. */
  private seen = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  /**
   * First renders share a small budget of main-thread time per task: the first elements on the
   * page (the ones at the top, in view) render at once, before the page is painted, so nothing
   * shifts; the rest wait for tasks of their own, so several widgets never make one long task
   * that delays the patient's first input. (No layout is read to decide: that would cost more.)
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && !withinStartupBudget()) await new Promise((resolve) => setTimeout(resolve));
    super.scheduleUpdate();
  }

  /**
   * The shadow root is attached on connection but gets its styles at the first update: building
   * a stylesheet takes milliseconds, and a widget whose first render waits for a later task
   * should not spend them in the page's first one.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
  }

  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated) adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may be added or edited after the element is on the page (frameworks, CMSs).
    this.inlineObserver ??= new MutationObserver(() => this.readInline());
    this.inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.readInline();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inlineObserver?.disconnect();
    // A router may put the element back: fetch again then rather than keep a cancelled request.
    if (this.loaded === undefined) {
      this.abort?.abort();
      this.reloadRequested = true;
    }
  }

  private readInline(): void {
    const text = inlineJson(this);
    if (text !== this.inline) {
      this.inline = text;
      this.reloadRequested = true;
      this.requestUpdate();
    }
  }

  /** The valid data on show, or null while loading or in the error state. */
  protected currentData(): T | null {
    return this.loaded?.ok ? this.loaded.value : null;
  }

  /** Loads the data again, e.g. when an attribute that picks the default dataset changes. */
  protected reloadData(): void {
    this.reloadRequested = true;
    this.requestUpdate();
  }

  /** The message for `key` in the current language, with the partner's override if any. */
  protected t(key: keyof M & string, params?: Record<string, string | number>): string {
    return interpolate((this.text ?? this.catalogs.en)[key]!, params);
  }

  /** Warns once per attribute and value that a bad value was replaced by its default. */
  protected warnAttribute(attribute: string, value: unknown, fallback: string): void {
    const key = `${attribute}=${String(value)}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}>: ${attribute}="${String(value)}" is not valid; using ${fallback}.`);
  }

  /**
   * An attribute that takes one of a few words: the word when it is one of them, else the
   * fallback (undefined for "unset"), with one warning naming the attribute.
   */
  protected oneOf<W extends string>(attribute: string, value: string | undefined, words: readonly W[], fallback: W): W;
  protected oneOf<W extends string>(attribute: string, value: string | undefined, words: readonly W[], fallback?: W): W | undefined;
  protected oneOf<W extends string>(attribute: string, value: string | undefined, words: readonly W[], fallback?: W): W | undefined {
    if (!value) return fallback;
    if ((words as readonly string[]).includes(value)) return value as W;
    this.warnAttribute(attribute, value, fallback ?? 'none');
    return fallback;
  }

  /** Logs a configuration error once (the element shows its own message for it). */
  protected errorOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.error(`<${this.localName}>: ${message}`);
  }

  /** Validates an attribute or property holding structured data; warns and returns undefined when bad. */
  protected checkValue<V>(attribute: string, schema: Schema<V>, value: unknown, fallback: string): V | undefined {
    if (value === undefined || value === null) return undefined;
    const result = validate(schema, value);
    if (result.ok) return result.value;
    const problems = result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    this.warnAttribute(attribute, typeof value === 'string' ? value : JSON.stringify(value), `${fallback} (${problems})`);
    return undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('src')) this.reloadRequested = true;
    const language = this.localeTag;
    this.resolveLanguage();
    // The default data has words of its own, so a language change reloads it.
    if (this.loaded?.source === 'default' && language !== this.localeTag) this.reloadRequested = true;
    if (this.reloadRequested && this.text && this.mayLoad()) {
      this.reloadRequested = false;
      this.load();
    }
    this.oneOf('theme', this.theme, ['light', 'dark', 'auto'], 'auto');
  }

  private resolveLanguage(): void {
    const explicit = canonicalLocale(this.locale);
    if (this.locale && !explicit) this.warnAttribute('locale', this.locale, 'the page language');
    const context = languageContext(this);
    const tag =
      explicit ??
      canonicalLocale(context.lang) ??
      (typeof navigator === 'undefined' ? null : canonicalLocale(navigator.language)) ??
      'en';
    this.localeTag = tag;
    // An explicit locale brings its own direction unless the element itself says otherwise.
    const dir = explicit ? this.getAttribute('dir') : context.dir;
    this.direction = dir === 'rtl' || dir === 'ltr' ? dir : textDirection(tag);
    const catalog = pickCatalog(this.catalogs, tag);
    if (catalog instanceof Promise) {
      this.text = null;
      void catalog.then(() => this.requestUpdate());
      return;
    }
    // Every keystroke in a form updates the element: merge and check the messages only when they change.
    if (this.text && this.textFrom?.catalog === catalog && this.textFrom.messages === this.messages) return;
    this.textFrom = { catalog, messages: this.messages };
    const overrides = this.checkValue('messages', messageOverrides, this.messages, 'the built-in messages');
    this.text = { ...this.catalogs.en, ...catalog, ...overrides };
  }

  /** Data to fetch waits for the element to come near the viewport; anything else loads at once. */
  private mayLoad(): boolean {
    const fetches = (this.data === undefined || this.data === null) && this.inline === null && !!this.src;
    if (!fetches || this.seen) return true;
    onceNearViewport(this, () => {
      this.seen = true;
      this.requestUpdate();
    });
    return false;
  }

  private load(): void {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const result = loadData(
      { schema: this.schema, property: this.data, inline: this.inline, src: this.src, fallback: this.defaultData() },
      abort.signal,
    );
    if (!(result instanceof Promise)) return this.settle(result);
    this.loaded = undefined;
    result.then(
      (value) => abort.signal.aborted || this.settle(value),
      () => {}, // aborted: a newer load owns the element now
    );
  }

  private settle(result: LoadResult<T>): void {
    this.loaded = result;
    if (result.ok) return;
    const lines = result.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
    console.error(`<${this.localName}>: invalid data from ${SOURCE_NAMES[result.source]}:\n${lines}`);
    this.dispatchEvent(new MqDataErrorEvent({ source: result.source, issues: result.issues }));
  }

  protected override render(): TemplateResult {
    const loaded = this.loaded;
    const ready = this.text !== null;
    const busy = !ready || loaded === undefined;
    return html`<div class="root" part="base" lang=${this.localeTag} dir=${this.direction} aria-busy=${busy}>
      ${ready && loaded?.ok ? this.renderData(loaded.value) : nothing}
      <div class="status" role="status" part="status">${!ready
        ? nothing
        : loaded === undefined
          ? this.t('loading')
          : loaded.ok
            ? nothing
            : html`<p class="error" part="error">${this.t('dataError')} <span class="note">${this.t('dataErrorHint')}</span></p>`}</div>
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
