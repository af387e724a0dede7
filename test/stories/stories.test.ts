/**
 * Every story of every element, rendered the way Storybook renders it (the story's render or the
 * file's, with the file's args under the story's), must pass axe.
 */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import * as costTable from '../../stories/cost-table.stories.js';
import * as timeline from '../../stories/recovery-timeline.stories.js';
import * as checklist from '../../stories/candidacy-checklist.stories.js';
import * as quoteForm from '../../stories/quote-form.stories.js';
import { captureConsole, until } from '../helpers.js';

type Args = Record<string, unknown>;
interface Story {
  args?: Args;
  render?: (args: Args) => TemplateResult;
}
interface StoryFile {
  default: { title?: string; args?: Args; render?: (args: Args) => TemplateResult };
  [name: string]: unknown;
}

for (const file of [costTable, timeline, checklist, quoteForm] as unknown as StoryFile[]) {
  const { default: meta, ...stories } = file;
  describe(`stories: ${meta.title}`, () => {
    for (const [name, story] of Object.entries(stories) as [string, Story][]) {
      it(`${name} passes axe`, async () => {
        const log = captureConsole(); // the bad-data and configuration stories log on purpose
        try {
          const render = story.render ?? meta.render!;
          const wrapper = await fixture(render({ ...meta.args, ...story.args }));
          const elements = [wrapper, ...wrapper.querySelectorAll('*')].filter((node) => node.localName.startsWith('mq-')) as (HTMLElement & { updateComplete: Promise<unknown> })[];
          expect(elements.length, name).to.be.greaterThan(0);
          await Promise.all(elements.map((element) => element.updateComplete));
          // Languages and src data load on demand: wait until nothing is busy.
          await until(() => elements.every((element) => element.shadowRoot?.querySelector('[aria-busy="false"]')), 3000, `${name} to render`);
          for (const element of elements) await expect(element).to.be.accessible();
        } finally {
          log.restore();
        }
      });
    }
  });
}
