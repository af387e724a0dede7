import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MqElement } from '../core/element.js';
import type { MqSelectEvent } from '../core/events.js';
import type { MqQuoteForm } from '../quote-form/quote-form.js';
import { focusWithin, holdScroll, overlaps } from './page.js';
import { quoteButtonStyles } from './quote-button.styles.js';
import en from './i18n/en.js';

const FORM = 'mq-quote-form';
/** Where focus goes when the form shows: its first field, else its title (the success screen's). */
const FIRST_FIELD = 'input:not([tabindex="-1"]), select, textarea';

let formCode: Promise<unknown> | undefined;
/** The form's code, fetched once per page at the first hover, focus or click of a quote button (again after a failure). */
function loadForm(): Promise<unknown> {
  return (formCode ??= import('../quote-form/define.js')
    .then(() => customElements.whenDefined(FORM))
    .catch((error: unknown) => {
      formCode = undefined;
      throw error;
    }));
}

/** Hovering or focusing the button fetches the form's code; a failure shows when the dialog opens. */
const preload = () => void loadForm().catch(() => {});

/**
 * A button that opens the quote form in a modal dialog, or with `floating` a launcher fixed to the
 * bottom corner on the inline-end side (bottom right, bottom left in right-to-left pages). The
 * form's code is fetched on the button's first hover, focus or click, not with the page.
 *
 * Every attribute of `<mq-quote-form>` set on the button reaches the form (`endpoint`,
 * `privacy-url`, `treatment`, `destination`, `source`, `utm`, `attribution`, `prefill-from-url`,
 * `locale`, `theme`, `messages`, `src` …), and so do the `data` property and an inline JSON child.
 * Its JavaScript-only properties (`captchaToken` …) are set on the `form` property. Closing the
 * dialog keeps the form: a request being sent keeps going, and its result shows when the dialog
 * opens again (a closed dialog announces it). On a page without an inline form, "Request a quote"
 * in a cost table or trip estimator opens the dialog with that destination ticked (unless `no-link`).
 *
 * @customElement mq-quote-button
 * @summary A button, or a floating launcher, that opens the quote form in a dialog.
 *
 * @slot - The button's words, when given as the element's content.
 *
 * @csspart base - The outer wrapper.
 * @csspart button - The button (or launcher) that opens the dialog.
 * @csspart dialog - The dialog, over the whole page; it alone scrolls.
 * @csspart panel - The dialog's sheet, holding the close button and the form.
 * @csspart close-button - The dialog's Close button.
 * @csspart error - The message shown when the form's code could not be loaded.
 * @csspart status - The live region for loading and error states.
 *
 * @cssprop --mq-launcher-z-index - The floating launcher's stacking level (default 1000).
 * @cssprop --mq-launcher-offset - The floating launcher's distance from the corner (default 1em).
 * @cssprop --mq-font-family - Font; inherits the host page's by default.
 * @cssprop --mq-font-size - Base size; follows the host (never below 14px) by default.
 * @cssprop --mq-color-text - Text colour.
 * @cssprop --mq-color-surface - The dialog's background.
 * @cssprop --mq-color-accent - The button's colour.
 * @cssprop --mq-color-on-accent - The button's text.
 * @cssprop --mq-color-focus - Focus ring.
 * @cssprop --mq-radius - Corner radius.
 */
export class MqQuoteButton extends MqElement<unknown, typeof en> {
  static override styles = [...MqElement.styles, quoteButtonStyles];

  /** The button's words, unless the element has content of its own. Default: "Request a quote", in the page's language. */
  @property() label?: string;

  /** A launcher fixed to the bottom corner on the inline-end side, over the page (see `--mq-launcher-z-index`). */
  @property({ type: Boolean, reflect: true }) floating = false;

  /** The form's options URL: passed on to the form, never fetched by the button. */
  @property({ attribute: false }) override src?: string;

  @state() private formReady = false;
  @state() private loadFailed = false;
  /** The words of the element's own content, if it has any. */
  @state() private ownLabel = '';
  /** Whether a page element the floating launcher would cover has focus: then it steps aside. */
  @state() private aside = false;

  /** Any data: it is the form's, which checks it. */
  protected readonly schema = { safeParse: (data: unknown) => ({ success: true as const, data }) };
  protected readonly catalogs = { en, lazy: { es: () => import('./i18n/es.js'), ar: () => import('./i18n/ar.js') } };

  #form?: MqQuoteForm;
  /** Whether focus goes back to the button on closing (it opened the dialog). */
  #fromButton = false;
  /** Ends holding the page's scroll position; waits for the form's first field. */
  #release?: () => void;
  #waitForField?: MutationObserver;

