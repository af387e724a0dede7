/**
 * The base every medquote element extends: only what all of them share. The attributes of the
 * widget contract (`data`, `src`, `locale`, `theme`, `messages`), the controllers that act on
 * them (held as fields, as Shoelace does), and the shell every widget renders in: its language
 * and direction, the loading and error states, a polite live region. Subclasses render valid
 * data only.
 */
import { adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type common from './i18n/en.js';
import type { Catalogs } from './i18n/catalogs.js';
import type { MessageKey, MessageParams, Messages } from './i18n/messages.js';
import { jsonAttribute, oneOf } from './attribute-checks.js';
import { DataController } from './data-controller.js';
import type { Schema } from './data.js';
import { isolate, isolated } from './isolate.js';
import { LocalizeController } from './localize.js';
import { withinStartupBudget } from './startup.js';
import { themeStyles } from './theme.styles.js';
import { VERSION } from './version.js';

export abstract class MqElement<T, M extends Messages & typeof common> extends LitElement {
  static version = VERSION;
  static override styles = [themeStyles];

  /**
   * Structured data as a JavaScript object. Takes precedence over an inline JSON child, `src` and
   * the built-in default.
   */
  @property({ attribute: false }) data?: unknown;

  /**
   * URL of the element's data (http or https, fetched with `fetch`): a JSON document, or, for an
   * element that reads price sheets (the cost table), a CSV one.
   */
  @property() src?: string;

  /** BCP 47 language tag; defaults to the closest `lang` ancestor, then the browser's language. */
  @property() locale?: string;

  /** `light`, `dark`, or `auto` (the default: follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme?: string;

  /**
   * Overrides for any visible message, as an object or a JSON attribute: `{"disclaimer": "..."}`.
   * Every value is a plain string. A message with plural forms (`<key>_one`, `<key>_other`, and
   * Arabic's `_zero`, `_two`, `_few`, `_many`) takes one string under `<key>` for every count, or
   * its forms one by one.
   */
  @property({ converter: jsonAttribute }) messages?: unknown;

  /** Validation for `data`, inline JSON and `src`. */
  protected abstract readonly schema: Schema<T>;
  /** This element's catalogs (English bundled, the others loaded on first use). */
  protected abstract readonly catalogs: Catalogs<M>;
  /** What a widget with no configuration shows; `t()` is ready when it is called. */
  protected abstract defaultData(): T;
  /** Renders valid data. Never called with a failed or pending load. */
  protected abstract renderData(data: T): TemplateResult;

  /** A short message for screen readers (sorting, selection), through a polite live region. */
  @state() protected announcement = '';

  protected readonly localize = new LocalizeController<M>(this);
  /** Options are functions: the subclass's own fields are not set yet when this is built. */
  protected readonly dataController = new DataController<T>(this, {
    schema: () => this.schema,
    fallback: () => this.defaultData(),
    fallbackArgs: () => this.defaultDataArgs(),
  });

  /** What `defaultData()` depends on; a change rebuilds it. Its words depend on the language. */
  protected defaultDataArgs(): unknown[] {
    return [this.localize.lang];
  }

  /** The resolved language tag, current during render. */
  protected get localeTag(): string {
    return this.localize.lang;
  }

  /** The message for `key` in the current language, with the partner's override if any. */
  protected t<K extends MessageKey<M>>(key: K, ...params: MessageParams<M, K>): string {
    return this.localize.t(key, ...params);
  }

  /**
   * `t()` with each parameter, text a partner supplied (a name, "48 hours"), in a `<bdi>`: the
   * translated sentence keeps its order around it in either direction.
   */
  protected tIsolated<K extends MessageKey<M>>(key: K, params: Record<string, string>): unknown[] {
    const marked = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, isolate(value)]));
    return isolated(this.localize.t(key, ...([marked] as unknown as MessageParams<M, K>)));
  }

  /** The valid data on show, or null while loading or in the error state. */
  protected currentData(): T | null {
    return this.dataController.value ?? null;
  }

  /**
   * A first render waits for a task with room for it (see startup.ts). Within the budget it
   * happens here and now, before the next element's turn, so the budget counts real work.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || withinStartupBudget()) return super.scheduleUpdate();
    return new Promise((resolve) => setTimeout(resolve)).then(() => super.scheduleUpdate());
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

  /**
   * Language first, then the data once its words are there (the default data has words), both
   * before the subclasses' own `willUpdate` checks, which see this update's data.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.localize.resolve(this.catalogs);
    if (this.localize.ready) this.dataController.refresh();
    oneOf(this, 'theme', this.theme, ['light', 'dark', 'auto'], 'auto');
  }

  protected override render(): TemplateResult {
    const { localize, dataController } = this;
    const ready = localize.ready;
    // The shell's own words, which every element's catalog has (see core/i18n/en.ts).
    const shell = localize as LocalizeController<typeof common>;
    return html`<div class="root" part="base" lang=${localize.lang} dir=${localize.dir} aria-busy=${!ready || dataController.status === 'pending'}>
      ${ready ? dataController.render({ complete: (data) => this.renderData(data) }) : nothing}
      <div class="status" role="status" part="status">${ready
        ? dataController.render<unknown>({
            pending: () => shell.t('loading'),
            error: (_, notice) => html`<p class="error" part="error">${shell.t('dataError')} ${notice} <span class="note">${shell.t('dataErrorHint')}</span></p>`,
          })
        : nothing}</div>
      <div class="sr-only" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
