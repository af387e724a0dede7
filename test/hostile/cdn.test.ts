import { expect } from '@open-wc/testing';
import { loadPage } from '../pages/load-page.js';

// npm test builds dist/ first, so this page uses the very files a partner's script tag loads.
describe('the CDN build on a partner page', () => {
  it('renders every element under a strict CSP, hostile CSS and double loading, with no error', async () => {
    const report = await loadPage('/test/pages/cdn.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    const [table, arabic] = report.widgets;
    expect(arabic!.text).to.contain('الوجهة'); // loaded its language chunk from beside the bundle
    expect(table!.rows).to.equal(4);
    for (const figure of ['$15,000 – $25,000+', '52% – 73%', '60% – 80%', '68% – 83%']) expect(table!.text).to.contain(figure);
    expect(table!.fontSize).to.be.at.least(14);
    const [, , timeline, checklist, form] = report.widgets;
    expect(form!.text).to.contain('Step 1 of 5: Your trip');
    expect(timeline!.text).to.contain('Flight home: Mar 5 – 8, 2027');
    expect(checklist!.text).to.contain('0 of 7 answered');
  });
});