  /**
   * The `<mq-quote-form>` the dialog shows, made on first use. Its JavaScript-only properties
   * (`captchaToken`, `minFillMs` …) may be set here before its code has loaded.
   */
  get form(): MqQuoteForm {
    return (this.#form ??= document.createElement(FORM) as MqQuoteForm);
  }

  protected defaultData(): null {
    return null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('mq-select', this.#onSelect);
    this.#watchFocus(this.floating);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('mq-select', this.#onSelect);
    this.#watchFocus(false);
    this.#release?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A `src` set as a property is passed on as the attribute, before the base class would fetch it.
    if (this.src) this.setAttribute('src', this.src);
    this.src = undefined;
    super.willUpdate(changed);
    const data = this.currentData();
    if (data != null && this.formReady) this.form.data = data;
    if (changed.has('floating')) this.#watchFocus(this.floating);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog, loading the form's code first if it is not there yet. */
  async open(): Promise<void> {
    // At once when the button is on screen: the click shows the dialog in the same frame.
    const dialog = this.#dialog ?? (await this.updateComplete, this.#dialog);
    if (!dialog || dialog.open) return;
    this.#release = holdScroll(dialog);
    dialog.showModal();
    this.loadFailed = false;
    try {
      await loadForm();
    } catch {
      this.loadFailed = true;
      return;
    }
    this.#attach();
    await this.updateComplete;
    this.#focusForm(dialog);
  }

  /** Closes the dialog; the form, and a request it is sending, stay. */
  close(): void {
    this.#dialog?.close();
  }

  /** Puts the form in the dialog once its code is here, with the button's form attributes, kept in step. */
  #attach(): void {
    if (this.formReady) return;
    const { form } = this;
    const names = (customElements.get(FORM) as unknown as { observedAttributes: string[] }).observedAttributes;
    const copy = (name: string) => {
      const value = this.getAttribute(name);
      if (value === null) form.removeAttribute(name);
      else form.setAttribute(name, value);
    };
    names.forEach(copy);
    new MutationObserver((records) => records.forEach((record) => copy(record.attributeName!))).observe(this, { attributeFilter: names });
    const data = this.currentData();
    if (data != null) form.data = data;
    this.formReady = true;
  }

  /**
   * Focus to the form's first field as soon as it shows one (its data or language may still be
   * loading), unless the patient has moved focus already.
   */
  #focusForm(dialog: HTMLDialogElement): void {
    const root = this.form.shadowRoot;
    const close = this.renderRoot.querySelector('[part="close-button"]');
    /** True once there is nothing left to wait for. */
    const move = (): boolean => {
      const active = this.shadowRoot!.activeElement;
      if (!root || !dialog.open || (active && active !== close)) return true;
      const target = root.querySelector<HTMLElement>(FIRST_FIELD) ?? root.querySelector<HTMLElement>('[tabindex="-1"]');
      target?.focus();
      return !!target;
    };
    if (move()) return;
    this.#waitForField = new MutationObserver(() => move() && this.#waitForField?.disconnect());
    this.#waitForField.observe(root!, { childList: true, subtree: true });
  }

  #onSelect = (event: MqSelectEvent): void => {
    // An inline form on the page takes it itself; of several quote buttons, the first answers.
    const first = document.querySelector('mq-quote-button:not([no-link])');
    if (this.hasAttribute('no-link') || document.querySelector(FORM) || (first && first !== this)) return;
    void this.open().then(() => this.#form?.selectDestination(event.detail));
  };

  #onClosed = (): void => {
    this.#release?.();
    this.#waitForField?.disconnect();
    if (this.#fromButton) this.renderRoot.querySelector<HTMLElement>('[part="button"]')?.focus();
    this.#fromButton = false;
  };

  /** A result that arrives while the dialog is closed is announced. */
  #onResult = (event: Event): void => {
    if (!this.#dialog?.open) this.announcement = this.t(event.type === 'mq-success' ? 'sent' : 'notSent');
  };

  #watchFocus(on: boolean): void {
    for (const type of ['focusin', 'focusout', 'scroll']) (on ? addEventListener : removeEventListener)(type, this.#checkCover, true);
  }

  /** The floating launcher steps aside while the page element that has focus is under it, so it never hides it. */
  #checkCover = (): void => {
    const { focused, inside } = focusWithin(this);
    const launcher = this.renderRoot.querySelector('[part="button"]');
    this.aside = !!launcher && !!focused && !inside && overlaps(focused.getBoundingClientRect(), launcher.getBoundingClientRect());
  };

  #onSlotChange = (event: Event): void => {
    const nodes = (event.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this.ownLabel = nodes
      .filter((node) => !(node instanceof HTMLScriptElement))
      .map((node) => node.textContent)
      .join('')
      .trim();
  };

  protected renderData(): TemplateResult {
    const label = this.ownLabel || this.label?.trim() || this.t('label');
    const { formReady, loadFailed } = this;
    return html`<button type="button" class=${this.aside ? 'action launcher aside' : 'action launcher'} part="button" aria-haspopup="dialog"
        @pointerenter=${preload} @focus=${preload} @click=${() => ((this.#fromButton = true), void this.open())}>
        <slot @slotchange=${this.#onSlotChange}></slot>${this.ownLabel ? nothing : label}
      </button>
      <dialog part="dialog" aria-label=${label} @close=${this.#onClosed} @mq-success=${this.#onResult} @mq-error=${this.#onResult}
        @click=${(event: Event) => event.target === event.currentTarget && this.close()}>
        <div class="panel" part="panel">
          <div class="bar"><button type="button" class="secondary" part="close-button" @click=${() => this.close()}>${this.t('close')}</button></div>
          ${loadFailed ? html`<p class="error" part="error" role="alert">${this.t('loadError')}</p>` : formReady ? this.form : html`<p class="status">${this.t('loading')}</p>`}
        </div>
      </dialog>`;
  }
}
