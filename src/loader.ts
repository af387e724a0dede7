/**
 * The autoloader (CDN `loader.js`): watches the page and loads, from the folder it was itself
 * loaded from, only the medquote elements the page uses, including ones a single-page app adds
 * later. Fires `mq-ready` on `window` each time what is on the page is defined.
 */
import { MqReadyEvent } from './core/events.js';

const FILES: Record<string, string> = {
  'mq-cost-table': 'cost-table.js',
  'mq-recovery-timeline': 'recovery-timeline.js',
  'mq-candidacy-checklist': 'candidacy-checklist.js',
  'mq-quote-form': 'quote-form.js',
  'mq-trip-estimator': 'trip-estimator.js',
  'mq-quote-button': 'quote-button.js',
};
// The loader's own folder (written as string work: bundlers rewrite `new URL('.', import.meta.url)`).
const base = import.meta.url.replace(/[^/]*$/, '');
const requested = new Set<string>();

/**
 * Loads the files of the undefined medquote elements in `root`, then fires `mq-ready` once they
 * are defined: always after the first look at the page, afterwards only when new ones turned up.
 */
async function discover(root: Element | Document): Promise<void> {
  const found = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element && !root.matches(':defined')) found.push(root);
  const tags = [...new Set(found.map((element) => element.localName))].filter((tag) => FILES[tag]);
  if (!tags.length && root !== document) return;
  for (const tag of tags.filter((candidate) => !requested.has(candidate))) {
    requested.add(tag);
    import(/* @vite-ignore */ new URL(FILES[tag]!, base).href).catch((error: unknown) => {
      requested.delete(tag);
      console.error(`medquote loader: could not load <${tag}> from ${new URL(FILES[tag]!, base).href}`, error);
    });
  }
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  dispatchEvent(new MqReadyEvent({ tags: Object.keys(FILES).filter((tag) => customElements.get(tag) && document.querySelector(tag)) }));
}

if (typeof document !== 'undefined') {
  void discover(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
