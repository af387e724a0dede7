import { expect } from '@open-wc/testing';
import { loadPage } from '../pages/load-page.js';

// npm test builds dist/ first, so these pages use the very files a partner's script tag loads.
describe('mq-trip-estimator from the CDN build', () => {
  it('renders on a bare page with its one file: every destination all-in, examples labelled, a named chart, no error', async () => {
    const report = await loadPage('/test/pages/trip-estimator.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.scripts.filter((path) => path.startsWith('/dist/')).every((path) => !path.endsWith('/medquote.js'))).to.equal(true);
    const [trip] = report.widgets;
    expect(trip!.rows).to.equal(3);
    for (const figure of ['All-in cost by destination', '$5,324 – $15,962', '$4,761 – $14,577', '$4,255 – $12,346', 'Return flights (example)', 'not medical advice']) {
      expect(trip!.text).to.contain(figure);
    }
  });

  it('is loaded by the autoloader, and reads a cost table loaded beside it', async () => {
    const report = await loadPage('/test/pages/trip-estimator-loader.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    const entries = report.scripts.filter((path) => !path.includes('/chunks/') && path.startsWith('/dist/'));
    expect(entries.sort()).to.deep.equal(['/dist/cdn/cost-table.js', '/dist/cdn/loader.js', '/dist/cdn/trip-estimator.js']);
    expect(report.ready.at(-1)!.sort()).to.deep.equal(['mq-cost-table', 'mq-trip-estimator']);
    const trip = report.widgets.find((widget) => widget.tag === 'mq-trip-estimator')!;
    // The table's prices, in euros at its rates: Mexico / Colombia's treatment €2,000 – €6,000.
    expect(trip.text).to.contain('≈ €2,000 – €6,000');
    expect(trip.text).to.contain('≈ €2,660 – €7,980');
  });
});
