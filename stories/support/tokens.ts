/** `--mq-*` tokens on a wrapper, through styleMap (no inline style strings): `withTokens({...})`. */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export type Tokens = Record<`--mq-${string}`, string>;

export const withTokens =
  (tokens: Tokens): Decorator =>
  (story) =>
    html`<div style=${styleMap(tokens)}>${story()}</div>`;
