/**
 * QuoteFlow: one quote request as a reactive controller, held by `<mq-quote-form>` as a field.
 * It walks the steps table it is given (steps.ts) and owns the patient's answers, their problems,
 * the current step, the draft that survives a reload, and where the request is (`delivery`, one
 * union keyed on `phase`; send.ts moves it along, `retry` cuts a wait short or ends it). What
 * other elements on the page say reaches it through links.ts (held by the element). The step templates (steps/) read
 * it and call it; the element only wires it up.
 */
import type { ReactiveController } from 'lit';
import { safeUrl } from '../core/data.js';
import type { SelectDetail } from '../core/events.js';
import { list } from '../core/format.js';
import { isolate } from '../core/isolate.js';
import type { LocalizeController } from '../core/localize.js';
import type { QuoteFormOptions } from '../schema/quote-form.js';
import type { FlowHost, FlowOptions } from './host.js';
import { CALLING_CODES } from './countries.js';
import { fetchTicket, type Delivery, type Retry } from './delivery.js';
import { clearDraft, loadDraft, loadPhotos, saveDraft, savePhotos, sweepPhotos, type Draft } from './draft.js';
import { consentField, emptyState, withConsequences, type Consent, type Field, type FormState, type GivenConsent } from './form-state.js';
import { addPhotos, MAX_PHOTOS, preparePhoto, type PhotoHost } from './photos.js';
import { prefill } from './prefill.js';
import { FIRST_PROBLEM, fieldControl, stepOf, type Label, type Problem, type StepOf } from './step.js';
import type en from './i18n/en.js';

type Catalog = typeof en;
export { FIRST_PROBLEM, fieldControl, stepOf, type Label, type Problem } from './step.js';
/** One step of the form: an entry of the table in steps.ts. */
export type Step = StepOf<QuoteFlow>;

export class QuoteFlow implements ReactiveController, PhotoHost {
  values: FormState = emptyState('USD', '');
  problems: Partial<Record<Field, Problem>> = {};
  /** The problems are listed above the step: after Continue, or a server's refusal. */
  showSummary = false;
  step: Step;
  photos: File[] = [];
  delivery: Delivery = { phase: 'idle' };
  /** While waiting to try again: "Try now" and "Stop trying" (send.ts sets it). */
  retry?: Retry;
  /** Came from the review's "Change": Continue says "Back to review" and goes there. */
  reviewing = false;
  /** When the patient started, the Idempotency-Key and the fill ticket: kept in the draft with the answers. */
  session: Omit<Draft, 'state' | 'step'> = { startedAt: 0 };
  /** Each consent given, in the words ticked and when: what the request records (never kept in the draft). */
  consents: Partial<Record<Consent, GivenConsent>> = {};
  /**
   * Naming and sorting ~200 countries is the costliest part of the form's first render, so each
   * country list holds only its chosen country until the task after that render, or until the
   * patient first touches the form, whichever comes first (`wantCountries`).
   */
  allCountries = false;
  /** Destinations another element offered that the data does not list. */
  offered: { id: string; label: string }[] = [];
  /** Whether the flow has started: from the first data, or from a draft. */
  ready = false;
  readonly t: LocalizeController<Catalog>['t'];
  readonly announce: (text: string) => void;

  #options: FlowOptions;
  /** A scar type a checklist on the page already asked about (links.ts), offered once health details are shared. */
  linkedScarType?: string;
  #selected?: Parameters<QuoteFlow['select']>[0]; // chosen before the data was there

  constructor(readonly host: FlowHost, readonly steps: readonly Step[], options: FlowOptions) {
    this.#options = options;
    this.step = steps[0]!;
    this.t = options.localize.t.bind(options.localize);
    this.announce = options.announce;
    host.addController(this);
  }

  get lang(): string {
    return this.#options.localize.lang;
  }

  /** The data on show: steps render, and requests are sent, only once there is some. */
  get data(): QuoteFormOptions {
    return this.#options.data()!;
  }

  /** Every destination offered: the data's, then those other elements added. */
  get destinationIds(): string[] {
    return [...this.data.destinations, ...this.offered].map((option) => option.id);
  }

  /** While a request is on its way, nothing on the form can change. */
  get busy(): boolean {
    return ['sending', 'waiting', 'offline'].includes(this.delivery.phase);
  }

