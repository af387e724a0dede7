/**
 * LocalizeController: the language, direction and messages of one element, held as a field (as
 * Shoelace's elements hold theirs). It resolves the language from the element's `locale`, the
 * closest `lang` ancestor, the browser, then English; loads that language's catalog on first use;
 * merges the partner's `messages` overrides over it; and formats messages with `t()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messageOverrides } from '../schema/common.js';
import { checkAttribute, warnAttribute } from './attribute-checks.js';
import { pickCatalog, type Catalogs } from './i18n/catalogs.js';
import { canonicalLocale, languageContext, textDirection } from './i18n/locale.js';
import { formatMessage, type MessageKey, type MessageParams, type Messages } from './i18n/messages.js';

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** BCP 47 tag the element was given, if any. */
  locale?: string;
  /** The partner's overrides, as set (validated here). */
  messages?: unknown;
}

const connected = new Set<ReactiveControllerHost>();
let pageObserver: MutationObserver | undefined;

export class LocalizeController<M extends Messages> implements ReactiveController {
  /** The resolved language tag and direction, current after `resolve()`. */
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';

  /** The merged messages; null while the language's catalog is still loading. */
  private text: Messages | null = null;
  /** English, shown while another language loads. */
  private en: Messages = {};
  /** What `text` was merged from, so a form's keystrokes do not merge it again. */
  private textFrom?: { catalog: Messages; overrides: unknown };
  /** Plural forms follow the language of the text shown: English rules for the English fallback. */
  private pluralLocale = 'en';

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  /** Whether the messages are ready; false while a language's catalog is loading. */
  get ready(): boolean {
    return this.text !== null;
  }

  /**
   * Re-renders connected elements when any `lang` or `dir` on the page changes. One observer
   * serves every element, created on first connection, never at import (server-side imports).
   */
  hostConnected(): void {
    connected.add(this.host);
    if (!pageObserver) {
      pageObserver = new MutationObserver(() => connected.forEach((host) => host.requestUpdate()));
      pageObserver.observe(document.documentElement, { subtree: true, attributeFilter: ['lang', 'dir'] });
    }
  }

  hostDisconnected(): void {
    connected.delete(this.host);
  }

  /** Resolves language, direction and messages from the element's catalogs; called in `willUpdate`. */
  resolve(catalogs: Catalogs<M>): void {
    const { host } = this;
    const explicit = canonicalLocale(host.locale);
    if (host.locale && !explicit) warnAttribute(host, 'locale', host.locale, 'the page language');
    const context = languageContext(host);
    const tag =
      explicit ??
      canonicalLocale(context.lang) ??
      (typeof navigator === 'undefined' ? null : canonicalLocale(navigator.language)) ??
      'en';
    this.lang = tag;
    // An explicit locale brings its own direction unless the element itself says otherwise.
    const dir = explicit ? host.getAttribute('dir') : context.dir;
    this.dir = dir === 'rtl' || dir === 'ltr' ? dir : textDirection(tag);
    this.en = catalogs.en;
    const catalog = pickCatalog(catalogs, tag);
    if (catalog instanceof Promise) {
      this.text = null;
      void catalog.then(() => host.requestUpdate());
      return;
    }
    this.pluralLocale = catalog === catalogs.en ? 'en' : tag;
    if (this.text && this.textFrom?.catalog === catalog && this.textFrom.overrides === host.messages) return;
    this.textFrom = { catalog, overrides: host.messages };
    const overrides = checkAttribute(host, 'messages', messageOverrides, host.messages, 'the built-in messages');
    this.text = { ...catalogs.en, ...catalog, ...overrides };
  }

  /** The message for `key` in the current language, with the partner's override if any. */
  t<K extends MessageKey<M>>(key: K, ...[params]: MessageParams<M, K>): string {
    return formatMessage(this.text ?? this.en, this.pluralLocale, key, params);
  }
}
