import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { errorOnce } from '../core/attribute-checks.js';
import { MqElement } from '../core/element.js';
import { MqErrorEvent, MqQuoteSentEvent, MqSubmitEvent, MqSuccessEvent, type MqResultEvent, type MqSelectEvent } from '../core/events.js';
import { list, money, monthYear, numberFormat, placeName, regionName } from '../core/format.js';
import { safeUrl } from '../core/data.js';
import { quoteRequest } from '../schema/quote-request.js';
import { quoteFormOptions, type QuoteFormOptions } from '../schema/quote-form.js';
import { validate } from '../schema/validate.js';
import { countries, CALLING_CODES, toE164 } from './countries.js';
import { answersHash, deliver, fetchTicket, type DeliveryResult, type DeliveryState } from './delivery.js';
import { clearDraft, loadDraft, loadPhotos, saveDraft, savePhotos, sweepPhotos, type Draft, type Step } from './draft.js';
import { checkStep, emptyState, fieldForPath, stepOf, toRequest, type Field, type FormState } from './form-state.js';
import { addPhotos, photoField, preparePhoto } from './photos.js';
import { consentBox, describedBy, fieldError, radioGroup, selectField, textField, type ControlHost } from './controls.js';
import { quoteFormStyles } from './quote-form.styles.js';
import en from './i18n/en.js';

type Key = keyof typeof en;
type Problem = { key: Key; params?: Record<string, string> } | { text: string };
type Delivery = 'idle' | DeliveryState | 'host' | 'sent' | { phase: 'failed'; result: DeliveryResult };

const STEPS: Step[] = ['contact', 'health', 'consent', 'review'];
/** Wraps text in a left-to-right isolate, so "+49 151…" keeps its order inside right-to-left text. */
const ltr = (text: string) => `\u2066${text}\u2069`;
const STEP_NAMES: Record<Step, Key> = { contact: 'stepContact', health: 'stepHealth', consent: 'stepConsent', review: 'stepReview' };

