/** The theming playground's controls and output: one control per `--mq-*` token, and its CSS. */
import type { ArgTypes } from '@storybook/web-components-vite';
import { themeTokens, tokenKind, type ThemeToken } from '../../scripts/docs/tokens.js';
import { themeStyles } from '../../src/core/theme.styles.js';
import { FONTS } from './frame.js';
import { elementTags, getManifest } from './manifest.js';

type Args = Record<string, unknown>;

const tokens = (): ThemeToken[] => themeTokens(getManifest(), themeStyles.cssText);

/** Lengths are edited in em, like the defaults, so they follow the host's font size. */
const LENGTHS: Record<string, { min: number; max: number; step: number }> = {
  '--mq-radius': { min: 0, max: 2, step: 0.05 },
  '--mq-space': { min: 0.25, max: 3, step: 0.05 },
  '--mq-font-size': { min: 0.75, max: 1.5, step: 0.025 },
};
const FONT_CHOICES = { inherit: 'inherit', ...Object.fromEntries(Object.entries(FONTS).map(([key, font]) => [key, font.stack])) };

function tokenArgType(token: ThemeToken): ArgTypes[string] {
  const defaults = token.dark && token.dark !== token.light ? `light \`${token.light}\`, dark \`${token.dark}\`` : `\`${token.light || 'unset'}\``;
  const base = { name: token.name, description: `${[...token.descriptions].join('; ')}. Default: ${defaults}.`, table: { category: 'tokens' } };
  const kind = tokenKind(token.name);
  if (kind === 'color') return { ...base, control: { type: 'color', presetColors: [token.light, token.dark].filter(Boolean) } };
  if (kind === 'length') return { ...base, description: `In em. ${base.description}`, control: { type: 'range', ...(LENGTHS[token.name] ?? { min: 0, max: 4, step: 0.05 }) } };
  if (token.name === '--mq-font-family') return { ...base, control: { type: 'select' }, options: Object.keys(FONT_CHOICES), mapping: FONT_CHOICES };
  return { ...base, control: { type: 'text' } };
}

/** The CSS value of each token the designer has set, in the order of the table. */
export function tokenValues(args: Args): Record<string, string> {
  const values: Record<string, string> = {};
  for (const token of tokens()) {
    const value = args[token.name];
    if (value === undefined || value === '') continue;
    values[token.name] = tokenKind(token.name) === 'length' && typeof value === 'number' ? `${value}em` : String(value);
  }
  return values;
}

/** What a partner pastes into the site's stylesheet. */
export function themeCss(args: Args): string {
  const entries = Object.entries(tokenValues(args));
  if (!entries.length) return '/* Change a token in the Controls panel; its CSS appears here. */';
  return `${elementTags().join(',\n')} {\n${entries.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
}

/** Every token's control, in the order the elements document them. */
export const tokenArgTypes = (): ArgTypes => Object.fromEntries(tokens().map((token) => [token.name, tokenArgType(token)]));
