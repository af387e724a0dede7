/**
 * `mq-estimate`, fired by `<mq-trip-estimator>`. Its detail types live with the others in
 * core/events.ts; the class lives here, so that only pages with the estimator load it (core/events.ts
 * is in every element's bundle). It is shaped like every medquote event (core/events.ts's MqEvent):
 * a typed `detail`, bubbling and composed.
 */
import type { EstimateDetail } from '../core/events.js';

/** The patient changed a choice; every destination's new all-in estimate. No personal data. */
export class MqEstimateEvent extends Event {
  constructor(readonly detail: { estimates: EstimateDetail[] }) {
    super('mq-estimate', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mq-estimate': MqEstimateEvent;
  }
}
