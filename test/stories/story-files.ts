/**
 * Every story in stories/*.stories.ts, found on disk (a new stories file is picked up by itself),
 * named with Storybook's ids and composed as Storybook composes it with the toolbar at its
 * defaults: the story's render, the file's or the project's, then the story's, the file's and the
 * project's decorators (as in stories.test.ts).
 */
import { fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import { initialGlobals } from '../../stories/support/frame.js';
import { setManifest } from '../../stories/support/manifest.js';
import { project } from '../../stories/support/project.js';
import { until } from '../helpers.js';

type Args = Record<string, unknown>;
interface StoryContext {
  args: Args;
  globals: typeof initialGlobals;
  component?: string;
}
type Render = (args: Args, context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;
interface StoryObject {
  args?: Args;
  render?: Render;
  decorators?: Decorator[];
}
interface Meta extends StoryObject {
  title: string;
  component?: string;
  excludeStories?: string[] | RegExp;
}

export interface Story {
  /** Storybook's id, e.g. "elements-cost-table--custom-data" (as in its URL and index.json). */
  id: string;
  /** The export's name, e.g. "CustomData". */
  name: string;
  render(): TemplateResult;
}

/** Storybook's own naming (storybook/internal/csf: storyNameFromExport, sanitize, toId). */
const startCase = (key: string) =>
  key
    .replace(/[_.-]/g, ' ')
    .replace(/([^\n])([A-Z])([a-z])/g, '$1 $2$3')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([a-z])(\d)/gi, '$1 $2')
    .replace(/(\d)([a-z])/gi, '$1 $2')
    .replace(/(\s|^)(\w)/g, (_, space: string, letter: string) => space + letter.toUpperCase())
    .replace(/ +/g, ' ')
    .trim();
const sanitize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');

function excluded(key: string, meta: Meta): boolean {
  const { excludeStories } = meta;
  return key === '__namedExportsOrder' || (Array.isArray(excludeStories) ? excludeStories.includes(key) : Boolean(excludeStories?.test(key)));
}

function compose(meta: Meta, story: StoryObject): TemplateResult {
  const args = { ...meta.args, ...story.args };
  const context: StoryContext = { args, globals: initialGlobals, component: meta.component };
  const render = story.render ?? meta.render ?? (project.render as unknown as Render);
  let storyFn = (): unknown => render(args, context);
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? []), ...(project.decorators as unknown as Decorator[])]) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  return storyFn() as TemplateResult;
}

/** Each stories file's title and stories, in file then export order. */
export async function storyFiles(): Promise<{ title: string; stories: Story[] }[]> {
  // Storybook's preview loads the manifest before any story (the playground builds its controls from it).
  setManifest(await (await fetch('/custom-elements.json')).json());
  const files = await executeServerCommand<string[], undefined>('story-files');
  const modules = await Promise.all(files.map((file) => import(`/${file}`) as Promise<{ default: Meta } & Record<string, unknown>>));
  return modules.map(({ default: meta, ...exports }) => ({
    title: meta.title,
    stories: Object.entries(exports)
      .filter(([key]) => !excluded(key, meta))
      .map(([key, value]) => {
        const story: StoryObject = typeof value === 'function' ? { render: value as Render } : (value as StoryObject);
        return { id: `${sanitize(meta.title)}--${sanitize(startCase(key))}`, name: key, render: () => compose(meta, story) };
      }),
  }));
}

/** The mq- elements a rendered story holds. */
export const storyElements = (root: HTMLElement) =>
  [root, ...root.querySelectorAll('*')].filter((node) => node.localName.startsWith('mq-')) as (HTMLElement & { updateComplete: Promise<unknown> })[];

/** Renders a story into `container` and waits until its elements are done: updated, languages and data loaded. */
export async function renderStory(story: Story, container: HTMLElement): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(story.render(), { parentNode: container });
  const elements = storyElements(root);
  if (elements.length === 0) throw new Error(`${story.id} renders no mq- element`);
  await Promise.all(elements.map((element) => element.updateComplete));
  await until(() => elements.every((element) => element.shadowRoot?.querySelector('[aria-busy="false"]')), 3000, `${story.id} to render`);
  return root;
}
