import { expect } from '@open-wc/testing';
import { loadPage } from '../pages/load-page.js';

describe('strict Content-Security-Policy', () => {
  it('renders every cost table state from source with no violation', async () => {
    const report = await loadPage('/test/pages/csp.html');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.widgets.map((widget) => widget.rows)).to.deep.equal([4, 3, 4, 1]);
  });
});
