import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorOnce, warnAttribute } from '../core/attribute-checks.js';
import { safeUrl } from '../core/data.js';
import { controlStyles } from '../core/controls.styles.js';
import { MqElement } from '../core/element.js';
import type { SelectDetail } from '../core/events.js';
import { heading, isHeadingLevel } from '../core/heading.js';
import { quoteFormOptions, type QuoteFormOptions } from '../schema/quote-form.js';
import { QuoteFlow, type Step } from './flow.js';
import { actions, errorSummary } from './form-parts.js';
import { PageLinks } from './links.js';
import { stepIndicator } from './indicator.js';
import { formPartsStyles } from './parts.styles.js';
import { quoteFormStyles } from './quote-form.styles.js';
import { send, succeed } from './send.js';
import { STEPS } from './steps.js';
import { successScreen } from './success.js';
import en from './i18n/en.js';

/**
 * A quote request in five short steps, marked on a step indicator: the trip; how to reach the
 * patient; optional health details and photos, after their own consent; the consents (privacy
 * notice, sending to clinics abroad, optional marketing); a review, where "Change" goes to the
 * field and back. A wait before a retry counts down, with "Try now" and "Stop trying". The request reaches the partner's `endpoint` exactly once: one
 * Idempotency-Key for every retry of the same answers, retries with backoff, upload progress, a
 * wait while offline, and a draft in session storage that survives a reload and that the patient
 * can clear. Photos are sent without their metadata (location, device, time).
 *
 * Data (the treatment and the destinations offered) comes from the `data` property, an inline
 * `<script type="application/json">` child, the `src` URL, or the built-in default (stem cell
 * therapy for scars, three destinations), in that order.
 *
 * @customElement mq-quote-form
 * @summary Quote request form that delivers to the partner's endpoint.
 *
 * @fires {MqSubmitEvent} mq-submit - Cancelable, before sending. `detail`: `{ request, photos }`, validated against the schema.
 * `preventDefault()` lets the page deliver it itself (then call `showSuccess(reference)`). Contains personal and health data.
 * @fires {MqSuccessEvent} mq-success - The endpoint stored the request. `detail`: `{ reference }`.
 * @fires {MqErrorEvent} mq-error - Sending failed. `detail`: `{ kind, status }`; `kind` is `invalid` (422: shown on the fields), `rejected`, `server`, `network` or `captcha`.
 * @fires {MqQuoteSentEvent} mq-quote-sent - On `window`, for tag managers, after a request was sent. `detail`: `{ treatment, destinations, source }`; no personal data.
 * @fires {MqDataErrorEvent} mq-data-error - The options failed validation or could not be fetched. `detail`: `{ source, issues }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart title - The form's title, and the success screen's (a heading at `heading-level`).
 * @csspart steps - The step indicator: a list of the steps, the current one `aria-current="step"`.
 * @csspart step-title - The current step's title ("Step 1 of 5: …"), a heading one level below the title.
 * @csspart section-title - The success screen's section headings.
 * @csspart error-summary - The list of problems shown when a step cannot continue.
 * @csspart field - A label with its control, hint and error.
 * @csspart input - A text input, select or textarea.
 * @csspart field-error - A field's error message.
 * @csspart consent - A consent checkbox with its text.
 * @csspart drop-area - The photo field's drop area (the file input's label).
 * @csspart photo - A chosen photo with its preview.
 * @csspart button - The Back, Stop trying, Change, Remove, Copy and "Clear my details" buttons.
 * @csspart primary-button - The Continue, Skip, Back to review, Send and Try now buttons.
 * @csspart clear - The "Clear my details" button, shown once the patient has entered anything.
 * @csspart progress - The sending (with an upload's percentage), retrying and offline messages.
 * @csspart success - The success screen.
 * @csspart reference - The reference number.
 * @csspart status - The live region for loading and error states.
 * @csspart error - The error message shown for bad data or a missing configuration.
 *
 * @cssprop --mq-font-family - Font; inherits the host page's by default.
 * @cssprop --mq-font-size - Base size; follows the host (never below 14px) by default.
 * @cssprop --mq-color-text - Text colour.
 * @cssprop --mq-color-muted - Hints and secondary text.
 * @cssprop --mq-color-surface - Background and inputs.
 * @cssprop --mq-color-surface-alt - Group backgrounds.
 * @cssprop --mq-color-border - Input borders.
 * @cssprop --mq-color-accent - Buttons and links.
 * @cssprop --mq-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --mq-color-danger - Errors.
 * @cssprop --mq-color-focus - Focus ring.
 * @cssprop --mq-radius - Corner radius.
 */
export class MqQuoteForm extends MqElement<QuoteFormOptions, typeof en> {
  static override styles = [...MqElement.styles, controlStyles, quoteFormStyles, formPartsStyles];

  /** Where the request is POSTed (http or https). Required. */
  @property() endpoint?: string;

  /** The partner's privacy notice (an http(s) URL, or a path on this site). Required: without it the form collects nothing. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** The treatment asked about; overrides the data's. */
  @property() treatment?: string;

  /** Destination ids to preselect, comma-separated (`turkey-thailand,mexico-colombia`). */
  @property() destination?: string;

  /** The level of the form's title heading, 1 to 6 (default 2); the step's title is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The promised response time, in the partner's words: "48 hours". */
  @property({ attribute: 'response-time' }) responseTime?: string;

  /** Attribution sent with the request, e.g. the partner page or campaign. */
  @property() source?: string;

  /** Sends the page URL's utm_source, utm_medium, utm_campaign, utm_term and utm_content with the request. */
  @property({ type: Boolean }) utm = false;

