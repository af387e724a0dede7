/** Side effect: registers `<mq-trip-estimator>`. */
import { defineElement } from '../core/define.js';
import { MqTripEstimator } from './trip-estimator.js';

defineElement('mq-trip-estimator', MqTripEstimator);

declare global {
  interface HTMLElementTagNameMap {
    'mq-trip-estimator': MqTripEstimator;
  }
}
