/**
 * The docs' Markdown, shown inside Storybook: links to pages Storybook has (an element's Docs
 * page, Embedding, Theming) go there; links to the other docs files name their path in the repository.
 */
import { displayName } from '../../scripts/docs/element-page.js';

const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** Storybook's Markdown block navigates `?path=` links in Storybook itself. */
const docsUrl = (title: string, anchor = '') => `?path=/docs/${slug(title)}--docs${anchor}`;

const GUIDES: Record<string, string> = { 'embedding.md': 'Guides/Embedding', 'theming.md': 'Guides/Theming' };

export function forStorybook(markdown: string): string {
  return markdown.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, text: string, href: string) => {
    if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return whole;
    const [path = '', anchor = ''] = href.split(/(?=#)/);
    const file = path.split('/').pop() ?? '';
    const element = file.match(/^(mq-[\w-]+)\.md$/)?.[1];
    if (element) return `[${text}](${docsUrl(`Elements/${displayName(element)}`)})`;
    if (GUIDES[file]) return `[${text}](${docsUrl(GUIDES[file], anchor)})`;
    if (!file.endsWith('.md') && path.endsWith('/')) return text; // a folder: docs/elements/
    return `${text} in \`docs/${file}${anchor}\``;
  });
}
