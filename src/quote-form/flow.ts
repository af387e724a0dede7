/**
 * QuoteFlow: one quote request as a reactive controller, held by `<mq-quote-form>` as a field.
 * It walks the steps table it is given (steps.ts) and owns the patient's answers, their problems,
 * the current step, the draft that survives a reload, and where the request is (`delivery`, one
 * union keyed on `phase`; send.ts moves it along). It also listens to the page: a cost table's
 * `mq-select` ticks that destination, a checklist's `mq-result` gives a scar type to offer (unless
 * `no-link`). The step templates (steps/) read it and call it; the element only wires it up.
 */
import type { ReactiveController, TemplateResult } from 'lit';
import { safeUrl } from '../core/data.js';
import type { MqResultEvent, MqSelectEvent, SelectDetail } from '../core/events.js';
import type { MessageKey, MessageParams } from '../core/i18n/messages.js';
import type { LocalizeController } from '../core/localize.js';
import type { QuoteFormOptions } from '../schema/quote-form.js';
import type { FlowHost, FlowOptions } from './host.js';
import { CALLING_CODES } from './countries.js';
import { fetchTicket, type Delivery } from './delivery.js';
import { clearDraft, loadDraft, loadPhotos, saveDraft, savePhotos, sweepPhotos, type Draft } from './draft.js';
import { consentField, emptyState, type Consent, type Field, type FormState } from './form-state.js';
import { addPhotos, preparePhoto, type PhotoHost, type PhotoProblem } from './photos.js';
import { prefill } from './prefill.js';
import type en from './i18n/en.js';

type Catalog = typeof en;
/** A message that takes no parameters: a step's title, a label, a field's problem. */
export type Label = { [K in MessageKey<Catalog>]: MessageParams<Catalog, K> extends [] ? K : never }[MessageKey<Catalog>];

/** One step of the form: an entry of the table in steps.ts. */
export interface Step {
  /** What the draft remembers: a reload returns to this step. */
  id: string;
  /** Its title: "Step 2 of 4: {title}". */
  title: Label;
  /** The fields it shows: problems a server reports with them lead back to it. */
  fields: readonly Field[];
  /** Each field's problem that keeps the patient on this step, or false (listed in this order). */
  check?(values: FormState): Partial<Record<Field, Label | false>>;
  /** When its Continue button says "Skip this step" instead. */
  skip?(values: FormState): boolean;
  /** What it shows between the title and the buttons (a module in steps/). */
  render(flow: QuoteFlow): TemplateResult;
}

/** A field's problem: a check's message, a refused photo's, or a server's own words. */
export type Problem = Label | PhotoProblem | { text: string };

/** The earliest of `steps` that shows one of `fields`; the last for none. */
export const stepOf = (steps: readonly Step[], fields: readonly Field[]): Step =>
  steps.find((step) => fields.some((field) => step.fields.includes(field))) ?? steps.at(-1)!;

/** Where focus goes to show problems: the first field that has one. */
export const FIRST_PROBLEM = '[aria-invalid="true"], .group.invalid input';

export class QuoteFlow implements ReactiveController, PhotoHost {
  values: FormState = emptyState('USD', '');
  problems: Partial<Record<Field, Problem>> = {};
  /** The problems are listed above the step: after Continue, or a server's refusal. */
  showSummary = false;
  step: Step;
  photos: File[] = [];
  delivery: Delivery = { phase: 'idle' };
  /** When the patient started, the Idempotency-Key and the fill ticket: kept in the draft with the answers. */
  session: Omit<Draft, 'state' | 'step'> = { startedAt: 0 };
  /** When each consent was given (consents are never kept in the draft). */
  consentTimes: Partial<Record<Consent, string>> = {};
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
  /** A scar type a checklist on the page already asked about, offered once health details are shared. */
  #linkedScarType?: string;
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
    document.addEventListener('mq-select', this.#onSelect);
    document.addEventListener('mq-result', this.#onResult);
  }

  hostDisconnected(): void {
    document.removeEventListener('mq-select', this.#onSelect);
    document.removeEventListener('mq-result', this.#onResult);
  }

  #onSelect = (event: MqSelectEvent): void => {
    if (!this.host.noLink && !event.composedPath().includes(this.host)) this.select(event.detail);
  };

  /** Ticks a destination another element offered, with its estimate; one chosen while the data loads is ticked once it is there. */
  select({ id, label, estimate }: Pick<SelectDetail, 'id' | 'label' | 'estimate'>): void {
    if (!this.ready) return void (this.#selected = { id, label, estimate });
    if (!this.destinationIds.includes(id)) this.offered = [...this.offered, { id, label }];
    const destinations = this.values.destinations.includes(id) ? this.values.destinations : [...this.values.destinations, id];
    this.change(estimate ? { destinations, estimate } : { destinations });
  }

  #onResult = (event: MqResultEvent): void => {
    if (!this.host.noLink) this.#linkedScarType = event.detail.answers['scar-type'];
  };

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
    // Consents are given afresh: a reload never resumes past the step that asks for them.
    const saved = Math.max(steps.findIndex((candidate) => candidate.id === step), 0);
    this.step = steps[Math.min(saved, steps.indexOf(stepOf(steps, ['privacy'])))]!;
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
    this.values = { ...this.values, ...preset, destinations: [...new Set([...this.values.destinations, ...ids, ...(preset.destinations ?? [])])] };
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
        if (session === this.session) this.persist(); // not after "Clear my details"
      });
    }
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
    this.consentTimes = {};
    this.photos = [];
    this.problems = {};
    this.delivery = { phase: 'idle' };
    this.ready = false; // the next update starts afresh: there is no draft now
    this.goTo(this.steps[0]!);
    this.announce(this.t('cleared'));
  }

  consent(name: Consent, given: boolean): void {
    if (given) this.consentTimes[name] = new Date().toISOString();
    else delete this.consentTimes[name];
    const linked = name === 'health' && given && !this.values.scarType && this.#linkedScarType ? { scarType: this.#linkedScarType } : {};
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
    return 'text' in problem ? problem.text : 'params' in problem ? this.t(problem.key, problem.params) : this.t(problem.key);
  }

  goTo(step: Step, focus = '[part="step-title"]'): void {
    this.step = step;
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
    if (!count) return this.goTo(steps[steps.indexOf(step) + 1]!);
    this.announce(this.t('errorSummary', { count }));
    this.goTo(step, FIRST_PROBLEM);
  }

  back(): void {
    this.showSummary = false;
    this.goTo(this.steps[Math.max(0, this.steps.indexOf(this.step) - 1)]!);
  }

  async addPhotos(files: File[]): Promise<void> {
    const { photos, problem } = addPhotos(this.photos, await Promise.all(files.map(preparePhoto)));
    const problems = { ...this.problems, photos: problem };
    if (!problem) delete problems.photos;
    this.problems = problems;
    this.#keepPhotos(photos);
    if (problem) this.announce(this.problem('photos')!);
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
