import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { MqCostTable } from '../../src/cost-table/cost-table.js';
import { captureConsole, text } from '../helpers.js';

const HOSTILE_CSS = `
  html { font-size: 8px; }
  * { box-sizing: content-box; line-height: 3; text-transform: uppercase; letter-spacing: 0.3em; color: #0f0; }
  table, td, th { border: 5px dashed red; }
  button { all: unset; }
`;

/** The host's look, to prove the widget changes nothing outside its shadow root. */
function hostSnapshot(): string {
  const probe = document.getElementById('probe')!;
  return [document.documentElement, document.body, probe]
    .map((node) => {
      const style = getComputedStyle(node);
      return ['fontSize', 'lineHeight', 'color', 'backgroundColor', 'direction', 'fontFamily', 'margin', 'colorScheme']
        .map((key) => style[key as 'color'])
        .join('|');
    })
    .join('\n');
}

/** Puts `css` on the host page for each test of the suite that calls it. */
function withHostStyles(css: string): void {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = Object.assign(document.createElement('style'), { textContent: css });
    document.head.append(style);
  });
  afterEach(() => style.remove());
}

describe('a hostile host page', () => {
  withHostStyles(HOSTILE_CSS);

  it('leaves the widget legible and its layout intact', async () => {
    const el = await fixture<MqCostTable>(html`<mq-cost-table></mq-cost-table>`);
    const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
    const cell = el.shadowRoot!.querySelector('td')!;
    const cellStyle = getComputedStyle(cell);
    expect(parseFloat(getComputedStyle(root).fontSize)).to.be.at.least(14);
    expect(parseFloat(cellStyle.lineHeight) / parseFloat(cellStyle.fontSize)).to.be.closeTo(1.5, 0.01);
    expect(cellStyle.textTransform).to.equal('none');
    expect(cellStyle.letterSpacing).to.equal('normal');
    expect(cellStyle.boxSizing).to.equal('border-box');
    expect(cellStyle.borderTopStyle).to.not.equal('dashed');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="quote-button"]')!).backgroundColor).to.equal('rgb(11, 92, 173)');
    expect(text(el.shadowRoot!.querySelector('caption'))).to.contain('Stem cell therapy for scars');
    await expect(el).to.be.accessible();
  });

  it('leaves the timeline and the checklist legible too', async () => {
    for (const tag of ['mq-recovery-timeline', 'mq-candidacy-checklist']) {
      const wrapper = await fixture(html`<div style="width: 320px"></div>`);
      const el = document.createElement(tag) as MqCostTable;
      wrapper.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
      const paragraph = getComputedStyle(el.shadowRoot!.querySelector('p')!);
      expect(parseFloat(paragraph.lineHeight) / parseFloat(paragraph.fontSize), tag).to.be.closeTo(1.5, 0.01);
      expect(paragraph.textTransform, tag).to.equal('none');
      expect(root.scrollWidth, tag).to.be.at.most(root.clientWidth);
      await expect(el).to.be.accessible();
    }
  });

  it('changes nothing on the host page', async () => {
    await fixture(html`<p id="probe">Host text</p>`);
    const before = hostSnapshot();
    const sheetsBefore = document.styleSheets.length;
    const elements = ['mq-cost-table', 'mq-recovery-timeline', 'mq-candidacy-checklist'].map((tag) => document.createElement(tag) as MqCostTable);
    document.body.append(...elements);
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(hostSnapshot()).to.equal(before);
    expect(document.styleSheets.length).to.equal(sheetsBefore);
    expect(document.adoptedStyleSheets.length).to.equal(0);
    expect(document.documentElement.getAttribute('style')).to.equal(null);
    expect(document.body.getAttribute('style')).to.equal(null);
    for (const el of elements) el.remove();
  });

  it('survives the script loaded twice', async () => {
    const log = captureConsole();
    const original = customElements.get('mq-cost-table');
    // A second copy of the module (another URL): its define is skipped without a word.
    await import(/* @vite-ignore */ `../../src/cost-table/define.ts?copy=${Date.now()}`);
    expect(customElements.get('mq-cost-table')).to.equal(original);
    expect(log.calls.warn).to.deep.equal([]);
    const el = await fixture<MqCostTable>(html`<mq-cost-table></mq-cost-table>`);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(4);
    log.restore();
    expect(log.calls.error).to.deep.equal([]);
  });
});

describe('a page that resets everything (all: unset, a utility-framework preflight, rtl, colours)', () => {
  const RESET = `
    * { all: unset; }
    *, ::before, ::after { box-sizing: border-box; border: 0 solid; margin: 0; padding: 0; }
    html { direction: rtl; color: magenta; font-size: 8px; line-height: 3; letter-spacing: 0.4em; text-transform: uppercase; }
    button { background: transparent; }
    ol, ul { list-style: none; }
    table { border-collapse: separate; text-indent: 5em; }
  `;
  withHostStyles(RESET);

  it('leaves every element legible, left-to-right in English, and inside 320px', async () => {
    for (const tag of ['mq-cost-table', 'mq-recovery-timeline', 'mq-candidacy-checklist', 'mq-quote-form']) {
      const wrapper = await fixture(html`<div style="width: 320px; display: block"></div>`);
      const el = document.createElement(tag) as MqCostTable;
      if (tag === 'mq-quote-form') {
        el.setAttribute('endpoint', '/api/quotes');
        el.setAttribute('privacy-url', 'https://clinic.example/privacy');
      }
      wrapper.append(el);
      await el.updateComplete;
      const root = el.shadowRoot!.querySelector<HTMLElement>('.root')!;
      const style = getComputedStyle(root);
      expect(parseFloat(style.fontSize), tag).to.be.at.least(14);
      expect(style.direction, tag).to.equal('ltr');
      expect(style.color, tag).to.not.equal('rgb(255, 0, 255)');
      expect(style.textTransform, tag).to.equal('none');
      expect(style.letterSpacing, tag).to.equal('normal');
      expect(root.getBoundingClientRect().width, tag).to.be.at.most(320.5);
      expect(root.scrollWidth, tag).to.be.at.most(root.clientWidth);
      await expect(el).to.be.accessible();
    }
  });
});
