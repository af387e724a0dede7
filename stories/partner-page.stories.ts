/**
 * Every element on one clinic page, linked as on the demo (demo/index.html): "Request a quote" in
 * the table ticks the destination in the form, the timeline's dates and the table's choice are
 * heard by the page, and the checklist's scar type is offered in the form's health details.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { MqChangeEvent, MqSelectEvent } from '../src/core/events.js';
import { deliverInStory } from './support/deliver.js';

/** What the partner's own script does with the widgets' events (demo/app.js). */
function say(event: Event, id: string, text: string): void {
  const page = event.currentTarget as HTMLElement;
  page.querySelector(`#${id}`)!.textContent = text;
}
const onSelect = (event: MqSelectEvent) => say(event, 'selection', `You chose ${event.detail.label}: it is ticked in the quote form below.`);
const onChange = (event: MqChangeEvent) => say(event, 'trip-dates', `The page heard: flight home between ${event.detail.returnEarliest} and ${event.detail.returnLatest}.`);

const page = { 'max-inline-size': '60em', 'margin-inline': 'auto', 'line-height': '1.6' };
const masthead = { padding: '0.75em 1.25em', background: '#0f4c5c', color: '#fff', 'font-weight': '700', 'letter-spacing': '0.05em', 'text-transform': 'uppercase' };
const main = { padding: '0 1.25em 2em' };
const columns = { display: 'grid', 'grid-template-columns': 'repeat(auto-fit, minmax(min(100%, 22em), 1fr))', gap: '2em' };
const selection = { 'min-block-size': '1.6em' };

export default {
  title: 'Examples/Partner page',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  render: () => html`
    <div style=${styleMap(page)} @mq-select=${onSelect} @mq-change=${onChange} @mq-submit=${deliverInStory}>
      <header style=${styleMap(masthead)}>Aurora Regenerative Dermatology</header>
      <main style=${styleMap(main)}>
        <h1>Stem cell therapy for scars, abroad</h1>
        <p>A fictional clinic page that embeds medquote widgets the way a partner would. Nothing here is real medical information.</p>
        <p><mq-quote-button endpoint="/api/quotes" privacy-url="https://aurora-clinic.example/privacy" response-time="48 hours" source="demo-clinic-page-button">Ask for your price now</mq-quote-button></p>
        <section aria-labelledby="costs">
          <h2 id="costs">What it costs where</h2>
          <mq-cost-table id="prices" highlight="turkey-thailand"></mq-cost-table>
          <p id="selection" role="status" style=${styleMap(selection)}></p>
        </section>
        <section aria-labelledby="whole-trip">
          <h2 id="whole-trip">What the whole trip costs</h2>
          <mq-trip-estimator for="prices" heading-level="3"></mq-trip-estimator>
        </section>
        <div style=${styleMap(columns)}>
          <section aria-labelledby="trip">
            <h2 id="trip">Plan your trip</h2>
            <mq-recovery-timeline pick-date></mq-recovery-timeline>
            <p id="trip-dates" role="status" style=${styleMap(selection)}></p>
          </section>
          <section aria-labelledby="check">
            <h2 id="check">Could it suit you?</h2>
            <mq-candidacy-checklist></mq-candidacy-checklist>
          </section>
        </div>
        <section aria-labelledby="quote">
          <h2 id="quote">Ask for your quote</h2>
          <p>Choosing “Request a quote” in the table above fills in the destination here.</p>
          <mq-quote-form endpoint="/api/quotes" privacy-url="https://aurora-clinic.example/privacy" response-time="48 hours" source="demo-clinic-page"></mq-quote-form>
        </section>
        <section aria-labelledby="clinic">
          <h2 id="clinic">Questions to ask any clinic</h2>
          <mq-candidacy-checklist preset="clinic-due-diligence"></mq-candidacy-checklist>
        </section>
      </main>
    </div>
  `,
} satisfies Meta;

export const PartnerPage: StoryObj = { name: 'Partner page' };
