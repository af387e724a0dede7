/**
 * The project-wide Storybook annotations, apart from .storybook/preview.ts so that the stories
 * test renders every story exactly as Storybook does (same render, same toolbar frame) without
 * loading Storybook itself.
 */
import type { Preview } from '@storybook/web-components-vite';
import { globalTypes, initialGlobals, withToolbarFrame } from './frame.js';
import { argTypesFor, declarationOf, renderElement } from './manifest.js';

/** The toolbar's theme, when it forces one, wins over the story's `theme` arg. */
function withGlobalTheme(tagName: string, args: Record<string, unknown>, globals: Record<string, unknown>): Record<string, unknown> {
  const theme = globals['theme'];
  const hasTheme = declarationOf(tagName).attributes?.some((attribute) => attribute.name === 'theme');
  return hasTheme && typeof theme === 'string' && theme !== 'story' ? { ...args, theme } : args;
}

export const project = {
  render: (args, context) => renderElement(context.component as string, withGlobalTheme(context.component as string, args, context.globals)),
  decorators: [withToolbarFrame],
  globalTypes,
  initialGlobals,
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: {
      // Controls that fit each attribute, from custom-elements.json (stories/support/manifest.ts).
      extractArgTypes: argTypesFor,
      // "Show code" gives the element as a partner writes it, without the toolbar's frame.
      source: { excludeDecorators: true },
    },
    options: { storySort: { order: ['Guides', ['Embedding', 'Theming', 'Theming playground'], 'Elements', 'Examples'] } },
  },
} satisfies Preview;
