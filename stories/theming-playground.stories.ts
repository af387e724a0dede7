/**
 * Every `--mq-*` token as a control (colours with pickers, lengths with sliders), applied live to
 * every element at once, and the CSS to copy. The tokens and their defaults come from the
 * manifest and the shared theme, so a new token or element appears here by itself.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { elementStories } from './elements.generated.js';
import { deliverInStory } from './support/deliver.js';
import { elementTags, renderElement } from './support/manifest.js';
import { themeCss, tokenArgTypes, tokenValues } from './support/playground.js';

type Args = Record<string, unknown>;
interface StoryModule {
  default: { args?: Args };
  Default?: { args?: Args; render?: (args: Args) => TemplateResult };
}

async function copy(event: Event): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const output = button.closest('section')!;
  const textarea = output.querySelector('textarea')!;
  const status = output.querySelector('[role="status"]')!;
  try {
    await navigator.clipboard.writeText(textarea.value);
    status.textContent = 'Copied.';
  } catch {
    textarea.select(); // the clipboard may be refused inside Storybook's frame: the text is selected instead
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
}

const grid = { display: 'grid', gap: '1.5em', 'grid-template-columns': 'repeat(auto-fit, minmax(min(100%, 26em), 1fr))', 'align-items': 'start' };
const output = { display: 'grid', gap: '0.5em', 'margin-block-end': '1.5em' };
const code = { 'font-family': 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', 'font-size': '0.875em', 'inline-size': '100%', 'box-sizing': 'border-box' };

function sample(tagName: string): TemplateResult {
  const module = (elementStories as Record<string, StoryModule>)[tagName]!;
  const args = { ...module.default.args, ...module.Default?.args };
  return module.Default?.render ? module.Default.render(args) : renderElement(tagName, args);
}

export default {
  title: 'Guides/Theming playground',
  tags: ['!autodocs'],
  parameters: { controls: { sort: 'none' } },
  argTypes: tokenArgTypes(),
  render: (args) => {
    const css = themeCss(args);
    return html`
      <section style=${styleMap(output)} aria-label="Your theme">
        <label for="theme-css">CSS for your stylesheet</label>
        <textarea id="theme-css" readonly rows=${Math.max(4, css.split('\n').length + 1)} style=${styleMap(code)} .value=${css}></textarea>
        <p><button type="button" @click=${copy}>Copy CSS</button> <span role="status"></span></p>
      </section>
      <div style=${styleMap({ ...grid, ...tokenValues(args) })} @mq-submit=${deliverInStory}>${elementTags().map(sample)}</div>
    `;
  },
} satisfies Meta;

export const ThemingPlayground: StoryObj = { name: 'Theming playground' };
