// The embed builder (demo/builder.html) in a real browser, with the built CDN files (npm test
// builds dist/ first): the scenario of issue 13, the form generated from the manifest, the
// preview's colours and widths, and axe on the page in each state.
import { expect } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import { until } from '../helpers.js';

interface Frame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  violations: string[];
}

async function open(path: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.width = '1300px';
  frame.style.height = '900px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  const violations: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
  return { frame, win, doc: win.document, violations };
}

const openBuilder = async () => {
  const page = await open('/demo/builder.html?cdn=/dist/cdn/');
  await until(() => page.doc.documentElement.hasAttribute('data-ready'), 8000, 'the builder');
  return page;
};

const byId = <E extends HTMLElement>(page: Frame, id: string) => page.doc.getElementById(id) as E;
const preview = (page: Frame) => byId(page, 'preview').firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
const tableRows = (element: Element) =>
  Array.from(element.shadowRoot?.querySelectorAll('tbody tr') ?? []).map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim());
const type = (control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, event = 'input') => {
  control.value = value;
  control.dispatchEvent(new Event(event, { bubbles: true }));
};

/** Runs axe-core inside the page (it brings its own copy, allowed by the page's policy). */
async function axeViolations(page: Frame): Promise<string[]> {
  const win = page.win as unknown as { axe?: { run(context: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
  if (!win.axe) {
    const script = Object.assign(page.doc.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
      page.doc.head.append(script);
    });
  }
  const { violations } = await win.axe!.run(page.doc);
  return violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

const SHEET = (hungaryHigh: string) =>
  ['id,label,low,high,currency,role,caption', 'uk,United Kingdom,6000,12000,EUR,baseline,Hair transplant (FUE)', 'turkey,Turkey,1800,3500,EUR,,', `hungary,Hungary,2500,${hungaryHigh},EUR,,`].join('\n');

describe('the embed builder', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('offers every element of the manifest, and a form field that fits each attribute', async () => {
    const page = await openBuilder();
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags = manifest.modules.flatMap((module: { declarations?: { tagName?: string }[] }) => module.declarations ?? []).map((d: { tagName?: string }) => d.tagName).filter(Boolean);
    const offered = Array.from(byId<HTMLSelectElement>(page, 'element').options).map((option) => option.value);
    expect(offered.sort()).to.deep.equal([...tags].sort());
    expect(byId<HTMLSelectElement>(page, 'element').value).to.equal('mq-cost-table');

    const sort = byId<HTMLSelectElement>(page, 'attribute-sort');
    expect(sort.localName).to.equal('select');
    expect(Array.from(sort.options).map((option) => option.value)).to.deep.equal(['', 'label', 'price', 'savings']);
    const hideQuote = byId<HTMLInputElement>(page, 'attribute-hide-quote');
    expect([hideQuote.type, hideQuote.getAttribute('role')]).to.deep.equal(['checkbox', 'switch']);
    const help = byId(page, hideQuote.getAttribute('aria-describedby')!);
    expect(help.textContent).to.contain('Hides the "Request a quote" buttons');
    expect(byId(page, 'attribute-highlight').localName).to.equal('input');
    expect(byId(page, 'attribute-messages')).to.equal(null);
    expect(byId(page, 'prices').hidden).to.equal(false);

    // Another element: its own fields, and no price sheet.
    type(byId<HTMLSelectElement>(page, 'element'), 'mq-recovery-timeline', 'change');
    await until(() => preview(page)?.localName === 'mq-recovery-timeline', 5000, 'the timeline');
    expect(byId<HTMLSelectElement>(page, 'attribute-layout').localName).to.equal('select');
    expect(byId<HTMLInputElement>(page, 'attribute-pick-date').getAttribute('role')).to.equal('switch');
    expect(byId(page, 'prices').hidden).to.equal(true);
    expect(byId<HTMLTextAreaElement>(page, 'snippet').value).to.contain('/dist/cdn/recovery-timeline.js').and.contain('<mq-recovery-timeline></mq-recovery-timeline>');
    expect(page.violations).to.deep.equal([]);
  });

  it('shows a bad cell by row and column; fixed, the preview shows the row; the copied snippet renders the same table on a blank page', async () => {
    const page = await openBuilder();
    const sheet = byId<HTMLTextAreaElement>(page, 'sheet');
    type(sheet, SHEET('lots'));
    const errors = byId(page, 'sheet-errors');
    await until(() => errors.children.length > 0, 5000, 'the error');
    expect(Array.from(errors.children).map((item) => item.textContent)).to.deep.equal(['row 4, column high: expected a number']);
    expect(sheet.getAttribute('aria-invalid')).to.equal('true');
    expect(byId(page, 'sheet-status').textContent).to.contain('1 problem');
    expect(byId(page, 'preview-note').hidden).to.equal(false);
    expect(await axeViolations(page), 'axe with the error shown').to.deep.equal([]);

    type(sheet, SHEET('4500'));
    await until(() => !!preview(page).shadowRoot?.querySelector('tr[data-id="hungary"]'), 5000, 'the fixed row in the preview');
    expect(errors.children.length).to.equal(0);
    expect(sheet.getAttribute('aria-invalid')).to.equal('false');
    expect(byId(page, 'preview-note').hidden).to.equal(true);
    const shown = tableRows(preview(page));
    expect(shown).to.have.length(3);
    expect(shown[2]).to.contain('Hungary').and.contain('€2,500 – €4,500');

    type(byId<HTMLInputElement>(page, 'attribute-highlight'), 'hungary');
    await preview(page).updateComplete;
    expect(preview(page).getAttribute('highlight')).to.equal('hungary');

    let copied = '';
    Object.defineProperty(page.win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    byId<HTMLButtonElement>(page, 'copy').click();
    await until(() => /Copied/.test(byId(page, 'copy-status').textContent ?? ''), 2000, 'the copy');
    expect(copied).to.equal(byId<HTMLTextAreaElement>(page, 'snippet').value);
    expect(copied).to.match(/^<script type="module" src="http:\/\/[^"]+\/dist\/cdn\/cost-table\.js"><\/script>\n<mq-cost-table highlight="hungary">/);

    const blank = await open('/test/pages/blank.html');
    blank.doc.body.append(blank.doc.createRange().createContextualFragment(copied));
    await until(() => tableRows(blank.doc.querySelector('mq-cost-table')!).length === 3, 8000, 'the pasted snippet’s table');
    const pasted = blank.doc.querySelector('mq-cost-table')!;
    expect(tableRows(pasted)).to.deep.equal(tableRows(preview(page)));
    expect(pasted.shadowRoot!.querySelector('caption')!.textContent).to.contain('Hair transplant (FUE)');
    expect(pasted.shadowRoot!.querySelector('tr[data-id="hungary"]')!.getAttribute('part')).to.contain('highlighted');
    expect(blank.violations).to.deep.equal([]);
    expect(page.violations).to.deep.equal([]);
  });

  it('previews in light and dark, at phone and desktop width, and writes no theme of its own into the snippet', async () => {
    const page = await openBuilder();
    const radio = (name: string, value: string) => page.doc.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
    expect(preview(page).getAttribute('theme')).to.equal('light');
    radio('scheme', 'dark').click();
    radio('width', 'phone').click();
    await preview(page).updateComplete;
    expect(preview(page).getAttribute('theme')).to.equal('dark');
    expect(preview(page).getBoundingClientRect().width).to.equal(320);
    const surface = getComputedStyle(preview(page).shadowRoot!.querySelector('.root')!).backgroundColor;
    radio('scheme', 'light').click();
    await preview(page).updateComplete;
    expect(getComputedStyle(preview(page).shadowRoot!.querySelector('.root')!).backgroundColor).to.not.equal(surface);
    expect(byId<HTMLTextAreaElement>(page, 'snippet').value).to.not.contain('theme=');
    radio('width', 'desktop').click();
    await preview(page).updateComplete;
    expect(preview(page).getBoundingClientRect().width).to.be.above(700);
    expect(await axeViolations(page), 'axe').to.deep.equal([]);
    expect(page.violations).to.deep.equal([]);
  });

  it('works by keyboard: the colour choice by arrow keys, the copy button by Enter', async () => {
    const page = await openBuilder();
    let copied = '';
    Object.defineProperty(page.win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    page.doc.querySelector<HTMLInputElement>('input[name="scheme"][value="light"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => preview(page).getAttribute('theme') === 'dark', 2000, 'dark by keyboard');
    byId(page, 'copy').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => copied !== '', 2000, 'the copy by keyboard');
    expect(copied).to.contain('<mq-cost-table>');
  });

  it('escapes what a marketer types: the snippet stays text on their page', async () => {
    const page = await openBuilder();
    type(byId<HTMLTextAreaElement>(page, 'sheet'), 'id,label,low,high,currency\nmx,"</script><b>Mexico</b> & co",1,2,USD\n');
    await until(() => byId<HTMLTextAreaElement>(page, 'snippet').value.includes('mx'), 5000, 'the snippet');
    type(byId<HTMLInputElement>(page, 'attribute-highlight'), '"><img src=x>');
    const text = byId<HTMLTextAreaElement>(page, 'snippet').value;
    expect(text).to.contain('highlight="&quot;>&lt;img src=x>"');
    expect(text).to.contain('\\u003c/script>\\u003cb>Mexico\\u003c/b> & co');
    const blank = await open('/test/pages/blank.html');
    blank.doc.body.append(blank.doc.createRange().createContextualFragment(text));
    const pasted = blank.doc.querySelector('mq-cost-table')!;
    await until(() => tableRows(pasted).length === 1, 8000, 'the pasted table');
    expect(pasted.getAttribute('highlight')).to.equal('"><img src=x>');
    expect(tableRows(pasted)[0]).to.contain('</script><b>Mexico</b> & co');
    expect(blank.doc.querySelectorAll('img, b').length).to.equal(0);
  });
});
