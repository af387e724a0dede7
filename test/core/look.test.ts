/**
 * The look the cost table, timeline, checklist and trip estimator share (issue 11), measured in the
 * real engine: a padded panel, titles that are headings at the partner's level, legends inside
 * their borders, one family of controls, a chosen row that shows, partner text isolated in Arabic.
 * Bounding boxes and computed styles only, so the same checks hold in Chromium, Firefox and WebKit.
 * (The quote form's share of the issue is tested with the quote form.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import { captureConsole, text, until } from '../helpers.js';

type Element_ = HTMLElement & { updateComplete: Promise<unknown> };

/** Every element here, as a partner would put it on a page: each in its own container `width` px wide, dark on a light page. */
const ELEMENTS: [string, (width: number) => TemplateResult][] = [
  ['mq-cost-table', (width) => html`<div style="width: ${width}px; background: #fff"><mq-cost-table theme="dark" highlight="turkey-thailand"></mq-cost-table></div>`],
  ['mq-recovery-timeline', (width) => html`<div style="width: ${width}px; background: #fff"><mq-recovery-timeline theme="dark" pick-date start-date="2027-03-01" current="local-recovery"></mq-recovery-timeline></div>`],
  ['mq-candidacy-checklist', (width) => html`<div style="width: ${width}px; background: #fff"><mq-candidacy-checklist theme="dark"></mq-candidacy-checklist></div>`],
  ['mq-candidacy-checklist', (width) => html`<div style="width: ${width}px; background: #fff"><mq-candidacy-checklist theme="dark" preset="clinic-due-diligence"></mq-candidacy-checklist></div>`],
  ['mq-trip-estimator', (width) => html`<div style="width: ${width}px; background: #fff"><mq-trip-estimator theme="dark"></mq-trip-estimator></div>`],
];

async function show(template: TemplateResult): Promise<Element_> {
  const page = await fixture<HTMLElement>(template);
  const el = page.firstElementChild as Element_;
  await el.updateComplete;
  await until(() => !!el.shadowRoot?.querySelector('[aria-busy="false"]'), 3000, `${el.localName} to render`);
  return el;
}

const panel = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();

/** Hidden from sight on purpose (visually hidden text, the bots' trap): clipped by an ancestor. */
function clipped(node: Element, root: ShadowRoot): boolean {
  for (let at: Element | null = node; at && at !== root.host; at = at.parentElement) if (getComputedStyle(at).clipPath !== 'none') return true;
  return false;
}

/** Inside a closed <details>, not its summary: not shown (Firefox and WebKit still give it a box). */
const folded = (node: Element) => !!node.closest('details:not([open])') && !node.closest('summary');

/** The boxes of every visible piece of text in the shadow root (not inside selects, not clipped). */
function textBoxes(el: HTMLElement): { text: string; box: DOMRect }[] {
  const root = el.shadowRoot!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const boxes: { text: string; box: DOMRect }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || parent.closest('select, style') || clipped(parent, root) || folded(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) if (box.width > 0 && box.height > 0) boxes.push({ text: node.textContent!.trim(), box });
  }
  return boxes;
}

const headings = (el: HTMLElement) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]'));
const levelOf = (heading: HTMLElement) => Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1));