  readonly wantCountries = (): void => {
    if (this.allCountries) return;
    this.allCountries = true;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    void sweepPhotos();
  }

  /** Ticks a destination another element offered (links.ts, or the element's `selectDestination`), with its estimate; one chosen while the data loads is ticked once it is there. */
  select({ id, label, estimate }: Pick<SelectDetail, 'id' | 'label' | 'estimate'>): void {
    if (!this.ready) return void (this.#selected = { id, label, estimate });
    if (!this.destinationIds.includes(id)) this.offered = [...this.offered, { id, label }];
    const destinations = this.values.destinations.includes(id) ? this.values.destinations : [...this.values.destinations, id];
    this.change(estimate ? { destinations, estimate } : { destinations });
  }

  /** The first data starts the flow (and, after "Clear my details", the next update starts it afresh). */
  hostUpdate(): void {
    const data = this.#options.data();
    if (!data || this.ready) return;
    this.#restore(data);
    if (this.#selected) this.select(this.#selected);
    this.#selected = undefined;
  }

  get #draftName(): string {
    return `medquote:quote:${safeUrl(this.host.endpoint)?.href ?? ''}`;
  }

  /** Starts from the draft a reload left, else from empty fields and the `destination` attribute. */
  #restore(data: QuoteFormOptions): void {
    this.ready = true;
    // Only a region the page's language names (en-GB) preselects a country: "en" alone says little.
    const region = new Intl.Locale(this.lang).region ?? '';
    const country = CALLING_CODES.has(region) ? region : '';
    this.values = emptyState(data.currencies?.[0] ?? 'USD', country);
    const draft = loadDraft(this.#draftName);
    if (!draft) return this.preselect(prefill(this));
    const { state, step, ...session } = draft;
    const { steps } = this;
    this.values = { ...this.values, ...state };
    // A reload resumes at the saved step, or at the first step not complete if earlier (a draft
    // from an older table, consents, which are given afresh).
    const saved = Math.max(steps.findIndex((candidate) => candidate.id === step), 0);
    const incomplete = steps.findIndex((candidate) => Object.values(candidate.check?.(this.values) ?? {}).some(Boolean));
    this.step = steps[Math.min(saved, incomplete < 0 ? saved : incomplete)]!;
    this.session = session;
    if (this.host.persistHealth) {
      void loadPhotos(this.#draftName).then((files) => {
        if (files.length && !this.photos.length) void this.addPhotos(files); // checked and stripped again
      });
    }
  }

