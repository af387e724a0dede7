import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { oneOf, warnAttribute } from '../core/attribute-checks.js';
import { controlStyles } from '../core/controls.styles.js';
import { MqElement } from '../core/element.js';
import { MqResultEvent, type ResultDetail } from '../core/events.js';
import { heading, isHeadingLevel } from '../core/heading.js';
import { checklist, type ChecklistData, type Question } from '../schema/checklist.js';
import { clinicDueDiligence, stemCellScarCandidacy } from '../data/stem-cell-scars-checklists.js';
import { evaluate, isComplete, type Answers } from './rules.js';
import { candidacyChecklistStyles } from './candidacy-checklist.styles.js';
import en from './i18n/en.js';

const PRESETS = ['candidacy', 'clinic-due-diligence'] as const;
const SYMBOLS = { positive: '✓', caution: '!', stop: '✕' };

/**
 * A self-check a patient answers before asking for a quote: each question answered yes / no /
 * not sure (or from its own options), and rules in the data that turn the answers into an outcome.
 * Scored in the browser; nothing is sent anywhere. The result never says "eligible": a
 * specialist decides.
 *
 * Form-associated: with a `name` inside a `<form>`, it submits the outcome under that name and
 * each answer as `name.questionId`; `required` blocks submission until every question is answered;
 * the form's reset clears it.
 *
 * Data comes from the `data` property, an inline `<script type="application/json">` child, the
 * `src` URL, or the built-in preset, in that order.
 *
 * @customElement mq-candidacy-checklist
 * @summary Candidacy self-check, or a clinic due-diligence checklist.
 *
 * @fires {MqResultEvent} mq-result - Every question is answered (and again on each later change). `detail`: `{ outcome, answers, score? }`. The answers are health data: keep them out of analytics.
 * @fires {MqDataErrorEvent} mq-data-error - The data failed validation or could not be fetched. `detail`: `{ source, issues: [{ path, message }] }`.
 *
 * @csspart base - The outer wrapper.
 * @csspart title - The checklist's title, a heading (its level from `heading-level`).
 * @csspart intro - The introduction.
 * @csspart progress - The "3 of 7 answered" count.
 * @csspart question - One question's fieldset.
 * @csspart option - One answer (label and radio).
 * @csspart result - The outcome or score.
 * @csspart result-title - The outcome's title, a heading one level below the title.
 * @csspart reset-button - The "Start again" button.
 * @csspart disclaimer - The "not a diagnosis, not medical advice" note.
 * @csspart status - The live region for loading and error states.
 * @csspart error - The error message shown for bad data.
 *
 * @cssprop --mq-font-family - Font; inherits the host page's by default.
 * @cssprop --mq-font-size - Base size; follows the host (never below 14px) by default.
 * @cssprop --mq-color-text - Text colour.
 * @cssprop --mq-color-muted - Secondary text colour.
 * @cssprop --mq-color-surface - Background.
 * @cssprop --mq-color-surface-alt - Question background.
 * @cssprop --mq-color-border - Borders.
 * @cssprop --mq-color-accent - Selected answers, buttons, positive results.
 * @cssprop --mq-color-on-accent - Text on accent colour.
 * @cssprop --mq-color-danger - "Not suitable" results and errors.
 * @cssprop --mq-color-focus - Focus ring.
 * @cssprop --mq-color-highlight - Background of a chosen answer.
 * @cssprop --mq-radius - Corner radius.
 * @cssprop --mq-space - Base spacing (the panel's padding).
 */
export class MqCandidacyChecklist extends MqElement<ChecklistData, typeof en> {
  static override styles = [...MqElement.styles, controlStyles, candidacyChecklistStyles];
  static formAssociated = true;

  /** The built-in checklist: `candidacy` (default) or `clinic-due-diligence`. */
  @property() preset?: string;

  /** The form field name: the outcome is submitted under it, each answer as `name.questionId`. */
  @property() name?: string;

  /** Blocks the surrounding form's submission until every question is answered. */
  @property({ type: Boolean }) required = false;

  /** The level of the title's heading, 1 to 6 (default 2), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The answers so far, question id → answer value. A host may set them to prefill. */
  @property({ attribute: false }) answers: Answers = {};

  private readonly internals = this.attachInternals();
  private formDisabled = false;

  protected readonly schema = checklist;
  protected readonly catalogs = { en, lazy: { es: () => import('./i18n/es.js'), ar: () => import('./i18n/ar.js') } };
  protected defaultData(): ChecklistData {
    const words = (key: keyof typeof en) => this.t(key);
    return oneOf(this, 'preset', this.preset, PRESETS, 'candidacy') === 'clinic-due-diligence' ? clinicDueDiligence(words) : stemCellScarCandidacy(words);
  }

  /** The associated form, like a native control's `form`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The result for the current answers, or null until every question is answered. */
  get result(): ResultDetail | null {
    const data = this.currentData();
    return data ? evaluate(data, this.answers) : null;
  }

