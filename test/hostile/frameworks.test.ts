import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

const TAGS = ['mq-cost-table', 'mq-recovery-timeline', 'mq-candidacy-checklist', 'mq-quote-form'];

/** Opens a built example app in a frame and waits until its four elements have rendered. */
async function openExample(name: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = `/dist/examples/${name}/index.html`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const rendered = () => TAGS.every((tag) => (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 50);
  await until(rendered, 5000, `the ${name} example's elements`);
  return doc;
}

const status = (doc: Document, prefix: string) => Array.from(doc.querySelectorAll('[role="status"]')).map((p) => p.textContent!.trim()).find((t) => t.startsWith(prefix));

for (const name of ['react', 'vue']) {
  describe(`the ${name} example`, () => {
    it('renders all four elements, passes data as a property, and hears their events', async () => {
      const doc = await openExample(name);
      const table = doc.querySelector('mq-cost-table')!.shadowRoot!;
      expect(table.querySelector('caption')!.textContent).to.contain('Hair transplant (FUE)');
      table.querySelector<HTMLButtonElement>('tr[data-id="turkey"] [part="quote-button"]')!.click();
      await until(() => status(doc, 'Chosen') === 'Chosen: Türkiye', 2000, 'the app to hear mq-select');
    });

    it('keeps working when the app removes an element and adds it again', async () => {
      const doc = await openExample(name);
      const toggle = Array.from(doc.querySelectorAll('button')).find((button) => button.textContent === 'Switch page')!;
      toggle.click();
      await until(() => !doc.querySelector('mq-recovery-timeline'), 2000, 'the timeline to go');
      toggle.click();
      await until(() => (doc.querySelector('mq-recovery-timeline')?.shadowRoot?.textContent ?? '').includes('Flight home'), 2000, 'the timeline to come back');
    });
  });
}