/**
 * A quote request in four short steps: the request and contact details; optional health details
 * and photos, after their own consent; the consents (privacy notice, sending to clinics abroad,
 * optional marketing); a review. The request reaches the partner's `endpoint` exactly once: one
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
 * @fires {MqSubmitEvent} mq-submit - Cancelable, before sending. `detail`: `{ request, photos }`, validated against the schema. `preventDefault()` lets the page deliver it itself (then call `showSuccess(reference)`). Contains personal and health data.
 * @fires {MqSuccessEvent} mq-success - The endpoint stored the request. `detail`: `{ reference }`.
 * @fires {MqErrorEvent} mq-error - Sending failed. `detail`: `{ kind, status }`; `kind` is `invalid` (422: shown on the fields), `rejected`, `server`, `network` or `captcha`.
 * @fires {MqQuoteSentEvent} mq-quote-sent - On `window`, for tag managers, after a request was sent. `detail`: `{ treatment, destinations, source }`; no personal data.
 * @fires {MqDataErrorEvent} mq-data-error - The options failed validation or could not be fetched. `detail`: `{ source, issues }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart title - The form's title.
 * @csspart step-title - The current step's title ("Step 1 of 4: …").
 * @csspart error-summary - The list of problems shown when a step cannot continue.
 * @csspart field - A label with its control, hint and error.
 * @csspart input - A text input, select or textarea.
 * @csspart field-error - A field's error message.
 * @csspart consent - A consent checkbox with its text.
 * @csspart photo - A chosen photo with its preview.
 * @csspart button - The Back, Skip, Change and "Clear my details" buttons.
 * @csspart primary-button - The Continue and Send buttons.
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
  static override styles = [...MqElement.styles, quoteFormStyles];

  /** Where the request is POSTed (http or https). Required. */
  @property() endpoint?: string;

  /** The partner's privacy notice (an http(s) URL, or a path on this site). Required: without it the form collects nothing. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** The treatment asked about; overrides the data's. */
  @property() treatment?: string;

  /** Destination ids to preselect, comma-separated (`turkey-thailand,mexico-colombia`). */
  @property() destination?: string;

  /** The promised response time, in the partner's words: "48 hours". */
  @property({ attribute: 'response-time' }) responseTime?: string;

  /** Attribution sent with the request, e.g. the partner page or campaign. */
  @property() source?: string;

  /** Sends the page URL's utm_source, utm_medium, utm_campaign, utm_term and utm_content with the request. */
  @property({ type: Boolean }) utm = false;

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

  @state() private step: Step = 'contact';
  @state() private values?: FormState;
  @state() private problems: Partial<Record<Field, Problem>> = {};
  @state() private showSummary = false;
  @state() private photos: File[] = [];
  @state() private delivery: Delivery = 'idle';
  @state() private reference = '';
  /** Destinations another element offered that the data does not list. */
  @state() private extraDestinations: { id: string; label: string }[] = [];
  /**
   * Naming and sorting ~200 countries is the costliest part of the form's first render, so each
   * country list holds only its chosen country until the task after that render, or until the
   * patient first touches the form, whichever comes first.
   */
  @state() private allCountries = false;

  private consentTimes: Partial<Record<'privacy' | 'health' | 'transfer' | 'marketing', string>> = {};
  /** When the patient started, the Idempotency-Key and the fill ticket: kept in the draft with the answers. */
  private session: Omit<Draft, 'state' | 'step'> = { startedAt: 0 };
  /** A scar type a checklist on the page already asked about, offered once health details are shared. */
  private linkedScarType?: string;

  protected readonly schema = quoteFormOptions;
  protected readonly catalogs = { en, lazy: { es: () => import('./i18n/es.js'), ar: () => import('./i18n/ar.js') } };
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

  override connectedCallback(): void {
    super.connectedCallback();
    void sweepPhotos();
    document.addEventListener('mq-select', this.onSelect);
    document.addEventListener('mq-result', this.onResult);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('mq-select', this.onSelect);
    document.removeEventListener('mq-result', this.onResult);
  }

  /** For a host that delivered the request itself after `mq-submit`'s `preventDefault()`. */
  showSuccess(reference = ''): void {
    this.succeed(reference);
  }

  private onSelect = (event: MqSelectEvent): void => {
    if (this.noLink || !this.values || event.composedPath().includes(this)) return;
    const { id, label } = event.detail;
    if (!this.currentData()?.destinations.some((option) => option.id === id) && !this.extraDestinations.some((d) => d.id === id)) {
      this.extraDestinations = [...this.extraDestinations, { id, label }];
    }
    if (!this.values.destinations.includes(id)) this.change({ destinations: [...this.values.destinations, id] });
  };

  private onResult = (event: MqResultEvent): void => {
    if (this.noLink) return;
    this.linkedScarType = event.detail.answers['scar-type'];
  };

  private get draftName(): string {
    return `medquote:quote:${safeUrl(this.endpoint)?.href ?? ''}`;
  }

  /** The first problem with the partner's configuration: the attribute to fix, or null. */
  private configProblem(): string | null {
    if (!safeUrl(this.endpoint)) return 'endpoint';
    if (!safeUrl(this.privacyUrl)) return 'privacy-url';
    return null;
  }

  protected override firstUpdated(): void {
    setTimeout(() => (this.allCountries = true));
  }

  private readonly wantCountries = (): void => {
    this.allCountries = true;
  };

  /** A country list: every country, or only the one chosen (see allCountries). */
  private countryList(chosen: string): { code: string; name: string }[] {
    if (this.allCountries) return countries(this.localeTag);
    return chosen ? [{ code: chosen, name: regionName(this.localeTag, chosen) }] : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.currentData();
    const problem = data && this.configProblem();
    if (problem) errorOnce(this, `${problem}="${(problem === 'endpoint' ? this.endpoint : this.privacyUrl) ?? ''}" must be an http(s) URL; the form is not shown until it is set.`);
    if (data && !this.values) this.restore(data);
    if (changed.has('destination') && this.values && changed.get('destination') !== undefined) this.preselect();
  }

  /** Starts from the draft a reload left, else from empty fields and the `destination` attribute. */
  private restore(data: QuoteFormOptions): void {
    // Only a region the page's language names (en-GB) preselects a country: "en" alone says little.
    const region = new Intl.Locale(this.localeTag).region ?? '';
    const country = CALLING_CODES.has(region) ? region : '';
    this.values = emptyState(data.currencies?.[0] ?? 'USD', country);
    const draft = loadDraft(this.draftName);
    if (draft) {
      const { state, step, ...session } = draft;
      this.values = { ...this.values, ...state };
      this.step = step === 'review' ? 'consent' : step; // consents are given afresh
      this.session = session;
      if (this.persistHealth) {
        void loadPhotos(this.draftName).then((files) => {
          if (files.length && !this.photos.length) void this.addPhotos(files); // checked and stripped again
        });
      }
    } else {
      this.preselect();
    }
  }

  private preselect(): void {
    const ids = (this.destination ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    if (ids.length) this.values = { ...this.values!, destinations: [...new Set([...this.values!.destinations, ...ids])] };
  }

  /** Changes fields, keeps the draft, and clears the problems of the fields changed. */
  private change(patch: Partial<FormState>): void {
    const session = this.session;
    if (!session.startedAt) {
      session.startedAt = Date.now();
      void fetchTicket(safeUrl(this.endpoint)).then((ticket) => {
        session.ticket = ticket;
        if (session === this.session) this.persist(); // not after "Clear my details"
      });
    }
    this.values = { ...this.values!, ...patch };
    const problems = { ...this.problems };
    for (const field of Object.keys(patch) as Field[]) delete problems[field === 'phoneCountry' ? 'phoneNational' : field];
    this.problems = problems;
    this.persist();
  }

  /** Keeps the draft, once the patient has entered something. */
  private persist(): void {
    if (this.session.startedAt) saveDraft(this.draftName, { ...this.session, state: this.values!, step: this.step }, this.persistHealth);
  }

  /** Removes the draft and its photos from the device. */
  private forget(): void {
    clearDraft(this.draftName);
    void savePhotos(this.draftName, []);
  }

  /** "Clear my details": the draft, its photos and every answer, gone; back to the first step. */
  private clear(): void {
    this.forget();
    this.session = { startedAt: 0 };
    this.consentTimes = {};
    this.photos = [];
    this.problems = {};
    this.delivery = 'idle';
    this.values = undefined; // the next update starts afresh: there is no draft now
    this.goTo('contact');
    this.announcement = this.t('cleared');
  }

  private consent(name: 'privacy' | 'health' | 'transfer' | 'marketing', given: boolean): void {
    if (given) this.consentTimes[name] = new Date().toISOString();
    else delete this.consentTimes[name];
    // A scar type a checklist on the page already asked about is offered once health details are shared.
    const linked = name === 'health' && given && !this.values!.scarType && this.linkedScarType ? { scarType: this.linkedScarType } : {};
    this.change(name === 'health' ? { healthConsent: given, ...linked } : { [name]: given });
  }

  /** Checks one field as the patient leaves it. */
  private leave(field: Field): void {
    if (this.step === 'review') return;
    const problem = checkStep(this.step, this.values!)[field];
    if (problem) this.problems = { ...this.problems, [field]: { key: problem as Key } };
  }

  private message(problem: Problem): string {
    return 'text' in problem ? problem.text : this.t(problem.key, problem.params);
  }

  private goTo(step: Step, focus: 'heading' | 'problem' = 'heading'): void {
    this.step = step;
    this.persist();
    void this.updateComplete.then(() => {
      const target =
        focus === 'problem'
          ? this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], .group.invalid input')
          : this.renderRoot.querySelector<HTMLElement>('[part="step-title"]');
      target?.focus();
    });
  }

  private next(): void {
    if (this.step !== 'review') {
      const found = checkStep(this.step, this.values!);
      const problems = Object.fromEntries(Object.entries(found).map(([field, key]) => [field, { key }])) as Partial<Record<Field, Problem>>;
      const photoProblems = this.step === 'health' ? Object.entries(this.problems).filter(([field]) => field === 'photos') : [];
      this.problems = { ...problems, ...Object.fromEntries(photoProblems) };
      if (Object.keys(found).length) {
        this.showSummary = true;
        this.announcement = this.t('errorSummary', { count: String(Object.keys(found).length) });
        return this.goTo(this.step, 'problem');
      }
    }
    this.showSummary = false;
    this.goTo(STEPS[STEPS.indexOf(this.step) + 1]!);
  }

  private back(): void {
    this.showSummary = false;
    this.goTo(STEPS[Math.max(0, STEPS.indexOf(this.step) - 1)]!);
  }

  private async addPhotos(files: File[]): Promise<void> {
    const prepared = await Promise.all(files.map(preparePhoto));
    const { photos, problem } = addPhotos(this.photos, prepared);
    this.photos = photos;
    if (this.persistHealth) void savePhotos(this.draftName, photos);
    const problems = { ...this.problems };
    if (problem) problems.photos = problem;
    else delete problems.photos;
    this.problems = problems;
    if (problem) this.announcement = this.message(problem);
  }

  private removePhoto(index: number): void {
    this.photos = this.photos.filter((_, i) => i !== index);
    if (this.persistHealth) void savePhotos(this.draftName, this.photos);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#photos')?.focus());
  }

  /** The destinations' names, as the patient sees them (and as the transfer consent names them). */
  private destinationLabel(id: string): string {
    const option = this.currentData()?.destinations.find((candidate) => candidate.id === id) ?? this.extraDestinations.find((extra) => extra.id === id);
    return option ? placeName(this.localeTag, option) : id;
  }

  private consentTexts(): Record<'privacy' | 'health' | 'transfer' | 'marketing', string> {
    const values = this.values!;
    const places = values.destinations.map((id) => this.destinationLabel(id));
    if (values.openToSuggestions || !places.length) places.push(this.t('transferAnywhere'));
    return {
      privacy: this.t('privacyConsent'),
      health: this.t('healthConsent'),
      transfer: this.t('transferConsent', { destinations: list(this.localeTag, places) }),
      marketing: this.t('marketingConsent'),
    };
  }

  private async send(): Promise<void> {
    if (this.delivery !== 'idle' && !(typeof this.delivery === 'object' && this.delivery.phase === 'failed')) return;
    const data = this.currentData()!;
    const values = this.values!;
    this.delivery = { phase: 'sending', attempt: 1 }; // before any await: a second click finds it busy
    if (values.website) return this.succeed(''); // a bot filled the hidden field: tell it nothing
    const texts = this.consentTimes;
    const consents = Object.fromEntries(
      Object.entries(this.consentTexts()).filter(([name]) => texts[name as keyof typeof texts]).map(([name, text]) => [name, { text, at: texts[name as keyof typeof texts]! }]),
    );
    const url = new URL(location.href);
    const utm = this.utm ? Object.fromEntries([...url.searchParams].filter(([key]) => /^utm_(source|medium|campaign|term|content)$/.test(key))) : {};
    let captchaToken: string | undefined;
    try {
      captchaToken = this.captchaToken ? await this.captchaToken() : undefined;
    } catch {
      return this.fail({ ok: false, kind: 'network' }, 'captcha');
    }
    const request = toRequest(values, {
      treatment: this.treatment?.trim() || data.treatment,
      locale: this.localeTag,
      photos: this.photos,
      consents,
      privacyUrl: safeUrl(this.privacyUrl)!.href,
      attribution: this.source || Object.keys(utm).length ? { source: this.source || undefined, utm: Object.keys(utm).length ? utm : undefined } : undefined,
      captchaToken,
      ticket: this.session.ticket,
      fillMs: Math.max(Date.now() - (this.session.startedAt || Date.now()), 0),
    });
    const checked = validate(quoteRequest, request);
    if (!checked.ok) {
      // Should not happen: every step was checked. Never send what the schema rejects.
      console.error(`<${this.localName}>: the request does not match the schema:\n${checked.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
      return this.showServerProblems(checked.issues, { ok: false, kind: 'invalid', status: 0, errors: checked.issues });
    }
    const photos = request.photos ? this.photos : [];
    if (!this.dispatchEvent(new MqSubmitEvent({ request: checked.value, photos }))) {
      this.delivery = 'host';
      return;
    }
    // One key per answers: a retry, or a resend after a reload, is the same request; a correction
    // after a failed or interrupted send is a new one, so it is never mistaken for the first.
    const session = this.session;
    const sent = answersHash(checked.value);
    if (sent !== session.sent) Object.assign(session, { key: crypto.randomUUID(), sent });
    this.persist();
    // Bots submit in a blink; people never notice a pause of a second or two.
    const early = this.minFillMs - (Date.now() - session.startedAt);
    if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
    const result = await deliver({
      endpoint: safeUrl(this.endpoint)!,
      request: { ...checked.value, fillMs: Date.now() - session.startedAt },
      photos,
      key: session.key!,
      retryBaseMs: this.retryBaseMs,
      stallMs: this.stallMs,
      onKey: (key) => {
        session.key = key;
        this.persist();
      },
      onState: (progress) => {
        this.delivery = progress;
        // Screen readers hear an upload in quarters, not every percent.
        this.announcement = this.progressText(progress, 25);
      },
    });
    if (result.ok) return this.succeed(result.reference);
    if (result.kind === 'invalid' && result.errors.length) return this.showServerProblems(result.errors, result);
    this.fail(result);
  }

  private succeed(reference: string): void {
    const values = this.values!;
    this.delivery = 'sent';
    this.reference = reference;
    this.forget();
    if (values.website) return;
    this.dispatchEvent(new MqSuccessEvent({ reference }));
    const treatment = this.treatment?.trim() || this.currentData()!.treatment;
    window.dispatchEvent(new MqQuoteSentEvent({ treatment, destinations: values.destinations, source: this.source }));
    this.announcement = this.t('sentTitle');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="success"] [tabindex]')?.focus());
  }

  private fail(result: DeliveryResult, kind?: 'captcha'): void {
    this.delivery = { phase: 'failed', result };
    // Refused for good (a 4xx no retry changes): the answers stay on screen, no longer on the device.
    if (!result.ok && (result.kind === 'rejected' || result.kind === 'invalid')) this.forget();
    this.announcement = this.failureText(result);
    this.dispatchEvent(new MqErrorEvent({ kind: kind ?? (result.ok ? 'network' : result.kind), status: result.ok ? undefined : 'status' in result ? result.status : undefined }));
  }

  /** A 422's field errors go onto the fields, on the earliest step that has one. */
  private showServerProblems(errors: { path: string; message: string }[], result: DeliveryResult): void {
    const problems: Partial<Record<Field, Problem>> = {};
    for (const error of errors) {
      const field = fieldForPath(error.path);
      if (field && !problems[field]) problems[field] = { text: error.message };
    }
    this.problems = problems;
    this.delivery = 'idle';
    this.showSummary = true;
    this.dispatchEvent(new MqErrorEvent({ kind: 'invalid', status: result.ok ? undefined : (result as { status?: number }).status }));
    const fields = Object.keys(problems) as Field[];
    this.announcement = this.t('errorSummary', { count: String(Math.max(fields.length, 1)) });
    this.goTo(stepOf(fields), 'problem');
  }

  /** What the form says while sending, with the share of an upload sent, in steps of `step` percent. */
  private progressText(progress: DeliveryState, step = 1): string {
    if (progress.phase === 'offline') return this.t('offline');
    if (progress.phase === 'waiting') return this.t('retrying', { seconds: String(progress.seconds), attempt: String(progress.attempt + 1) });
    const percent = Math.floor(((progress.progress ?? 0) * 100) / step) * step;
    return `${this.t('sending')}${percent ? ` ${numberFormat(this.localeTag, { style: 'percent' }).format(percent / 100)}` : ''}`;
  }

  private failureText(result: DeliveryResult): string {
    return !result.ok && result.kind === 'rejected' ? this.t('errorRejected', { status: String(result.status ?? '') }) : this.t('errorSend');
  }

  // ——— rendering ———

  /** What the controls in controls.ts read and call. */
  private readonly controls: ControlHost = {
    state: () => this.values!,
    problem: (field) => (this.problems[field] ? this.message(this.problems[field]!) : undefined),
    change: (patch) => this.change(patch),
    leave: (field) => this.leave(field),
  };

  private checkbox(name: 'privacy' | 'health' | 'transfer' | 'marketing', text: string, field: Field, extra?: TemplateResult): TemplateResult {
    const checked = name === 'health' ? this.values!.healthConsent : this.values![name];
    return consentBox(this.controls, field, checked, text, (given) => this.consent(name, given), extra);
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const entries = Object.entries(this.problems) as [Field, Problem][];
    if (!this.showSummary || !entries.length) return nothing;
    return html`<div class="summary" part="error-summary">
      <p>${this.t('errorSummary', { count: String(entries.length) })}</p>
      <ul>
        ${entries.map(
          ([field, problem]) => html`<li><a href=${`#${field}`} @click=${(e: Event) => {
            e.preventDefault();
            this.renderRoot.querySelector<HTMLElement>(`#${field}, fieldset[aria-describedby~="${field}-error"] input`)?.focus();
          }}>${this.message(problem)}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  private renderContact(data: QuoteFormOptions): TemplateResult {
    const values = this.values!;
    const now = new Date();
    const months = Array.from({ length: 12 }, (_, i) => new Date(now.getFullYear(), now.getMonth() + 1 + i, 1));
    const destinations = [...data.destinations.map((option) => option.id), ...this.extraDestinations.map((extra) => extra.id)];
    const toggle = (id: string, on: boolean) => {
      const chosen = this.values!.destinations.filter((d) => d !== id);
      this.change({ destinations: on ? [...chosen, id] : chosen });
    };
    return html`
      <p class="treatment"><span class="label">${this.t('treatment')}:</span> ${this.treatment?.trim() || data.treatment}</p>
      <fieldset class=${this.problems.destinations ? 'group invalid' : 'group'} part="field" aria-describedby=${ifDefined(describedBy(this.controls, 'destinations'))}>
        <legend>${this.t('destinations')}</legend>
        <div class="choices">
          ${destinations.map(
            (id) => html`<label class="choice"><input type="checkbox" .checked=${values.destinations.includes(id)}
              @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)} />${this.destinationLabel(id)}</label>`,
          )}
          <label class="choice"><input type="checkbox" .checked=${values.openToSuggestions}
            @change=${(e: Event) => this.change({ openToSuggestions: (e.target as HTMLInputElement).checked })} />${this.t('openToSuggestions')}</label>
        </div>
        ${fieldError(this.controls, 'destinations')}
      </fieldset>
      ${selectField(this.controls, 'timeframe', this.t('timeframe'), [['flexible', this.t('flexible')], ...months.map((d): [string, string] => [`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`, monthYear(this.localeTag, d)])], this.t('chooseMonth'))}
      <fieldset class="group budget" part="field">
        <legend>${this.t('budget')}</legend>
        <div class="row">
          ${textField(this.controls, 'budgetAmount', this.t('budgetAmount'), { type: 'number' })}
          ${selectField(this.controls, 'budgetCurrency', this.t('currency'), (data.currencies ?? ['USD']).map((code): [string, string] => [code, code]))}
        </div>
      </fieldset>
      ${selectField(this.controls, 'residence', this.t('residence'), this.countryList(values.residence).map(({ code, name }): [string, string] => [code, name]), this.t('chooseCountry'))}
      ${radioGroup(this.controls, 'forSelf', this.t('forWhom'), [['self', this.t('forSelf')], ['other', this.t('forOther')]])}
      ${textField(this.controls, 'name', this.t('name'), { autocomplete: 'name', maxlength: 120 })}
      ${textField(this.controls, 'email', this.t('email'), { type: 'email', autocomplete: 'email', maxlength: 254 })}
      <fieldset class="group" part="field">
        <legend>${this.t('phone')}</legend>
        <div class="row phone">
          ${selectField(this.controls, 'phoneCountry', this.t('phoneCountry'), this.countryList(values.phoneCountry).map(({ code, name }): [string, string] => [code, `${name} (${ltr(`+${CALLING_CODES.get(code)}`)})`]), this.t('chooseCountry'))}
          ${textField(this.controls, 'phoneNational', this.t('phone'), { type: 'tel', autocomplete: 'tel-national', hint: this.t('phoneHint'), maxlength: 25 })}
        </div>
      </fieldset>
      ${radioGroup(this.controls, 'channel', this.t('channel'), [['email', this.t('channelEmail')], ['phone', this.t('channelPhone')], ['whatsapp', this.t('channelWhatsapp')]])}
      <div class="trap" aria-hidden="true">
        <label for="website">${this.t('website')}</label>
        <input id="website" tabindex="-1" autocomplete="off" .value=${values.website}
          @input=${(e: Event) => this.change({ website: (e.target as HTMLInputElement).value })} />
      </div>`;
  }

  private renderHealth(): TemplateResult {
    const values = this.values!;
    return html`<p>${this.t('healthIntro')}</p>
      ${this.checkbox('health', this.t('healthConsent'), 'healthConsent')}
      ${values.healthConsent
        ? html`${selectField(this.controls, 'scarType', this.t('scarType'), [['atrophic', this.t('scarAtrophic')], ['hypertrophic', this.t('scarHypertrophic')], ['keloid', this.t('scarKeloid')], ['burn', this.t('scarBurn')], ['other', this.t('scarOther')], ['unsure', this.t('notSure')]], this.t('choose'))}
            ${textField(this.controls, 'location', this.t('location'))}
            ${selectField(this.controls, 'scarAge', this.t('scarAge'), [['under-1', this.t('ageUnder1')], ['1-5', this.t('age1to5')], ['over-5', this.t('ageOver5')], ['unsure', this.t('notSure')]], this.t('choose'))}
            ${textField(this.controls, 'previousTreatments', this.t('previousTreatments'), { maxlength: 500 })}
            <div class="field" part="field">
              <label for="notes">${this.t('notes')}</label>
              <textarea id="notes" part="input" rows="4" .value=${values.notes} aria-invalid=${this.problems.notes ? 'true' : 'false'}
                aria-describedby=${`notes-hint${this.problems.notes ? ' notes-error' : ''}`}
                @input=${(e: Event) => this.change({ notes: (e.target as HTMLTextAreaElement).value })} @blur=${() => this.leave('notes')}></textarea>
              <p class="hint" id="notes-hint">${this.t('charactersLeft', { n: String(1000 - values.notes.length) })}</p>
              ${fieldError(this.controls, 'notes')}
            </div>
            ${photoField(this.controls, {
              label: this.t('photos'),
              photos: this.photos,
              removeLabel: (name) => this.t('removePhoto', { name }),
              onAdd: (files) => this.addPhotos(files),
              onRemove: (index) => this.removePhoto(index),
            })}`
        : nothing}`;
  }

  private renderConsent(): TemplateResult {
    const texts = this.consentTexts();
    const privacy = safeUrl(this.privacyUrl)!.href;
    return html`${this.checkbox('privacy', texts.privacy, 'privacy', html`<a href=${privacy} target="_blank" rel="noopener noreferrer">${this.t('privacyLink')}</a>`)}
      ${this.checkbox('transfer', texts.transfer, 'transfer')}
      ${this.checkbox('marketing', texts.marketing, 'marketing')}
      <p class="note">${this.t('withdraw')}</p>`;
  }

  private renderReview(data: QuoteFormOptions): TemplateResult {
    const values = this.values!;
    const places = values.destinations.map((id) => this.destinationLabel(id));
    if (values.openToSuggestions) places.push(this.t('openToSuggestions'));
    const timeframe = values.timeframe === 'flexible' ? this.t('flexible') : monthYear(this.localeTag, new Date(`${values.timeframe}-01T12:00:00`));
    const channel = this.t(({ email: 'channelEmail', phone: 'channelPhone', whatsapp: 'channelWhatsapp' } as const)[values.channel as 'email']);
    const rows: [Key, string, Step][] = [
      ['treatment', this.treatment?.trim() || data.treatment, 'contact'],
      ['destinations', list(this.localeTag, places), 'contact'],
      ['timeframe', timeframe, 'contact'],
      ['budget', values.budgetAmount ? money(this.localeTag, Number(values.budgetAmount), values.budgetCurrency) : this.t('none'), 'contact'],
      ['residence', regionName(this.localeTag, values.residence), 'contact'],
      ['forWhom', this.t(values.forSelf === 'self' ? 'forSelf' : 'forOther'), 'contact'],
      ['name', values.name, 'contact'],
      ['email', values.email, 'contact'],
      ['phone', ltr(toE164(values.phoneCountry, values.phoneNational)), 'contact'],
      ['channel', channel, 'contact'],
      ['stepHealth', values.healthConsent ? this.t('healthShared', { n: String(this.photos.length) }) : this.t('no'), 'health'],
    ];
    const busy = typeof this.delivery === 'object' && this.delivery.phase !== 'failed';
    const failed = typeof this.delivery === 'object' && this.delivery.phase === 'failed' ? this.delivery.result : null;
    return html`<p>${this.t('review')}</p>
      <dl class="review">
        ${rows.map(
          ([label, value, step]) => html`<div class="review-row"><dt>${this.t(label)}</dt><dd>${value}</dd>
            <dd><button type="button" class="secondary" part="button" ?disabled=${busy} aria-label=${`${this.t('edit')}: ${this.t(label)}`}
              @click=${() => this.goTo(step)}>${this.t('edit')}</button></dd></div>`,
        )}
      </dl>
      <p class="note">${this.t('free')}</p>
      ${typeof this.delivery === 'object' && this.delivery.phase !== 'failed'
        ? html`<p class="progress" part="progress">${this.progressText(this.delivery)}</p>`
        : nothing}
      ${this.delivery === 'host' ? html`<p class="progress" part="progress">${this.t('sending')}</p>` : nothing}
      ${failed ? html`<p class="field-error" part="progress">${this.failureText(failed)}</p>` : nothing}`;
  }

  private renderSuccess(): TemplateResult {
    const channel = this.t(({ email: 'channelEmail', phone: 'channelPhone', whatsapp: 'channelWhatsapp' } as const)[(this.values!.channel || 'email') as 'email']);
    return html`<div class="success" part="success">
      <p class="step-title" tabindex="-1">${this.t('sentTitle')}</p>
      ${this.reference ? html`<p class="reference" part="reference">${this.t('reference', { reference: this.reference })}</p>` : nothing}
      <p>${this.t('nextSteps', { time: this.responseTime?.trim() || this.t('defaultResponseTime'), channel: channel.toLowerCase() })}</p>
      <p class="note">${this.t('free')}</p>
    </div>`;
  }

  protected renderData(data: QuoteFormOptions): TemplateResult {
    if (this.configProblem()) return html`<p class="error" part="error">${this.t('configError')}</p>`;
    if (this.delivery === 'sent') return this.renderSuccess();
    const index = STEPS.indexOf(this.step);
    const busy = typeof this.delivery === 'object' && this.delivery.phase !== 'failed';
    const failed = typeof this.delivery === 'object' && this.delivery.phase === 'failed';
    return html`<form novalidate @focusin=${this.wantCountries} @pointerdown=${this.wantCountries} @submit=${(e: Event) => (e.preventDefault(), this.step === 'review' ? void this.send() : this.next())}>
      <p class="title" part="title">${this.t('title')}</p>
      <p class="step-title" part="step-title" tabindex="-1">${this.t('stepOf', { n: String(index + 1), total: String(STEPS.length), name: this.t(STEP_NAMES[this.step]) })}</p>
      ${this.renderSummary()}
      ${this.step === 'contact' ? this.renderContact(data) : this.step === 'health' ? this.renderHealth() : this.step === 'consent' ? this.renderConsent() : this.renderReview(data)}
      <div class="actions">
        ${index > 0 ? html`<button type="button" class="secondary" part="button" ?disabled=${busy} @click=${this.back}>${this.t('back')}</button>` : nothing}
        <button type="submit" class="action" part="primary-button" ?disabled=${busy}>
          ${this.t(this.step === 'review' ? (failed ? 'tryAgain' : 'send') : this.step === 'health' && !this.values!.healthConsent ? 'skip' : 'continue')}
        </button>
      </div>
      ${this.session.startedAt ? html`<button type="button" class="secondary clear" part="button clear" ?disabled=${busy} @click=${this.clear}>${this.t('clear')}</button>` : nothing}
    </form>`;
  }
}
