/**
 * The quote form's points of issue 11, each as a patient meets it: a camera's long photo name on
 * a phone, a legend that wraps, a retry that must not look stuck, partner text in an Arabic
 * sentence, focus while sending, a photo announced, headings, large error links, one invalid look.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/quote-form/define.js';
import type { MqQuoteForm } from '../../src/quote-form/quote-form.js';
import { captureConsole, text, until } from '../helpers.js';
import { $, attach, choose, fillTrip, png, setValue, submitStep, toReview } from './form-helpers.js';
import { json, posts, scriptFetch } from './network.js';

const PRIVACY = 'https://clinic.example/privacy';

async function form(width = 600, lang = 'en', messages = ''): Promise<MqQuoteForm> {
  sessionStorage.clear();
  const page = await fixture<HTMLElement>(
    html`<div lang=${lang} style="width: ${width}px"><mq-quote-form endpoint="/api/quotes" privacy-url=${PRIVACY} response-time="48 hours" messages=${messages || '{}'}></mq-quote-form></div>`,
  );
  const el = page.querySelector<MqQuoteForm>('mq-quote-form')!;
  Object.assign(el, { minFillMs: 0, retryBaseMs: 50 });
  await el.updateComplete;
  return el;
}

/** The health step with its consent given: from the review's "Change". */
async function toPhotos(el: MqQuoteForm): Promise<void> {
  await toReview(el);
  button(el, 'Change', 'Health')!.click();
  await el.updateComplete;
  choose(el, 'I agree that the health details');
  await el.updateComplete;
}

const live = (el: MqQuoteForm) => text(el.shadowRoot!.querySelector('[aria-live]'));
/** The button whose text is `label` (and whose accessible label contains `named`, if given). */
const button = (el: MqQuoteForm, label: string, named = '') =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => text(candidate) === label && (candidate.getAttribute('aria-label') ?? '').includes(named));
const progress = (el: MqQuoteForm) => text(el.shadowRoot!.querySelector('[part="progress"]'));
const seconds = (line: string) => Number(/(\d+)\s*s\b/.exec(line)?.[1]);
const focused = (el: MqQuoteForm) => el.shadowRoot!.activeElement;

/** Watches where focus is on every frame until stopped: each moment it was on the page's body. */
function watchFocus(): { onBody: string[]; stop(): void } {
  const onBody: string[] = [];
  let watching = true;
  const look = () => {
    if (!watching) return;
    if (document.activeElement === document.body) onBody.push(`${Math.round(performance.now())} ms`);
    requestAnimationFrame(look);
  };
  look();
  return { onBody, stop: () => (watching = false) };
}