describe('the look every element shares', function () {
  this.timeout(20_000); // six elements, each measured, on two shared cores
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    log = captureConsole();
    sessionStorage.clear();
  });
  afterEach(() => log.restore());

  describe('at 1280 px', () => {
    it('keeps every piece of text at least 12 px inside its panel, padded 20–24 px', async () => {
      for (const [tag, template] of ELEMENTS) {
        const el = await show(template(1280));
        const edge = panel(el);
        const padding = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!);
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) expect(parseFloat(padding[`padding${side}`]), `${tag} padding ${side}`).to.be.within(20, 24);
        const boxes = textBoxes(el);
        expect(boxes.length, tag).to.be.greaterThan(3);
        for (const { text, box } of boxes) {
          const gaps = { start: box.left - edge.left, end: edge.right - box.right, top: box.top - edge.top, bottom: edge.bottom - box.bottom };
          expect(Math.min(...Object.values(gaps)), `${tag}: “${text.slice(0, 40)}” ${JSON.stringify(gaps)}`).to.be.at.least(12);
        }
      }
    });

    it("makes every element's title a heading, level 2 unless heading-level says otherwise", async () => {
      for (const [tag, template] of ELEMENTS) {
        const el = await show(template(1280));
        const [title] = headings(el);
        expect(title, `${tag} has a heading`).to.not.equal(undefined);
        expect(levelOf(title!), tag).to.equal(2);
        expect(title!.getAttribute('part'), tag).to.contain('title');
        el.setAttribute('heading-level', '4');
        await el.updateComplete;
        expect(levelOf(headings(el)[0]!), `${tag} heading-level="4"`).to.equal(4);
        // Headings below the title follow it.
        for (const below of headings(el).slice(1)) expect(levelOf(below), `${tag}: ${below.textContent}`).to.be.greaterThan(4);
      }
    });
  });

  describe('at 390 px', () => {
    it('keeps every legend inside its bordered group, however it wraps', async () => {
      let legends = 0;
      for (const [tag, template] of ELEMENTS) {
        const el = await show(template(390));
        for (const fieldset of el.shadowRoot!.querySelectorAll('fieldset')) {
          const legend = fieldset.querySelector(':scope > legend');
          const border = parseFloat(getComputedStyle(fieldset).borderTopWidth);
          if (!legend || !border) continue;
          legends++;
          const box = fieldset.getBoundingClientRect();
          expect(legend.getBoundingClientRect().top, `${tag}: “${legend.textContent!.trim().slice(0, 40)}”`).to.be.at.least(box.top + border - 0.5);
        }
      }
      expect(legends, 'the checklists have bordered questions').to.be.at.least(10);
    });

    it('lets nothing overflow its element', async () => {
      for (const [tag, template] of ELEMENTS) {
        const el = await show(template(390));
        const edge = el.getBoundingClientRect();
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const box = node.getBoundingClientRect();
          if (!box.width || clipped(node, el.shadowRoot!)) continue;
          expect(box.left, `${tag} ${node.localName}.${node.className}`).to.be.at.least(edge.left - 0.5);
          expect(box.right, `${tag} ${node.localName}.${node.className}`).to.be.at.most(edge.right + 0.5);
        }
      }
    });
  });

  it('warns once for a heading-level that is not 1 to 6, and uses 2', async () => {
    for (const tag of ['mq-cost-table', 'mq-recovery-timeline', 'mq-candidacy-checklist']) {
      const el = await show(html`<div>${document.createElement(tag)}</div>`);
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      el.setAttribute('lang', 'en'); // another update: still one warning
      await el.updateComplete;
      expect(levelOf(headings(el)[0]!), tag).to.equal(2);
      expect(log.calls.warn.filter((warning) => warning.startsWith(`<${tag}>`) && warning.includes('heading-level="9"')), tag).to.have.length(1);
    }
  });

  it('gives the checked radio of the checklist and the checkbox of the estimator one themed style', async () => {
    const checklist = await show(html`<div><mq-candidacy-checklist></mq-candidacy-checklist></div>`);
    const estimator = await show(html`<div><mq-trip-estimator companion></mq-trip-estimator></div>`);
    const timeline = await show(html`<div><mq-recovery-timeline pick-date></mq-recovery-timeline></div>`);
    const radio = checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    radio.click();
    await checklist.updateComplete;
    const checkbox = estimator.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(checkbox.checked).to.equal(true);
    const [r, c] = [getComputedStyle(radio), getComputedStyle(checkbox)];
    for (const property of ['appearance', 'width', 'height', 'borderTopColor', 'borderTopWidth', 'backgroundColor'] as const) {
      expect(r[property], property).to.equal(c[property]);
    }
    expect(r.appearance).to.equal('none');
    // Both answers are tiles of one kind; the select and the date field are one kind of field.
    const tile = (el: Element) => getComputedStyle(el.closest('label')!);
    for (const property of ['borderTopColor', 'backgroundColor', 'minHeight', 'borderTopLeftRadius'] as const) {
      expect(tile(radio)[property], `tile ${property}`).to.equal(tile(checkbox)[property]);
    }
    const select = getComputedStyle(estimator.shadowRoot!.querySelector('select')!);
    const date = getComputedStyle(timeline.shadowRoot!.querySelector('input[type="date"]')!);
    for (const property of ['borderTopColor', 'borderTopWidth', 'minHeight', 'borderTopLeftRadius', 'backgroundColor'] as const) {
      expect(select[property], `field ${property}`).to.equal(date[property]);
    }
  });

  describe('the cost table', () => {
    it('keeps its sort buttons on one row on a phone (390 px, page margins, Spanish and Arabic too)', async () => {
      for (const locale of ['en', 'es', 'ar']) {
        for (const width of [390, 358, 320]) {
          const el = await show(html`<div style="width: ${width}px; font: 16px system-ui, sans-serif"><mq-cost-table locale=${locale}></mq-cost-table></div>`);
          await until(() => el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang') === locale, 3000, locale);
          const sortButtons = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part="sort-button"]'));
          for (const button of sortButtons) expect(button.scrollWidth, `${locale} ${width}: “${text(button)}” fits its button`).to.be.at.most(button.clientWidth + 1);
          const buttons = sortButtons.map((button) => button.getBoundingClientRect());
          expect(buttons).to.have.length(3);
          // One row of buttons of one height: none alone on a row, none taller than the others.
          for (const box of buttons) expect(box.top, `${locale} ${width}: same row`).to.be.closeTo(buttons[0]!.top, 1);
          for (const box of buttons) expect(box.height, `${locale} ${width}: same height`).to.be.closeTo(buttons[0]!.height, 1);
          // Each card's price and saving stay in their own column.
          for (const row of el.shadowRoot!.querySelectorAll('tbody tr')) {
            const [price, saving] = ['price', 'savings'].map((part) => row.querySelector(`[part="${part}"] span:last-child`)!.getBoundingClientRect());
            const apart = locale === 'ar' ? price!.left - saving!.right : saving!.left - price!.right;
            expect(apart, `${locale} ${width}: price clear of the saving`).to.be.at.least(-0.5);
          }
        }
      }
    });

    it('shows a row as chosen once its "Request a quote" is pressed', async () => {
      const el = await show(html`<div><mq-cost-table></mq-cost-table></div>`);
      const row = (id: string) => el.shadowRoot!.querySelector<HTMLElement>(`tbody tr[data-id="${id}"]`)!;
      const button = (id: string) => row(id).querySelector<HTMLButtonElement>('[part="quote-button"]')!;
      const before = getComputedStyle(row('mexico-colombia')).backgroundColor;
      expect(button('mexico-colombia').getAttribute('aria-pressed')).to.equal('false');
      button('mexico-colombia').click();
      await el.updateComplete;
      expect(button('mexico-colombia').getAttribute('aria-pressed')).to.equal('true');
      expect(row('mexico-colombia').getAttribute('part')).to.contain('chosen');
      expect(text(row('mexico-colombia').querySelector('[part="label"]'))).to.contain('Chosen');
      expect(getComputedStyle(row('mexico-colombia')).backgroundColor).not.to.equal(before);
      button('turkey-thailand').click();
      await el.updateComplete;
      expect(button('mexico-colombia').getAttribute('aria-pressed')).to.equal('false');
      expect(button('turkey-thailand').getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('explains savings in words, the formula behind "How we compute this"', async () => {
      const el = await show(html`<div><mq-cost-table></mq-cost-table></div>`);
      const notes = el.shadowRoot!.querySelector('[part="notes"]')!;
      const details = notes.querySelector('details')!;
      expect(text(details.querySelector('summary'))).to.equal('How we compute this');
      expect(details.open).to.equal(false);
      // Outside the disclosure, no formula: no ÷, no "1 −".
      const outside = text(notes).replace(text(details), '');
      expect(outside).to.contain('Savings show how much less');
      expect(outside).not.to.match(/÷|1 −/);
      expect(text(details)).to.contain('÷');
      await expect(el).to.be.accessible();
    });

    it('marks the featured row with a tint of the accent, in light and in dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await show(html`<div><mq-cost-table theme=${theme} highlight="turkey-thailand"></mq-cost-table></div>`);
        // rgb(r, g, b), or color(srgb r g b) with channels from 0 to 1 for a color-mix()
        const rgb = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map((n) => (color.startsWith('color(') ? Number(n) * 255 : Number(n)));
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        const surface = rgb(getComputedStyle(base).backgroundColor);
        const accent = rgb(getComputedStyle(el.shadowRoot!.querySelector('[part="quote-button"]')!).backgroundColor);
        const row = rgb(getComputedStyle(el.shadowRoot!.querySelector('tr.highlighted')!).backgroundColor);
        expect(row, theme).not.to.deep.equal(surface);
        row.forEach((channel, i) => expect(channel, `${theme} channel ${i}`).to.be.within(Math.min(surface[i]!, accent[i]!) - 1, Math.max(surface[i]!, accent[i]!) + 1));
        await expect(el).to.be.accessible();
      }
    });
  });

  it('shows a trip chosen with "Request a quote" in the estimator', async () => {
    const el = await show(html`<div><mq-trip-estimator></mq-trip-estimator></div>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('tbody tr [part="quote-button"]')!;
    const row = button.closest('tr')!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(row.getAttribute('part')).to.contain('chosen');
    expect(text(row.querySelector('[part="label"]'))).to.contain('Chosen');
    await expect(el).to.be.accessible();
  });

  it('dates a phase that depends on earlier ones without "Between … – …"', async () => {
    const el = await show(html`<div><mq-recovery-timeline start-date="2026-06-15"></mq-recovery-timeline></div>`);
    const dates = Array.from(el.shadowRoot!.querySelectorAll('.dates')).map(text);
    expect(dates.some((line) => line.startsWith('Within '))).to.equal(true);
    for (const line of dates) expect(line).not.to.match(/^Between .*–/);
  });

  it('isolates partner text inside Arabic sentences', async () => {
    const data = {
      caption: 'Scars',
      currency: 'USD',
      baseline: { id: 'us', label: '48 hours clinic', low: 10000, high: 20000 },
      rows: [{ id: 'tr', label: 'Istanbul', low: 3000, high: 5000 }],
      source: { name: 'Clinic survey 2026' },
    };
    const el = await show(html`<div><mq-cost-table locale="ar" .data=${data}></mq-cost-table></div>`);
    await until(() => /[\u0600-\u06FF]/.test(text(el.shadowRoot)), 3000, 'the Arabic text');
    const notes = el.shadowRoot!.querySelector('[part="notes"]')!;
    const isolates = Array.from(notes.querySelectorAll('bdi')).map(text);
    expect(isolates).to.include('48 hours clinic');
    expect(isolates).to.include('Clinic survey 2026');
    // As a reader sees it: "48" stays left of "hours", as the partner wrote it.
    const bdi = Array.from(notes.querySelectorAll('bdi')).find((node) => text(node) === '48 hours clinic')!;
    const box = (node: Node, from: number, to: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return range.getBoundingClientRect();
    };
    const words = Array.from(bdi.childNodes).find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('48'))!;
    const source = words.textContent!;
    expect(box(words, source.indexOf('48'), source.indexOf('48') + 2).left).to.be.below(box(words, source.indexOf('hours'), source.indexOf('hours') + 5).left);
    const estimator = await show(html`<div><mq-trip-estimator locale="ar"></mq-trip-estimator></div>`);
    expect(estimator.shadowRoot!.querySelector('[part="title"] bdi')).to.not.equal(null);
  });
});
