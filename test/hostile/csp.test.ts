import { expect } from '@open-wc/testing';
import { loadPage } from '../pages/load-page.js';

describe('strict Content-Security-Policy', () => {
  it('renders every element, in several states, from source with no violation', async function () {
    // A page of nine elements, loaded from source in a frame: 3-5 s in each engine on two busy cores.
    this.timeout(20_000);
    const report = await loadPage('/test/pages/csp.html');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.widgets.map((widget) => widget.rows)).to.deep.equal([0, 3, 4, 4, 1, 0, 0, 0, 0]);
    expect(report.widgets[0]!.text).to.contain('Dental implants in two trips');
    expect(report.widgets.slice(5).every((widget) => widget.text.length > 100)).to.equal(true);
  });
});