describe('mq-quote-form: issue 11', function () {
  this.timeout(20_000);
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => {
    log.restore();
    sessionStorage.clear();
  });

  it('1. keeps a 60-character photo name inside the form at 390 px; Remove is named after the whole file', async () => {
    const el = await form(390);
    await toPhotos(el);
    const name = 'IMG_20240512_183022_scar_left_cheek_before_treatment_001.png';
    expect(name.length).to.equal(60);
    attach(el, [await png(name)]);
    await until(() => el.shadowRoot!.querySelectorAll('[part="photo"]').length === 1, 3000, 'the photo');
    const edge = el.getBoundingClientRect();
    for (const node of el.shadowRoot!.querySelectorAll('[part="photo"], [part="photo"] *')) {
      const box = node.getBoundingClientRect();
      expect(box.right, `${node.localName}: ${text(node)}`).to.be.at.most(edge.right + 0.5);
      expect(box.left, `${node.localName}: ${text(node)}`).to.be.at.least(edge.left - 0.5);
    }
    expect(text($(el, '[part="photo"]'))).to.contain(name);
    expect(button(el, 'Remove', name)!.getAttribute('aria-label')).to.equal(`Remove ${name}`);
  });

  it('2. keeps a long legend inside its fieldset’s border at 390 px', async () => {
    const el = await form(390, 'en', JSON.stringify({ destinations: 'Which of these destinations would you consider travelling to for your treatment, if any?' }));
    for (const fieldset of el.shadowRoot!.querySelectorAll('fieldset')) {
      const legend = fieldset.querySelector('legend')!;
      const top = legend.getBoundingClientRect().top - fieldset.getBoundingClientRect().top;
      expect(top, text(legend)).to.be.at.least(parseFloat(getComputedStyle(fieldset).borderTopWidth));
    }
    expect(el.shadowRoot!.querySelector('fieldset[data-field="destinations"] legend')!.getBoundingClientRect().height, 'wrapped').to.be.above(30);
    await expect(el).to.be.accessible();
  });

  it('3. counts a retry down each second, says the server answered, sends at once on "Try now" and lets the patient stop', async () => {
    const net = scriptFetch((call) => (call.method === 'POST' ? json(503, { errors: [{ path: '', message: 'busy' }] }, { 'retry-after': '20' }) : undefined));
    try {
      const el = await form();
      await toReview(el);
      const send = $<HTMLButtonElement>(el, '[part="primary-button"]');
      send.focus();
      send.click();
      await until(() => seconds(progress(el)) > 0, 3000, 'the wait before a retry');
      const first = seconds(progress(el));
      expect(first).to.be.within(18, 20);
      expect(progress(el), 'the server answered').to.contain('busy (error 503)').and.not.contain('connection failed');
      await until(() => seconds(progress(el)) === first - 1, 2500, 'the countdown to tick');

      const sent = posts(net.calls).length;
      const tryNow = button(el, 'Try now');
      expect(tryNow, 'a "Try now" button').to.equal(send);
      tryNow!.click();
      await until(() => posts(net.calls).length === sent + 1, 1000, '"Try now" to send at once');
      await until(() => seconds(progress(el)) > 0, 3000, 'the next wait');
      expect(focused(el), 'focus stays on the button').to.equal(send);

      const stop = button(el, 'Stop trying')!;
      stop.focus();
      stop.click();
      await until(() => text(send) === 'Try again', 1000, 'the attempts to stop');
      expect(focused(el), 'focus stays on the button').to.equal(stop);
      expect(text(stop)).to.equal('Back');
      expect(stop.getAttribute('aria-disabled'), 'Back works again').to.equal('false');
      expect(progress(el)).to.contain('could not be sent');
      expect(posts(net.calls).length).to.equal(sent + 1);
      await expect(el).to.be.accessible();
    } finally {
      net.restore();
    }
  });

  it('3. says the connection failed when it did', async () => {
    const net = scriptFetch((call) => (call.method === 'POST' ? Promise.reject(new TypeError('Failed to fetch')) : undefined));
    try {
      const el = await form();
      el.retryBaseMs = 5000;
      await toReview(el);
      await submitStep(el);
      await until(() => progress(el).startsWith('The connection failed. Trying again in'), 3000, 'the wait before a retry');
      button(el, 'Stop trying')!.click();
      await until(() => progress(el).includes('could not be sent'), 1000, 'the attempts to stop');
    } finally {
      net.restore();
    }
  });

  it('4. keeps the partner’s response time in order inside an Arabic sentence', async () => {
    const el = await form(600, 'ar');
    await until(() => text(el.shadowRoot).includes('الخطوة'), 3000, 'the Arabic catalog');
    el.showSuccess('MQ-1');
    await el.updateComplete;
    const walker = document.createTreeWalker($(el, '[part="success"]'), NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent!.includes('48 hours')) node = walker.nextNode();
    expect(node, '“48 hours” in one piece').to.not.equal(null);
    const at = node!.textContent!.indexOf('48 hours');
    const box = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node!, start);
      range.setEnd(node!, end);
      return range.getBoundingClientRect();
    };
    // Left to right inside its isolate: "48" before "hours", not "hours 48".
    expect(box(at, at + 2).left).to.be.below(box(at + 3, at + 8).left);
    await expect(el).to.be.accessible();
  });

  it('5. never leaves focus on the page body while sending, after a failure or after success', async () => {
    const net = scriptFetch((call) => (call.method === 'POST' && posts(net.calls).length === 1 ? json(400, { errors: [{ path: '', message: 'no' }] }) : undefined));
    let focus = { onBody: [] as string[], stop: () => {} };
    try {
      const el = await form();
      el.minFillMs = 300; // a send that takes a few frames
      await toReview(el);
      const failed = oneEvent(el, 'mq-error');
      const send = $<HTMLButtonElement>(el, '[part="primary-button"]');
      send.focus();
      focus = watchFocus();
      send.click();
      await el.updateComplete;
      expect(focused(el), 'while sending').to.equal(send);
      expect(send.getAttribute('aria-disabled')).to.equal('true');
      await failed;
      await el.updateComplete;
      expect(focused(el), 'after a failure').to.equal(send);
      const success = oneEvent(el, 'mq-success');
      send.click();
      await success;
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(document.activeElement).to.equal(el);
      expect(text(focused(el))).to.equal('Request sent');
    } finally {
      focus.stop();
      net.restore();
    }
    expect(focus.onBody, 'moments focus was on <body>').to.deep.equal([]);
  });

  it('6. announces a photo added, in a drop area (a label, files dropped too) that says what it holds', async () => {
    const el = await form();
    await toPhotos(el);
    const area = $(el, '[part~="drop-area"]');
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    expect(area.localName).to.equal('label');
    expect(area.contains(input)).to.equal(true);
    expect(input.getBoundingClientRect().width, 'no native "Choose files" button').to.be.at.most(1);
    expect(text(area)).to.contain('0 of 5 photos added');
    attach(el, [await png('scar.png')]);
    await until(() => live(el) === 'scar.png added, 1 of 5', 3000, 'the announcement');
    expect(text(area)).to.contain('1 of 5 photos added');
    const transfer = new DataTransfer();
    transfer.items.add(await png('chin.png'));
    area.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await until(() => live(el) === 'chin.png added, 2 of 5', 3000, 'the dropped photo');
    expect(text(area)).to.contain('2 of 5 photos added');
    input.focus();
    expect(getComputedStyle(area).outlineStyle, 'the focus ring on the drop area').to.not.equal('none');
    await expect(el).to.be.accessible();
    const light = getComputedStyle(area).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(area).backgroundColor, 'themed in dark').to.not.equal(light);
    await expect(el).to.be.accessible();
  });

  it('7. makes the form’s and the step’s titles headings, at heading-level and one below', async () => {
    const el = await form();
    expect($(el, '[part="title"]').localName).to.equal('h2');
    expect($(el, '[part="step-title"]').localName).to.equal('h3');
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect($(el, '[part="title"]').localName).to.equal('h4');
    expect($(el, '[part="step-title"]').localName).to.equal('h5');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect($(el, '[part="title"]').localName).to.equal('h2');
    expect(log.calls.warn.join('\n')).to.contain('heading-level="9"');
  });

  it('8. makes the error summary’s links at least 24 px tall', async () => {
    const el = await form();
    await submitStep(el);
    const links = el.shadowRoot!.querySelectorAll('[part="error-summary"] a');
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) expect(link.getBoundingClientRect().height, text(link)).to.be.at.least(24);
  });

  it('9. marks every invalid control the same way', async () => {
    const el = await form();
    await fillTrip(el);
    await submitStep(el);
    setValue(el, 'residence', '');
    await submitStep(el);
    const style = (node: Element) => {
      const { borderTopWidth, borderTopColor } = getComputedStyle(node);
      return `${borderTopWidth} ${borderTopColor}`;
    };
    const field = style($(el, '#name'));
    expect(parseFloat(field), 'thicker than a valid border').to.be.at.least(2);
    expect(style($(el, '#email')), 'text').to.equal(field);
    expect(style($(el, '#residence')), 'select').to.equal(field);
    expect(style($(el, 'fieldset.invalid')), 'a group of choices').to.equal(field);
  });

  it('11. takes the calling code from the country of residence until the patient picks one; hint and error agree', async () => {
    const el = await form(600, 'en-US');
    await fillTrip(el);
    await submitStep(el);
    setValue(el, 'residence', 'GB');
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#phoneCountry').value).to.equal('GB');
    setValue(el, 'phoneCountry', 'IE');
    setValue(el, 'residence', 'FR');
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#phoneCountry').value, 'the patient’s own pick stays').to.equal('IE');
    setValue(el, 'phoneNational', '12');
    await el.updateComplete;
    expect(text($(el, '#phoneNational-hint'))).to.contain('without the country code');
    expect(text($(el, '#phoneNational-error'))).to.contain('without the country code');
    const legend = text($(el, 'fieldset:has(#phoneNational) legend'));
    expect(text($(el, 'label[for="phoneNational"]'))).to.not.equal(legend);
  });

  it('12. comes into view with the destination ticked, focused and announced when another element chooses one', async () => {
    const page = await fixture<HTMLElement>(html`<div><div style="height: 3000px"></div>
      <mq-quote-form endpoint="/api/quotes" privacy-url=${PRIVACY}></mq-quote-form></div>`);
    const el = page.querySelector<MqQuoteForm>('mq-quote-form')!;
    await el.updateComplete;
    window.scrollTo(0, 0);
    const { MqSelectEvent } = await import('../../src/core/events.js');
    page.firstElementChild!.dispatchEvent(new MqSelectEvent({ id: 'india-malaysia', label: 'India / Malaysia', low: 1, high: 2, currency: 'USD' }));
    await el.updateComplete;
    await until(() => el.getBoundingClientRect().top < innerHeight && el.getBoundingClientRect().bottom > 0, 3000, 'the form in view');
    const box = focused(el) as HTMLInputElement;
    expect(box.checked).to.equal(true);
    expect(text(box.closest('label'))).to.equal('India / Malaysia');
    expect(live(el)).to.equal('India / Malaysia added to your request.');
    window.scrollTo(0, 0);
  });

  it('13. takes "Change" to the field and back to the review; nothing to change for the treatment', async () => {
    const el = await form();
    await toReview(el);
    expect(el.shadowRoot!.querySelectorAll('.review-row')[0]!.querySelector('button'), 'the treatment').to.equal(null);
    button(el, 'Change', 'Email')!.click();
    await el.updateComplete;
    await until(() => focused(el)?.id === 'email', 1000, 'focus on the email field');
    setValue(el, 'email', 'ada@example.com');
    expect(text($(el, '[part="primary-button"]'))).to.equal('Back to review');
    await submitStep(el);
    expect(text($(el, '[part="step-title"]'))).to.contain('Check and send');
    expect(text(el.shadowRoot!.querySelector('.review'))).to.contain('ada@example.com');
  });

  it('14. shows the phone formatted on the review', async () => {
    const el = await form();
    await toReview(el, undefined, { country: 'GB', phone: '07911 123456' });
    const row = [...el.shadowRoot!.querySelectorAll('.review-row')].find((candidate) => text(candidate.querySelector('dt')) === 'Phone')!;
    expect(text(row.querySelector('dd')).replace(/[\u2066-\u2069]/g, '')).to.equal('+44 7911 123456');
  });

  it('15. ends on a success screen: an icon, the reference to copy, what happens next and what was sent', async () => {
    const el = await form();
    await toReview(el);
    const success = oneEvent(el, 'mq-success');
    await submitStep(el);
    const { reference } = (await success).detail;
    await el.updateComplete;
    const screen = $(el, '[part="success"]');
    expect(screen.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(parseFloat(getComputedStyle($(el, '[part="reference"]')).fontSize)).to.be.at.least(24);
    expect(text(screen)).to.contain('within 48 hours, on WhatsApp');
    expect(text(screen)).to.contain('ada@example.org');
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void (copied = value) } });
    try {
      button(el, 'Copy')!.click();
      await until(() => !!button(el, 'Copied'), 1000, 'the feedback');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    expect(copied).to.equal(reference);
    await expect(el).to.be.accessible();
  });

  it('17. keeps controls to a readable width at 1280 px, pairs side by side, text clear of the panel edge', async () => {
    const el = await form(1280);
    await fillTrip(el);
    await submitStep(el);
    for (const control of el.shadowRoot!.querySelectorAll('input:not(.sr-only, #website), select, textarea')) {
      expect(control.getBoundingClientRect().width, control.id).to.be.at.most(640);
    }
    const top = (id: string) => $(el, `#${id}`).getBoundingClientRect().top;
    expect(top('email'), 'name and email side by side').to.equal(top('name'));
    expect(top('phoneNational'), 'calling code and number side by side').to.equal(top('phoneCountry'));
    const panel = $(el, '.root').getBoundingClientRect();
    const walker = document.createTreeWalker($(el, '.root'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent!.trim() || node.parentElement!.closest('.sr-only, .trap, option, select')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      expect(box.left - panel.left, node.textContent!).to.be.at.least(12);
      expect(box.top - panel.top, node.textContent!).to.be.at.least(12);
    }
  });

  it('21. marks the current step in a step indicator, done steps checked and reachable', async () => {
    const el = await form(390);
    const steps = () => [...el.shadowRoot!.querySelectorAll('[part~="steps"] li')];
    const current = () => steps().indexOf(el.shadowRoot!.querySelector('[part~="steps"] [aria-current="step"]')!);
    expect(steps()).to.have.length(5);
    expect(current()).to.equal(0);
    expect(steps()[1]!.querySelector('button'), 'a step ahead').to.equal(null);
    await fillTrip(el);
    await submitStep(el);
    expect(current()).to.equal(1);
    const done = steps()[0]!.querySelector('button')!;
    expect(text(done)).to.contain('Your trip').and.contain('completed');
    await expect(el).to.be.accessible();
    done.click();
    await el.updateComplete;
    expect(current()).to.equal(0);
  });

  it('is accessible in dark and in Arabic, on how to reach the patient with its problems shown', async () => {
    const trip = { destinations: ['mexico-colombia'], timeframe: 'flexible', forSelf: 'self' };
    // A draft of its own, apart from the earlier tests' forms.
    sessionStorage.setItem(`medquote:quote:${location.origin}/api/quotes?arabic`, JSON.stringify({ state: trip, step: 'contact', startedAt: Date.now() }));
    const el = await fixture<MqQuoteForm>(html`<mq-quote-form locale="ar" theme="dark" endpoint="/api/quotes?arabic" privacy-url=${PRIVACY}></mq-quote-form>`);
    await until(() => text(el.shadowRoot!.querySelector('[part="step-title"]')).includes('الخطوة'), 5000, 'the Arabic catalog');
    expect(text($(el, '[part="step-title"]')), 'resumed on step 2').to.contain('2');
    await submitStep(el);
    expect(el.shadowRoot!.querySelector('[part="error-summary"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