  /** Ticks the destinations the `destination` attribute names, and sets what the page's address presets (prefill.ts). */
  preselect(preset: Partial<FormState> = {}): void {
    const ids = (this.host.destination ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    this.values = { ...this.values, ...withConsequences(this.values, { ...preset, destinations: [...new Set([...this.values.destinations, ...ids, ...(preset.destinations ?? [])])] }) };
  }

  /** Renders what changed, then focuses what `selector` finds, if given. */
  rerender(selector?: string): void {
    this.host.requestUpdate();
    if (selector) void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Changes fields, keeps the draft, and clears the problems of the fields changed. */
  change(patch: Partial<FormState>): void {
    const session = this.session;
    if (!session.startedAt) {
      session.startedAt = Date.now();
      void fetchTicket(safeUrl(this.host.endpoint)).then((ticket) => {
        session.ticket = ticket;
        // Not for a form cleared ("Clear my details"), sent, or removed from the page: its draft is gone for good.
        if (session === this.session && this.delivery.phase !== 'sent' && this.host.isConnected) this.persist();
      });
    }
    patch = withConsequences(this.values, patch);
    if (patch.transfer === false) delete this.consents.transfer;
    this.values = { ...this.values, ...patch };
    const problems = { ...this.problems };
    for (const field of Object.keys(patch) as Field[]) delete problems[field === 'phoneCountry' ? 'phoneNational' : field];
    this.problems = problems;
    this.persist();
    this.rerender();
  }

  /** Keeps the draft, once the patient has entered something. */
  persist(): void {
    if (this.session.startedAt) saveDraft(this.#draftName, { ...this.session, state: this.values, step: this.step.id }, this.host.persistHealth);
  }

  /** Removes the draft and its photos from the device. */
  forget(): void {
    clearDraft(this.#draftName);
    void savePhotos(this.#draftName, []);
  }

  /** "Clear my details": the draft, its photos and every answer, gone; back to the first step. */
  clear(): void {
    this.forget();
    this.session = { startedAt: 0 };
    this.consents = {};
    this.photos = [];
    this.problems = {};
    this.delivery = { phase: 'idle' };
    this.ready = false; // the next update starts afresh: there is no draft now
    this.goTo(this.steps[0]!);
    this.announce(this.t('cleared'));
  }

  consent(name: Consent, given: boolean, words: string): void {
    if (given) this.consents[name] = { text: words, at: new Date().toISOString() };
    else delete this.consents[name];
    const scarType = this.linkedScarType;
    const linked = name === 'health' && given && !this.values.scarType && scarType ? { scarType } : {};
    this.change({ [consentField(name)]: given, ...linked });
  }

  /** Checks one field as the patient leaves it. */
  leave(field: Field): void {
    const problem = this.step.check?.(this.values)[field];
    if (!problem) return;
    this.problems = { ...this.problems, [field]: problem };
    this.rerender();
  }

  /** The message of a field's problem, if it has one. */
  problem(field: Field): string | undefined {
    const problem = this.problems[field];
    if (!problem) return;
    if (typeof problem === 'string') return this.t(problem);
    return 'text' in problem ? problem.text : 'params' in problem ? this.t(problem.key, { name: isolate(problem.params.name) }) : this.t(problem.key);
  }

  goTo(step: Step, focus = '[part="step-title"]'): void {
    this.step = step;
    if (step === this.steps.at(-1)) this.reviewing = false;
    this.persist();
    this.rerender(focus);
  }

  /** Continue: the next step, or this step's problems listed and the first focused. */
  next(): void {
    const { step, steps } = this;
    const found = Object.fromEntries(Object.entries(step.check?.(this.values) ?? {}).filter(([, problem]) => problem)) as Partial<Record<Field, Label>>;
    const count = Object.keys(found).length;
    // A photo's problem comes from adding it, not from the check: it stays.
    const photos = step.fields.includes('photos') && this.problems.photos;
    this.problems = photos ? { ...found, photos } : found;
    this.showSummary = count > 0;
    if (!count) return this.goTo(this.reviewing ? steps.at(-1)! : steps[steps.indexOf(step) + 1]!);
    this.announce(this.t('errorSummary', { count }));
    this.goTo(step, FIRST_PROBLEM);
  }

  back(): void {
    this.goBackTo(this.steps[Math.max(0, this.steps.indexOf(this.step) - 1)]!);
  }

  /** A step already done (Back, or the step indicator). */
  goBackTo(step: Step): void {
    this.showSummary = this.reviewing = false;
    this.goTo(step);
  }

  /** The review's "Change": that field, on its step, and a way back to the review. */
  edit(field: Field): void {
    this.showSummary = false;
    this.reviewing = true;
    this.goTo(stepOf(this.steps, [field]), fieldControl(field));
  }

  async addPhotos(files: File[]): Promise<void> {
    const { session } = this;
    const prepared = await Promise.all(files.map(preparePhoto)); // may fetch the photo code first
    // Not into a form cleared, sending or sent since: those photos are gone, or on their way.
    if (session !== this.session || this.busy || this.delivery.phase === 'sent') return;
    const { photos, problem } = addPhotos(this.photos, prepared);
    const problems = { ...this.problems, photos: problem };
    if (!problem) delete problems.photos;
    this.problems = problems;
    const added = photos.slice(this.photos.length).map((photo) => photo.name);
    // Saved only when the list changed: a draft's photos refused now (offline) stay on the device.
    if (added.length) this.#keepPhotos(photos);
    else this.rerender();
    // "scar.jpg added, 1 of 5", and a refusal after it.
    const said = added.length ? [this.t('photoAdded', { names: list(this.lang, added), count: photos.length, max: MAX_PHOTOS })] : [];
    this.announce([...said, problem ? this.problem('photos')! : ''].join(' ').trim());
  }

  removePhoto(index: number): void {
    this.#keepPhotos(this.photos.filter((_, i) => i !== index), '#photos');
  }

  #keepPhotos(photos: File[], focus?: string): void {
    this.photos = photos;
    if (this.host.persistHealth) void savePhotos(this.#draftName, photos);
    this.rerender(focus);
  }
}
