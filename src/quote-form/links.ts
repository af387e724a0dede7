/**
 * The quote form listening to the page (unless `no-link`): a cost table's or trip estimator's
 * `mq-select` ticks that destination and brings the form into view with it focused and announced,
 * so that a patient on a phone, far down the page, sees it happened; a checklist's `mq-result`
 * gives a scar type to offer once health details are shared.
 */
import type { ReactiveController } from 'lit';
import type { MqResultEvent, MqSelectEvent } from '../core/events.js';
import type { QuoteFlow } from './flow.js';
import { destinationName } from './words.js';

export class PageLinks implements ReactiveController {
  constructor(private readonly flow: QuoteFlow) {
    flow.host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('mq-select', this.#onSelect);
    document.addEventListener('mq-result', this.#onResult);
  }

  hostDisconnected(): void {
    document.removeEventListener('mq-select', this.#onSelect);
    document.removeEventListener('mq-result', this.#onResult);
  }

  #onSelect = (event: MqSelectEvent): void => {
    const { flow } = this;
    const { host } = flow;
    if (host.noLink || flow.busy || event.composedPath().includes(host)) return;
    const { id } = event.detail;
    flow.select(event.detail);
    if (!flow.ready) return; // ticked once the data is there
    flow.announce(flow.t('destinationAdded', { destination: destinationName(flow, id) }));
    host.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth', block: 'start' });
    void host.updateComplete.then(() => {
      const root = host.renderRoot;
      // The destination ticked when its step shows; else the current step's title.
      const target = root.querySelector<HTMLElement>(`input[value="${CSS.escape(id)}"]`) ?? root.querySelector<HTMLElement>('[part="step-title"]');
      target?.focus({ preventScroll: true }); // the smooth scroll above keeps going
    });
  };

  #onResult = (event: MqResultEvent): void => {
    if (!this.flow.host.noLink) this.flow.linkedScarType = event.detail.answers['scar-type'];
  };
}