  formResetCallback(): void {
    this.answers = {};
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.answers = JSON.parse(state) as Answers;
    } catch {
      // A state this element did not write: ignore it.
    }
  }

  /** The built-in checklist depends on the preset as well as the language. */
  protected override defaultDataArgs(): unknown[] {
    return [...super.defaultDataArgs(), this.preset];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel') && !isHeadingLevel(this.headingLevel)) warnAttribute(this, 'heading-level', this.headingLevel, '2');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
  }

  /** What the surrounding form sees: the value, and whether it may be submitted. */
  private syncForm(): void {
    const data = this.currentData();
    const result = data ? evaluate(data, this.answers) : null;
    const form = new FormData();
    if (this.name) {
      if (result) form.append(this.name, result.outcome);
      for (const [id, value] of Object.entries(this.answers)) form.append(`${this.name}.${id}`, value);
    }
    this.internals.setFormValue(form, JSON.stringify(this.answers));
    const missing = this.required && (!data || !isComplete(data, this.answers));
    const firstOpen = this.renderRoot.querySelector<HTMLInputElement>('fieldset:not(.answered) input');
    if (missing) this.internals.setValidity({ valueMissing: true }, this.t('required'), firstOpen ?? undefined);
    else this.internals.setValidity({});
  }

  private answer(data: ChecklistData, question: Question, value: string): void {
    this.answers = { ...this.answers, [question.id]: value };
    const result = evaluate(data, this.answers);
    if (!result) return;
    this.announcement = this.resultTitle(data, result);
    this.dispatchEvent(new MqResultEvent(result));
  }

  private reset(): void {
    this.answers = {};
    this.announcement = '';
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  private resultTitle(data: ChecklistData, result: ResultDetail): string {
    if (result.score) return this.t('score', { yes: result.score.yes, total: result.score.total, count: result.score.total });
    return data.outcomes!.find((outcome) => outcome.id === result.outcome)!.title;
  }

  private renderQuestion(question: Question, index: number): TemplateResult {
    const options = question.options ?? [
      { value: 'yes', label: this.t('yes') },
      { value: 'no', label: this.t('no') },
      { value: 'unsure', label: this.t('unsure') },
    ];
    const chosen = this.answers[question.id];
    const data = this.currentData()!;
    return html`<fieldset part="question" class=${chosen === undefined ? 'question' : 'question answered'}
        aria-describedby=${question.help ? `help-${index}` : nothing} ?disabled=${this.formDisabled}>
      <legend>${question.text}</legend>
      ${question.help ? html`<p class="help" id=${`help-${index}`}>${question.help}</p>` : nothing}
      <div class=${options.length > 3 ? 'options stacked' : 'options'}>
        ${options.map(
          (option) => html`<label part="option" class="option">
            <input type="radio" name=${`q${index}`} .value=${option.value} .checked=${chosen === option.value}
              @change=${() => this.answer(data, question, option.value)} />
            <span>${option.label}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderResult(data: ChecklistData, result: ResultDetail): TemplateResult {
    if (result.score) {
      const open = data.questions.filter((question) => result.score!.open.includes(question.id));
      return html`<div class="result ${open.length ? 'caution' : 'positive'}" part="result">
        ${heading(this.headingLevel, this.resultTitle(data, result), 'result-title', 1)}
        ${open.length
          ? html`<p>${this.t('open')}</p><ul>${open.map((question) => html`<li>${question.text}</li>`)}</ul>`
          : html`<p>${this.t('allMet')}</p>`}
        <p class="disclaimer" part="disclaimer">${this.t('scoreDisclaimer')}</p>
      </div>`;
    }
    const outcome = data.outcomes!.find((candidate) => candidate.id === result.outcome)!;
    return html`<div class="result ${outcome.tone}" part="result" data-outcome=${outcome.id}>
      ${heading(this.headingLevel, html`<span class="symbol" aria-hidden="true">${SYMBOLS[outcome.tone]}</span> ${outcome.title}`, 'result-title', 1)}
      <p>${outcome.text}</p>
      <p class="disclaimer" part="disclaimer">${this.t('disclaimer')}</p>
    </div>`;
  }

  protected renderData(data: ChecklistData): TemplateResult {
    const answered = data.questions.filter((question) => this.answers[question.id] !== undefined).length;
    const result = evaluate(data, this.answers);
    return html`${heading(this.headingLevel, data.title)}
      ${data.intro ? html`<p class="intro" part="intro">${data.intro}</p>` : nothing}
      <p class="progress" part="progress">${this.t('progress', { answered, total: data.questions.length })}</p>
      ${data.questions.map((question, index) => this.renderQuestion(question, index))}
      ${result ? this.renderResult(data, result) : nothing}
      <p class="note">${this.t('privacy')}</p>
      <button type="button" class="secondary" part="reset-button" ?disabled=${answered === 0 || this.formDisabled} @click=${this.reset}>
        ${this.t('reset')}
      </button>`;
  }
}
