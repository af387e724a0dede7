import { expect } from '@open-wc/testing';
import { STARTUP_BUDGET_MS, withinStartupBudget } from '../../src/core/startup.js';
import { MqCostTable } from '../../src/cost-table/cost-table.js';
import { defineElement } from '../../src/core/define.js';
import { until } from '../helpers.js';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

/** A table whose first render costs a known 4 ms of main thread, whatever the machine. */
const RENDER_MS = 4;
class SlowTable extends MqCostTable {
  renderedInTask = -1;
  protected override firstUpdated(): void {
    busy(RENDER_MS);
    this.renderedInTask = task;
  }
}
defineElement('test-slow-table', SlowTable);
let task = 0;

describe('core/startup', () => {
  beforeEach(nextTask); // each test starts in a task of its own, with its whole budget

  it('gives each task a budget of first renders', async () => {
    const start = performance.now();
    expect(withinStartupBudget(start)).to.equal(true);
    expect(withinStartupBudget(start + STARTUP_BUDGET_MS / 2)).to.equal(true);
    expect(withinStartupBudget(start + STARTUP_BUDGET_MS + 1)).to.equal(false);
    await nextTask();
    expect(withinStartupBudget(), 'a new task, a new budget').to.equal(true);
  });

  it('renders the first widgets in the task that adds them, and the rest in later tasks', async () => {
    // Counts tasks: a timer set before the widgets are added runs before any of theirs.
    let counting = true;
    const tick = () => {
      task++;
      if (counting) setTimeout(tick);
    };
    task = 0;
    setTimeout(tick);
    const tables = Array.from({ length: 12 }, () => document.createElement('test-slow-table') as SlowTable);
    const page = document.createElement('div');
    page.append(...tables);
    document.body.append(page);
    try {
      await until(() => tables.every((table) => table.hasUpdated), 5000, 'every first render');
      counting = false;
      const inFirstTask = tables.filter((table) => table.renderedInTask === 0).length;
      // 12 ms of budget, 4 ms (and more) per render: the budget lets at most four start.
      expect(inFirstTask, 'first renders in the page’s own task').to.be.within(1, Math.ceil(STARTUP_BUDGET_MS / RENDER_MS) + 1);
      // The rest waited for tasks of their own, after the page's first one.
      expect(tables.filter((table) => table.renderedInTask > 0)).to.have.length(tables.length - inFirstTask);
    } finally {
      page.remove();
    }
  });
});
