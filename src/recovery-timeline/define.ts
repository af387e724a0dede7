/** Side effect: registers `<mq-recovery-timeline>`. */
import { defineElement } from '../core/define.js';
import { MqRecoveryTimeline } from './recovery-timeline.js';

defineElement('mq-recovery-timeline', MqRecoveryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'mq-recovery-timeline': MqRecoveryTimeline;
  }
}
