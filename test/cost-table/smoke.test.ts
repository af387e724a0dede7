import { expect, fixture, html } from '@open-wc/testing';
import '../../src/cost-table/define.js';
import type { MqCostTable } from '../../src/cost-table/cost-table.js';

it('renders', async () => {
  const el = await fixture<MqCostTable>(html`<mq-cost-table></mq-cost-table>`);
  console.log(el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
  expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(4);
  await expect(el).to.be.accessible();
});