  /** Sends the path of the page the form is on (without its query) and the origin of the page that linked to it (`document.referrer`, origin only). */
  @property({ type: Boolean }) attribution = false;

  /**
   * Presets fields from the page's address: `?mq-destination=turkey-thailand&mq-timeframe=flexible`
   * (also `mq-treatment`, `mq-budget`, `mq-currency`, `mq-residence`), each checked like the
   * patient's own answer; a bad value is ignored with a warning. Names, contact and health details
   * are never taken from an address.
   */
  @property({ type: Boolean, attribute: 'prefill-from-url' }) prefillFromUrl = false;

  /** Keeps health details and photos in the reload-surviving draft too (off by default: they are sensitive). Photos go to IndexedDB. */
  @property({ type: Boolean, attribute: 'persist-health' }) persistHealth = false;

  /** Ignores `mq-select` and `mq-result` from other medquote elements on the page. */
  @property({ type: Boolean, attribute: 'no-link' }) noLink = false;

  /** An async function returning a CAPTCHA token, sent with the request as `captchaToken`. */
  @property({ attribute: false }) captchaToken?: () => Promise<string>;

  /** The first retry's delay in milliseconds; later retries double it (up to 30 s). */
  @property({ attribute: false }) retryBaseMs = 1000;

  /** Bots submit within a second: a request is held until this long after the first keystroke. */
  @property({ attribute: false }) minFillMs = 3000;

  /** An attempt to send is abandoned (and retried) after this many milliseconds without progress; never for taking long. */
  @property({ attribute: false }) stallMs = 30_000;

  /** The success screen's reference was copied. */
  @state() protected copied = false;

  protected readonly schema = quoteFormOptions;
  protected readonly catalogs = { en, lazy: { es: () => import('./i18n/es.js'), ar: () => import('./i18n/ar.js') } };

  /** The steps, in order (steps.ts). A getter, so that a subclass's table is the one its flow walks. */
  protected get steps(): readonly Step[] {
    return STEPS;
  }

  /** The answers, the step, the draft and the delivery (flow.ts); what other elements on the page choose reaches it through `links`. */
  protected readonly flow = new QuoteFlow(this, this.steps, {
    localize: this.localize,
    data: () => this.currentData(),
    announce: (text) => (this.announcement = text),
  });

  protected readonly links = new PageLinks(this.flow);

  protected defaultData(): QuoteFormOptions {
    return {
      treatment: this.t('defaultTreatment'),
      destinations: [
        { id: 'mexico-colombia', regions: ['MX', 'CO'] },
        { id: 'turkey-thailand', regions: ['TR', 'TH'] },
        { id: 'india-malaysia', regions: ['IN', 'MY'] },
      ],
      currencies: ['USD', 'EUR', 'GBP'],
    };
  }

  /** Ticks a destination (and keeps its trip estimate) as an `mq-select` on the page would: for a page relaying one the form could not hear. */
  selectDestination(detail: SelectDetail): void {
    this.flow.select(detail);
  }

  /** For a host that delivered the request itself after `mq-submit`'s `preventDefault()`. */
  showSuccess(reference = ''): void {
    succeed(this.flow, reference);
  }

  /** The first problem with the partner's configuration: the attribute to fix, or null. */
  #configProblem(): 'endpoint' | 'privacy-url' | null {
    if (!safeUrl(this.endpoint)) return 'endpoint';
    if (!safeUrl(this.privacyUrl)) return 'privacy-url';
    return null;
  }

  protected override firstUpdated(): void {
    setTimeout(this.flow.wantCountries);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const problem = this.currentData() && this.#configProblem();
    if (problem) errorOnce(this, `${problem}="${(problem === 'endpoint' ? this.endpoint : this.privacyUrl) ?? ''}" must be an http(s) URL; the form is not shown until it is set.`);
    if (changed.get('destination') !== undefined) this.flow.preselect();
    if (changed.has('headingLevel') && !isHeadingLevel(this.headingLevel)) warnAttribute(this, 'heading-level', this.headingLevel, '2');
  }

  #success(reference: string): TemplateResult {
    return successScreen(this.flow, {
      reference,
      headingLevel: this.headingLevel,
      responseTime: this.responseTime?.trim() || this.t('defaultResponseTime'),
      copied: this.copied,
      copy: () =>
        void navigator.clipboard?.writeText(reference).then(() => {
          this.copied = true;
          this.announcement = this.t('copied');
        }),
    });
  }

  protected renderData(): TemplateResult {
    const { flow } = this;
    const { step, steps, busy, delivery } = flow;
    const index = steps.indexOf(step);
    const last = index === steps.length - 1;
    if (this.#configProblem()) return html`<p class="error" part="error">${this.t('configError')}</p>`;
    if (delivery.phase === 'sent') return this.#success(delivery.reference);
    const submit = (e: Event) => {
      e.preventDefault();
      if (!busy) void (last ? send(flow) : flow.next());
    };
    return html`<form novalidate @focusin=${flow.wantCountries} @pointerdown=${flow.wantCountries} @submit=${submit}>
      ${heading(this.headingLevel, this.t('title'))}
      ${stepIndicator(flow)}
      ${heading(this.headingLevel, this.t('stepOf', { n: index + 1, total: steps.length, name: this.t(step.title) }), 'step-title', 1)}
      ${errorSummary(flow)}
      ${step.render(flow)}
      ${actions(flow, last)}
      ${flow.session.startedAt
        ? html`<button type="button" class="secondary clear" part="button clear" aria-disabled=${busy} @click=${() => busy || flow.clear()}>${this.t('clear')}</button>`
        : nothing}
    </form>`;
  }
}
