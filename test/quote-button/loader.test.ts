/**
 * Acceptance 1 of issue 13 on a page with only the autoloader and a quote button (the built CDN
 * files, under the strict CSP): the form's code is fetched at the button's first hover, focus or
 * click, never with the page; the dialog, its focus and Escape.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import { until } from '../helpers.js';

interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  host: HTMLElement;
  button: HTMLButtonElement;
}

async function openPage(width = 800): Promise<Page> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: `${width}px`, height: '600px' });
  frame.src = '/test/pages/quote-button-loader.html';
  document.body.append(frame);
  await until(() => !!frame.contentDocument?.querySelector('mq-quote-button')?.shadowRoot?.querySelector('[part="button"]'), 8000, 'the button');
  const win = frame.contentWindow as Window & typeof globalThis;
  const host = win.document.querySelector<HTMLElement>('mq-quote-button')!;
  return { frame, win, host, button: host.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')! };
}

/** The scripts of the form the page fetched (its entry and the chunks only it uses). */
function formCode({ win }: Page): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/(quote-form|format-)[^/]*\.js$/.test(path));
}

/** The element with focus, inside shadow roots too. */
function deepFocus(doc: Document): Element | null {
  let focused = doc.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

describe('<mq-quote-button> through the autoloader', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('fetches no form code with the page, and fetches it on the first hover', async function () {
    this.timeout(15000);
    const page = await openPage();
    await new Promise((resolve) => setTimeout(resolve, 300)); // anything fetched late would show now
    expect(formCode(page)).to.deep.equal([]);
    expect(page.win.customElements.get('mq-quote-form')).to.equal(undefined);
    const scripts = page.win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(scripts.filter((path) => path.startsWith('/dist/cdn/') && !path.includes('/chunks/')).sort()).to.deep.equal(['/dist/cdn/loader.js', '/dist/cdn/quote-button.js']);
    page.button.dispatchEvent(new PointerEvent('pointerenter'));
    await until(() => formCode(page).includes('/dist/cdn/quote-form.js'), 5000, 'the form code after hover');
    await page.win.customElements.whenDefined('mq-quote-form');
    expect(page.host.shadowRoot!.querySelector('dialog')!.open, 'hovering opens nothing').to.equal(false);
  });

  it('fetches the form code on the first focus', async function () {
    this.timeout(15000);
    const page = await openPage();
    expect(formCode(page)).to.deep.equal([]);
    page.button.focus();
    await until(() => formCode(page).includes('/dist/cdn/quote-form.js'), 5000, 'the form code after focus');
  });

  it('opens a modal dialog with the form on click, focus in its first field; Escape closes it and focus returns to the button', async function () {
    this.timeout(15000);
    const page = await openPage();
    const doc = page.win.document;
    expect(formCode(page)).to.deep.equal([]);
    page.button.focus(); // the frame gets focus, as a click would give it
    page.button.click();
    const dialog = page.host.shadowRoot!.querySelector('dialog')!;
    expect(dialog.matches(':modal')).to.equal(true);
    await until(() => deepFocus(doc)?.localName === 'input', 8000, 'focus in the form');
    const form = page.host.shadowRoot!.querySelector('mq-quote-form')!;
    expect(form.getAttribute('endpoint')).to.equal('/api/quotes');
    expect(form.getAttribute('treatment')).to.equal('Acne scar treatment');
    const focused = deepFocus(doc)!;
    expect(focused.getRootNode() === form.shadowRoot, `focus is in the form: ${focused.outerHTML} in ${(focused.getRootNode() as ShadowRoot).host?.localName}`).to.equal(true);
    expect(form.shadowRoot!.querySelector('input')).to.equal(deepFocus(doc));
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 3000, 'the dialog to close');
    await until(() => deepFocus(doc) === page.button, 3000, 'focus back on the button');
    expect(form.isConnected, 'the form stays').to.equal(true);
  });

  it('fits a 320 px phone with one scroll container', async function () {
    this.timeout(15000);
    const page = await openPage(320);
    page.button.click();
    const dialog = page.host.shadowRoot!.querySelector('dialog')!;
    await until(() => !!dialog.querySelector('mq-quote-form')?.shadowRoot?.querySelector('input'), 8000, 'the form');
    const form = dialog.querySelector('mq-quote-form')!;
    expect(dialog.getBoundingClientRect().width).to.equal(320);
    expect(dialog.scrollWidth, 'nothing wider than the phone').to.be.at.most(dialog.clientWidth);
    expect(dialog.scrollHeight, 'the dialog scrolls').to.be.above(dialog.clientHeight);
    // Nothing inside scrolls on its own: every box is as tall as its content.
    const boxes = [dialog.querySelector('.panel')!, form, ...form.shadowRoot!.querySelectorAll('*')];
    const scrolling = boxes.filter((box) => ['auto', 'scroll'].includes(page.win.getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight + 1);
    expect(scrolling.map((box) => box.localName + '.' + box.className)).to.deep.equal([]);
    page.host.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    expect(dialog.open).to.equal(false);
  });
});
