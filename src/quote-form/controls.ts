/**
 * The quote form's controls as templates: each a label with its control, hint and error, wired
 * for `aria-invalid` and `aria-describedby`. What they show and do comes from the form through
 * a small interface, so they hold no state of their own.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Field, FormState } from './form-state.js';

export interface ControlHost {
  /** What the patient has entered so far. */
  state(): FormState;
  /** The message to show for a field, if it has a problem. */
  problem(field: Field): string | undefined;
  change(patch: Partial<FormState>): void;
  /** The patient left the field: check it. */
  leave(field: Field): void;
}

export function describedBy(host: ControlHost, field: Field, hint = false): string | undefined {
  return [hint ? `${field}-hint` : '', host.problem(field) ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function fieldError(host: ControlHost, field: Field): TemplateResult | typeof nothing {
  const message = host.problem(field);
  return message ? html`<p class="field-error" part="field-error" id=${`${field}-error`}>${message}</p>` : nothing;
}

const invalid = (host: ControlHost, field: Field) => (host.problem(field) ? 'true' : 'false');

export function textField(
  host: ControlHost,
  field: keyof FormState,
  label: string,
  options: { type?: string; autocomplete?: string; hint?: string; maxlength?: number } = {},
): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${field}>${label}</label>
    ${options.hint ? html`<p class="hint" id=${`${field}-hint`}>${options.hint}</p>` : nothing}
    <input id=${field} part="input" type=${options.type ?? 'text'} .value=${host.state()[field] as string} autocomplete=${options.autocomplete ?? 'off'}
      maxlength=${options.maxlength ?? 200} aria-invalid=${invalid(host, field)} aria-describedby=${ifDefined(describedBy(host, field, !!options.hint))}
      @input=${(e: Event) => host.change({ [field]: (e.target as HTMLInputElement).value })} @blur=${() => host.leave(field)} />
    ${fieldError(host, field)}
  </div>`;
}

type Choices = readonly (readonly [value: string, text: string])[];

/**
 * A select's `<option>`s, made with plain DOM and remade only when the choices change (a new
 * language); otherwise only the selection moves. A template per option would cost ~200 template
 * instances for each country list.
 */
class OptionsDirective extends Directive {
  private choices: Choices = [];

  render(_choices: Choices, _selected: string): unknown {
    return noChange;
  }

  override update(part: ChildPart, [choices, selected]: [Choices, string]): unknown {
    const same = choices.length === this.choices.length && choices.every(([value, text], i) => value === this.choices[i]![0] && text === this.choices[i]![1]);
    if (same) {
      const select = part.parentNode as HTMLSelectElement;
      if (select.value !== selected) select.value = selected;
      return noChange;
    }
    this.choices = choices;
    const options = document.createDocumentFragment();
    for (const [value, text] of choices) options.append(new Option(text, value, value === selected, value === selected));
    return options;
  }
}
const options = directive(OptionsDirective);

export function selectField(host: ControlHost, field: keyof FormState, label: string, choices: Choices, placeholder?: string): TemplateResult {
  const value = host.state()[field] as string;
  return html`<div class="field" part="field">
    <label for=${field}>${label}</label>
    <select id=${field} part="input" aria-invalid=${invalid(host, field)} aria-describedby=${ifDefined(describedBy(host, field))}
      @change=${(e: Event) => host.change({ [field]: (e.target as HTMLSelectElement).value })} @blur=${() => host.leave(field)}>
      ${options(placeholder === undefined ? choices : [['', placeholder], ...choices], value)}
    </select>
    ${fieldError(host, field)}
  </div>`;
}

export function radioGroup(host: ControlHost, field: 'forSelf' | 'channel', legend: string, choices: [string, string][]): TemplateResult {
  return html`<fieldset class=${host.problem(field) ? 'group invalid' : 'group'} part="field" aria-describedby=${ifDefined(describedBy(host, field))}>
    <legend>${legend}</legend>
    <div class="choices">
      ${choices.map(
        ([key, text]) => html`<label class="choice"><input type="radio" name=${field} .value=${key} .checked=${host.state()[field] === key}
          @change=${() => host.change({ [field]: key })} />${text}</label>`,
      )}
    </div>
    ${fieldError(host, field)}
  </fieldset>`;
}

/** A consent: unticked until the patient ticks it, with the exact words that are recorded. */
export function consentBox(host: ControlHost, field: Field, checked: boolean, text: string, onChange: (given: boolean) => void, extra?: TemplateResult): TemplateResult {
  return html`<div class=${host.problem(field) ? 'consent invalid' : 'consent'} part="consent">
    <label class="choice"><input type="checkbox" id=${field} .checked=${checked} aria-invalid=${invalid(host, field)}
      aria-describedby=${ifDefined(describedBy(host, field))} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
      <span>${text}</span></label>
    ${extra ?? nothing}
    ${fieldError(host, field)}
  </div>`;
}
