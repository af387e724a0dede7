import { expect } from '@open-wc/testing';
import { loadPage } from '../pages/load-page.js';

const chunk = (path: string) => path.replace(/-[\w-]{8}\.js$/, '');

// npm test builds dist/ first: these pages load the very classic script a partner's tag loads.
describe('the classic script and its languages', () => {
  it('loads only the languages the page shows, from the chunks beside it, under a strict CSP', async () => {
    const report = await loadPage('/test/pages/iife-languages.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    const [english, spanish, arabic] = report.widgets;
    expect(english!.text).to.contain('Estimated cost by destination');
    expect(spanish!.text).to.contain('Coste estimado por destino');
    expect(arabic!.text).to.contain('احصل على عرض سعر مجاني ومخصص');
    expect(report.scripts.filter((path) => path.startsWith('/dist/')).map(chunk).sort()).to.deep.equal([
      '/dist/cdn/chunks/ar',
      '/dist/cdn/chunks/cost-table-es',
      '/dist/cdn/chunks/es',
      '/dist/cdn/chunks/quote-form-ar',
      '/dist/cdn/medquote.iife.js',
    ]);
    const code = await fetch('/dist/cdn/medquote.iife.js').then((response) => response.text());
    expect(code.includes('Coste estimado por destino'), 'Spanish inlined in the classic script').to.equal(false);
  });

  it('shows English, with a warning, when it is copied without its chunks folder', async () => {
    const report = await loadPage('/test/pages/iife-lone.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.widgets[0]!.text).to.contain('Estimated cost by destination');
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.contain('medquote: messages for "es" could not be loaded; showing English.');
  });
});
