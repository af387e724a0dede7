import { expect } from '@open-wc/testing';
import { loadPage } from '../pages/load-page.js';

describe('the autoloader (cdn/loader.js)', () => {
  it('loads exactly the elements on the page, from its own folder, and fires mq-ready', async () => {
    const report = await loadPage('/test/pages/loader.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    const entries = report.scripts.filter((path) => !path.includes('/chunks/') && path.startsWith('/dist/'));
    expect(entries.sort()).to.deep.equal([
      '/dist/cdn/candidacy-checklist.js',
      '/dist/cdn/cost-table.js',
      '/dist/cdn/loader.js',
      '/dist/cdn/quote-form.js',
      '/dist/cdn/recovery-timeline.js',
    ]);
    expect(report.scripts.every((path) => !path.endsWith('/medquote.js'))).to.equal(true);
    expect(report.ready.at(-1)!.sort()).to.deep.equal(['mq-candidacy-checklist', 'mq-cost-table', 'mq-quote-form', 'mq-recovery-timeline']);
    expect(report.widgets.every((widget) => widget.text.length > 50)).to.equal(true);
  });

  it('loads an element a page adds later, and only that one', async () => {
    const report = await loadPage('/test/pages/loader-late.html');
    expect(report.errors).to.deep.equal([]);
    const entries = report.scripts.filter((path) => !path.includes('/chunks/') && path.startsWith('/dist/'));
    expect(entries.sort()).to.deep.equal(['/dist/cdn/loader.js', '/dist/cdn/recovery-timeline.js']);
    expect(report.ready).to.deep.include(['mq-recovery-timeline']);
    expect(report.widgets[0]!.text).to.contain('Time abroad');
  });
});

describe('the cloak stylesheet (cdn/cloak.css)', () => {
  it('hides an undefined element, and never for more than 2 seconds', async function () {
    this.timeout(6000);
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/dist/cdn/cloak.css' });
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
    document.head.append(link);
    await loaded;
    // Nothing in this test file defines the elements, so this one stays undefined.
    const element = document.createElement('mq-quote-form');
    element.textContent = 'fallback content';
    document.body.append(element);
    expect(getComputedStyle(element).visibility).to.equal('hidden');
    await new Promise((resolve) => setTimeout(resolve, 2200));
    expect(getComputedStyle(element).visibility).to.equal('visible');
    element.remove();
    link.remove();
  });
});
