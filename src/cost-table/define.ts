/** Side effect: registers `<mq-cost-table>`. */
import { defineElement } from '../core/define.js';
import { MqCostTable } from './cost-table.js';

defineElement('mq-cost-table', MqCostTable);

declare global {
  interface HTMLElementTagNameMap {
    'mq-cost-table': MqCostTable;
  }
}
