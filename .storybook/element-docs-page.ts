/**
 * The Docs page of every element: what it is for, the embed snippet, a live example with its
 * controls, the reference tables from custom-elements.json, the hand-written data format and
 * notes (docs/element-sources/<tag>.md), and all its stories. The same sections as
 * docs/elements/<tag>.md, built by the same functions, from the live manifest.
 */
/// <reference types="vite/client" />
import { Controls, Markdown, Primary, Stories, Title, useOf } from '@storybook/addon-docs/blocks';
import { createElement as h, Fragment } from 'react';
import pkg from '../package.json';
import cdnEntries from '../scripts/cdn-entries.json';
import { embedSection, parseSource, referenceSection } from '../scripts/docs/element-page.js';
import { forStorybook } from '../stories/support/links.js';
import { declarationOf } from '../stories/support/manifest.js';

const sources = import.meta.glob<string>('../docs/element-sources/*.md', { query: '?raw', import: 'default', eager: true });

const markdown = (text: string) => h(Markdown, null, forStorybook(text));

export function ElementDocsPage() {
  const { preparedMeta } = useOf('meta', ['meta']);
  const tagName = String(preparedMeta.component);
  const element = declarationOf(tagName);
  const { example, guide } = parseSource(sources[`../docs/element-sources/${tagName}.md`] ?? '');
  return h(
    Fragment,
    null,
    h(Title),
    markdown([`\`<${tagName}>\`${element.summary ? `: ${element.summary}` : ''}`, element.description ?? ''].join('\n\n')),
    markdown(embedSection(element, example, { cdnEntries, exports: pkg.exports })),
    markdown('## Try it\n\nThe controls set the attributes a partner would type; the toolbar above sets the page around it (language, theme, font, width).'),
    h(Primary),
    h(Controls),
    markdown(referenceSection(element)),
    guide ? markdown(guide) : null,
    h(Stories, { title: 'All stories', includePrimary: true }),
  );
}
