import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../keys.js';
import ICAL from 'ical.js';
import '../../src/recovery-timeline/define.js';
import type { MqRecoveryTimeline } from '../../src/recovery-timeline/recovery-timeline.js';
import { captureConsole, text, until } from '../helpers.js';
import { firstUpdateWarnings } from '../core/render-spy.js';

const shadow = (el: MqRecoveryTimeline) => el.shadowRoot!;
const phases = (el: MqRecoveryTimeline) => Array.from(shadow(el).querySelectorAll<HTMLLIElement>('ol > li'));
const phaseText = (el: MqRecoveryTimeline, id: string, selector: string) => text(shadow(el).querySelector(`li[data-id="${id}"] ${selector}`));

/** Catches the .ics the element offers for download, instead of downloading it. */
async function downloadedIcs(el: MqRecoveryTimeline): Promise<{ name: string; text: string }> {
  const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (object: Blob | MediaSource) => ((blob = object as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    shadow(el).querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
  } finally {
    URL.createObjectURL = original.create;
    HTMLAnchorElement.prototype.click = original.click;
  }
  expect(blob!.type).to.equal('text/calendar;charset=utf-8');
  return { name, text: await blob!.text() };
}

describe('mq-recovery-timeline', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  it('shows the seed’s four phases as an ordered list, with 4–7 days abroad', async () => {
    const el = await fixture<MqRecoveryTimeline>(html`<mq-recovery-timeline></mq-recovery-timeline>`);
    expect(phases(el).map((li) => li.dataset.id)).to.deep.equal(['pre-treatment', 'procedure', 'local-recovery', 'regeneration']);
    expect(text(shadow(el).querySelector('[part="summary"]'))).to.equal('Time abroad: 4–7 days');
    expect(phaseText(el, 'pre-treatment', '.duration')).to.equal('1–2 days');
    expect(phaseText(el, 'procedure', '.duration')).to.equal('4–6 hours');
    expect(phaseText(el, 'regeneration', '.duration')).to.equal('3–6 months');
    expect(phaseText(el, 'regeneration', '.badge')).to.equal('At home');
    expect(phaseText(el, 'local-recovery', '.description')).to.contain('Infection and bleeding are rare');
    expect(shadow(el).querySelector('.dates')).to.equal(null);
    expect(shadow(el).querySelector('[part="calendar-button"]')).to.equal(null);
    expect(text(shadow(el).querySelector('[part="notes"]'))).to.contain('Durations vary');
    expect(text(shadow(el).querySelector('[part="disclaimer"]'))).to.contain('not medical advice');
    expect(log.calls.error.concat(log.calls.warn)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('dates every phase and the flight home from start-date, and states the counting rule', async () => {
    const el = await fixture<MqRecoveryTimeline>(html`<mq-recovery-timeline start-date="2027-03-01"></mq-recovery-timeline>`);
    expect(text(shadow(el).querySelector('[part="summary"]'))).to.equal('Time abroad: 4–7 days Flight home: Mar 5 – 8, 2027');
    expect(phaseText(el, 'pre-treatment', '.dates')).to.equal('Mar 1 – 2, 2027');
    expect(phaseText(el, 'procedure', '.dates')).to.equal('Within Mar 2 – 3, 2027');
    expect(phaseText(el, 'regeneration', '.dates')).to.equal('Within Mar 5 – Sep 7, 2027');
    expect(text(shadow(el).querySelector('[part="notes"]'))).to.contain('arrival day as day 1');
    el.startDate = '2027-12-30';
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part="summary"]'))).to.contain('Flight home: Jan 3 – 6, 2028');
    await expect(el).to.be.accessible();
  });

  it('lets the patient pick the arrival date by keyboard and fires mq-change', async () => {
    const el = await fixture<MqRecoveryTimeline>(html`<mq-recovery-timeline pick-date></mq-recovery-timeline>`);
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(text(input.labels![0]!)).to.equal('Arrival date');
    await expect(el).to.be.accessible();
    input.focus();
    const fired = oneEvent(el, 'mq-change');
    let changes = 0;
    el.addEventListener('mq-change', () => changes++);
    // With the separators, as a patient types it: WebKit's date field does not move on after two digits.
    await sendKeys({ type: '03/01/2027' });
    const event = await fired;
    expect(event.detail).to.deep.equal({ start: '2027-03-01', returnEarliest: '2027-03-05', returnLatest: '2027-03-08', daysAbroad: { min: 4, max: 7 } });
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part="summary"]'))).to.contain('Flight home: Mar 5 – 8, 2027');
    expect(phaseText(el, 'pre-treatment', '.dates')).to.equal('Mar 1 – 2, 2027');
    // The date arrives while typing (WebKit fires change only on leaving the field), and only once.
    input.blur();
    await el.updateComplete;
    expect(changes).to.equal(1);
  });

  it('offers the trip as an iCalendar file with one event per phase', async () => {
    const el = await fixture<MqRecoveryTimeline>(html`<mq-recovery-timeline start-date="2027-03-01"></mq-recovery-timeline>`);
    const { name, text: ics } = await downloadedIcs(el);
    expect(name).to.equal('stem-cell-therapy-for-scars-your-trip-and-recovery.ics');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => event.summary)).to.deep.equal(['Before treatment', 'Treatment day', 'Rest near the clinic', 'Results at home']);
    expect(events[0]!.startDate.toString()).to.equal('2027-03-01');
    expect(events[0]!.endDate.toString()).to.equal('2027-03-03'); // exclusive: through Mar 2
    expect(events[2]!.description).to.contain('Bruising, swelling and soreness');
    expect(events[2]!.description).to.contain('Not medical advice');
    expect(new Set(events.map((event) => event.uid)).size).to.equal(4);
  });

  it('marks the current phase with aria-current and a visible tag', async () => {
    const el = await fixture<MqRecoveryTimeline>(html`<mq-recovery-timeline current="local-recovery"></mq-recovery-timeline>`);
    const current = shadow(el).querySelector('[aria-current="step"]')!;
    expect(current.getAttribute('data-id')).to.equal('local-recovery');
    expect(text(current.querySelector('.now'))).to.equal('You are here');
    await expect(el).to.be.accessible();
    el.current = 'nowhere';
    await el.updateComplete;
    expect(shadow(el).querySelector('[aria-current]')).to.equal(null);
    expect(log.calls.warn[0]).to.contain('current="nowhere"');
  });

  it('checks its attributes before rendering, never while rendering', async () => {
    const el = document.createElement('mq-recovery-timeline');
    for (const [name, value] of Object.entries({ 'start-date': '2027-02-30', current: 'nowhere', layout: 'diagonal' })) el.setAttribute(name, value);
    const spy = await firstUpdateWarnings(el);
    expect(spy.outside.join('\n')).to.contain('start-date="2027-02-30"').and.contain('current="nowhere"').and.contain('layout="diagonal"');
    expect(spy.duringRender).to.deep.equal([]);
  });

  it('warns once about a start date that is not a date, and shows no dates', async () => {
    const el = await fixture<MqRecoveryTimeline>(html`<mq-recovery-timeline start-date="2027-02-30"></mq-recovery-timeline>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(shadow(el).querySelector('.dates')).to.equal(null);
    expect(log.calls.warn).to.have.length(1);
    expect(log.calls.warn[0]).to.contain('start-date="2027-02-30"');
  });

  it('takes data from src and inline JSON, and shows the error state for bad data', async () => {
    const fetched = await fixture<MqRecoveryTimeline>(html`<mq-recovery-timeline src="/test/fixtures/timeline.json" start-date="2027-03-01"></mq-recovery-timeline>`);
    await until(() => phases(fetched).length === 3, 3000, 'the fetched timeline');
    expect(text(shadow(fetched).querySelector('[part="summary"]'))).to.equal('Time abroad: 12–21 days Flight home: Jun 13 – Sep 22, 2027');

    const inline = await fixture<MqRecoveryTimeline>(html`<mq-recovery-timeline>
      <script type="application/json">{"title":"One night","phases":[{"id":"a","title":"Stay","duration":{"min":1,"max":1,"unit":"days"},"where":"abroad"}]}</script>
    </mq-recovery-timeline>`);
    expect(text(shadow(inline).querySelector('[part="summary"]'))).to.equal('Time abroad: 1 day');

    const el = document.createElement('mq-recovery-timeline');
    el.data = { title: 'Bad', phases: [{ id: 'a', title: 'A', duration: { min: 3, max: 1, unit: 'years' }, where: 'moon' }] };
    const fired = oneEvent(el, 'mq-data-error');
    document.body.append(el);
    const { detail } = await fired;
    expect(detail.issues.map((issue: { path: string }) => issue.path)).to.have.members(['phases[0].duration.unit', 'phases[0].duration.max', 'phases[0].where']);
    await el.updateComplete;
    expect(shadow(el).querySelector('ol')).to.equal(null);
    expect(text(shadow(el).querySelector('[part="error"]'))).to.contain('cannot be shown');
    expect(log.calls.error).to.have.length(1);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('lays phases side by side with layout="horizontal" on wide containers only', async () => {
    const wrapper = await fixture(html`<div style="width: 1000px"><mq-recovery-timeline layout="horizontal"></mq-recovery-timeline></div>`);
    const el = wrapper.querySelector<MqRecoveryTimeline>('mq-recovery-timeline')!;
    await el.updateComplete;
    const tops = () => phases(el).map((li) => Math.round(li.getBoundingClientRect().top));
    expect(new Set(tops()).size).to.equal(1);
    (wrapper as HTMLElement).style.width = '320px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(new Set(tops()).size).to.equal(4);
    const root = shadow(el).querySelector<HTMLElement>('.root')!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    el.layout = 'diagonal';
    await el.updateComplete;
    expect(log.calls.warn[0]).to.contain('layout="diagonal"');
  });

  it('speaks Spanish, and Arabic right to left, with Intl durations and dates', async () => {
    const wrapper = await fixture(html`<div>
      <div lang="es"><mq-recovery-timeline start-date="2027-03-01"></mq-recovery-timeline></div>
      <div lang="ar"><mq-recovery-timeline start-date="2027-03-01"></mq-recovery-timeline></div>
    </div>`);
    const [es, ar] = Array.from(wrapper.querySelectorAll<MqRecoveryTimeline>('mq-recovery-timeline'));
    await until(() => text(shadow(es!)).includes('Antes del tratamiento') && text(shadow(ar!)).includes('قبل العلاج'), 3000, 'translations');
    expect(phaseText(es!, 'pre-treatment', '.duration')).to.equal('1-2 días');
    expect(text(shadow(es!).querySelector('[part="summary"]'))).to.contain('Vuelo de regreso: 5–8 mar 2027');
    expect(shadow(ar!).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    const expected = new Intl.NumberFormat('ar', { style: 'unit', unit: 'day', unitDisplay: 'long' }).formatRange(4, 7);
    expect(text(shadow(ar!).querySelector('[part="summary"]'))).to.contain(expected.replace(/\s+/g, ' '));
    await expect(es!).to.be.accessible();
    await expect(ar!).to.be.accessible();
  });
});
